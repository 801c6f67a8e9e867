import type {Key} from 'ink';
import {describe, expect, test} from 'vitest';
import {hints, KEYMAP, match, NO_KEY, numberRange, EVERYWHERE} from '../../source/ui/keymap.js';

const key = (k: Partial<Key>) => ({...NO_KEY, ...k});

describe('keymap', () => {
  test('number keys pick options directly on question screens only; 0 is the tenth option', () => {
    expect(match('question:single', '3', NO_KEY)).toEqual({command: 'pick', index: 2});
    expect(match('question:multi', '1', NO_KEY)).toEqual({command: 'pick', index: 0});
    expect(match('question:multi', '0', NO_KEY)).toEqual({command: 'pick', index: 9});
    expect(match('question:single', '0', NO_KEY)).toEqual({command: 'pick', index: 9});
    expect(match('results', '3', NO_KEY)).toBeUndefined();
  });

  test('the number hint names the numbers there are', () => {
    expect(numberRange(3)).toBe('1-3');
    expect(numberRange(9)).toBe('1-9');
    expect(numberRange(10)).toBe('1-9, 0');
  });

  test('space toggles on multiple choice and ticks done on results; on single choice it has no footer hint', () => {
    expect(match('question:multi', ' ', NO_KEY)?.command).toBe('toggle');
    expect(match('results', ' ', NO_KEY)?.command).toBe('toggle');
    // It reaches the update (which shows how to pick), but the footer does not advertise it.
    expect(match('question:single', ' ', NO_KEY)?.command).toBe('toggle');
    expect(hints('question:single')).not.toContain('tui.key.toggle');
  });

  test('on the results: Enter opens, d documents, w why, s short copy, ? all keys; a document copies and exports', () => {
    expect(match('results', '', key({return: true}))?.command).toBe('select');
    expect(match('results', 'd', NO_KEY)?.command).toBe('documents');
    expect(match('results', 'w', NO_KEY)?.command).toBe('why');
    expect(match('results', 's', NO_KEY)?.command).toBe('shortCopy');
    expect(match('results', '?', NO_KEY)?.command).toBe('keys');
    expect(match('document', 'c', NO_KEY)?.command).toBe('copy');
    expect(match('document', 'e', NO_KEY)?.command).toBe('export');
    expect(hints('document')).toEqual(expect.arrayContaining(['tui.key.copyText', 'tui.key.export', 'tui.key.back']));
    expect(match('resume', 'r', NO_KEY)).toBeUndefined();
    expect(match('results', 'l', NO_KEY)).toBeUndefined();
  });

  test('left arrow and backspace go back; Escape leaves a document; l is the language on welcome and resume', () => {
    expect(match('question:single', '', key({leftArrow: true}))?.command).toBe('back');
    expect(match('question:multi', '', key({backspace: true}))?.command).toBe('back');
    expect(match('question:multi', '', key({delete: true}))?.command).toBe('back');
    expect(match('results', '', key({backspace: true}))?.command).toBe('back');
    expect(match('document', '', key({escape: true}))?.command).toBe('back');
    expect(match('documents', '', key({leftArrow: true}))?.command).toBe('back');
    expect(match('welcome', 'l', NO_KEY)?.command).toBe('lang');
    expect(match('resume', 'l', NO_KEY)?.command).toBe('lang');
  });

  test('p checks the phone from a single-choice question, and says so only where the phone can be checked', () => {
    expect(match('question:single', 'p', NO_KEY)?.command).toBe('phone');
    expect(hints('question:single')).not.toContain('tui.key.phone');
    expect(hints('question:single', {phone: true})).toContain('tui.key.phone');
    expect(match('question:multi', 'p', NO_KEY)).toBeUndefined();
    // The findings: space marks a loan app, x switches a permission off, Enter goes on, backspace back.
    expect(match('phone:findings', ' ', NO_KEY)?.command).toBe('toggle');
    expect(match('phone:findings', 'x', NO_KEY)?.command).toBe('revoke');
    expect(match('phone:findings', '', key({return: true}))?.command).toBe('select');
    expect(match('phone:reading', '', key({backspace: true}))?.command).toBe('back');
    expect(match('phone:reading', ' ', NO_KEY)).toBeUndefined();
    expect(hints('phone:reading')).toEqual(['tui.key.cancel', 'tui.key.quit']);
    expect(hints('phone:confirm')).toEqual(['tui.key.useAnswers', 'tui.key.back', 'tui.key.quit']);
  });

  test('Ctrl+C interrupts and q quits everywhere', () => {
    for (const screen of EVERYWHERE) {
      expect(match(screen, 'c', key({ctrl: true}))?.command).toBe('interrupt');
      expect(match(screen, 'q', NO_KEY)?.command).toBe('quit');
    }
    expect(match('results', 'c', NO_KEY)?.command).toBe('copy');
  });

  test('footer hints come from the table: each screen lists the hints of its bindings, once', () => {
    for (const screen of EVERYWHERE) {
      for (const scrollable of [false, true]) {
        for (const more of [false, true]) {
          for (const phone of [false, true]) {
            for (const documents of [false, true]) {
              const shown = KEYMAP.filter((b) => {
                if (!b.hint || !b.screens.includes(screen)) return false;
                const when = b.when ?? 'always';
                if (when === 'scrollable' && !scrollable) return false;
                if (when === 'more' && !more) return false;
                if (when === 'phone' && !phone) return false;
                if (when === 'documents' && !documents) return false;
                return !(more && b.command === 'keys');
              });
              expect(hints(screen, {scrollable, more, phone, documents})).toEqual([...new Set(shown.map((b) => b.hint))]);
            }
          }
        }
      }
    }
    // The welcome screen scrolls in a short terminal, and only then says so.
    expect(match('welcome', '', key({downArrow: true}))?.command).toBe('down');
    expect(hints('welcome')).not.toContain('tui.key.scroll');
    expect(hints('welcome', {scrollable: true})).toContain('tui.key.scroll');
    // The results' footer keeps to the main keys; "more keys" lists the others, and every results key.
    expect(hints('results', {documents: true})).toEqual(expect.arrayContaining(['tui.key.done', 'tui.key.open', 'tui.key.documents', 'tui.key.more']));
    // No documents apply: no "d documents".
    expect(hints('results')).not.toContain('tui.key.documents');
    expect(hints('results')).not.toContain('tui.key.restart');
    const all = hints('results', {more: true, documents: true});
    expect(all).toEqual(expect.arrayContaining(['tui.key.why', 'tui.key.shortCopy', 'tui.key.export', 'tui.key.restart', 'tui.key.back']));
    expect(all).not.toContain('tui.key.more');
    const resultsCommands = new Set(KEYMAP.filter((b) => b.screens.includes('results') && b.hint).map((b) => b.hint));
    expect(new Set(all)).toEqual(new Set([...resultsCommands].filter((h) => h !== 'tui.key.more')));
  });
});
