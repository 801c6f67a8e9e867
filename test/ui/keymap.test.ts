import type {Key} from 'ink';
import {describe, expect, test} from 'vitest';
import {hints, KEYMAP, match, NO_KEY, type Screen} from '../../source/ui/keymap.js';

const key = (k: Partial<Key>) => ({...NO_KEY, ...k});
const SCREENS: Screen[] = ['welcome', 'resume', 'single', 'multi', 'results', 'letter'];

describe('keymap', () => {
  test('number keys pick options directly on question screens only', () => {
    expect(match('single', '3', NO_KEY)).toEqual({command: 'pick', index: 2});
    expect(match('multi', '1', NO_KEY)).toEqual({command: 'pick', index: 0});
    expect(match('results', '3', NO_KEY)).toBeUndefined();
    expect(match('single', '0', NO_KEY)).toBeUndefined();
  });

  test('space toggles on multiple choice and ticks done on results; on single choice it has no footer hint', () => {
    expect(match('multi', ' ', NO_KEY)?.command).toBe('toggle');
    expect(match('results', ' ', NO_KEY)?.command).toBe('toggle');
    // It reaches the model (which shows how to pick), but the footer does not advertise it.
    expect(match('single', ' ', NO_KEY)?.command).toBe('toggle');
    expect(hints('single')).not.toContain('tui.key.toggle');
  });

  test('e exports on the letter screen too, and its footer says so', () => {
    expect(match('letter', 'e', NO_KEY)?.command).toBe('export');
    expect(hints('letter')).toContain('tui.key.export');
    expect(match('resume', 'r', NO_KEY)).toBeUndefined();
  });

  test('left arrow and backspace go back; l is the language on welcome and the letter on results', () => {
    expect(match('single', '', key({leftArrow: true}))?.command).toBe('back');
    expect(match('multi', '', key({backspace: true}))?.command).toBe('back');
    expect(match('multi', '', key({delete: true}))?.command).toBe('back');
    expect(match('welcome', 'l', NO_KEY)?.command).toBe('lang');
    expect(match('results', 'l', NO_KEY)?.command).toBe('letter');
    expect(match('letter', 'l', NO_KEY)?.command).toBe('back');
  });

  test('Ctrl+C interrupts and q quits everywhere', () => {
    for (const screen of SCREENS) {
      expect(match(screen, 'c', key({ctrl: true}))?.command).toBe('interrupt');
      expect(match(screen, 'q', NO_KEY)?.command).toBe('quit');
    }
    expect(match('results', 'c', NO_KEY)?.command).toBe('copy');
  });

  test('footer hints come from the table: each screen lists the hints of its bindings, once', () => {
    for (const screen of SCREENS) {
      for (const scrollable of [false, true]) {
        const shown = KEYMAP.filter((b) => b.hint && b.screens.includes(screen) && (scrollable || !b.whenScrollable));
        expect(hints(screen, scrollable)).toEqual([...new Set(shown.map((b) => b.hint))]);
      }
    }
    // The welcome screen scrolls in a short terminal, and only then says so.
    expect(match('welcome', '', key({downArrow: true}))?.command).toBe('down');
    expect(hints('welcome')).not.toContain('tui.key.scroll');
    expect(hints('welcome', true)).toContain('tui.key.scroll');
    expect(hints('results')).toContain('tui.key.scroll');
    expect(hints('single')).toContain('tui.key.number');
    expect(hints('single')).not.toContain('tui.key.toggle');
    expect(hints('results')).toEqual(
      expect.arrayContaining(['tui.key.done', 'tui.key.copy', 'tui.key.export', 'tui.key.letter', 'tui.key.restart']),
    );
  });
});
