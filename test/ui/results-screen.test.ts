// The results screen holding together at 40x20 and up (issue "A newcomer's first hour", item 2), on the pure
// frame: a message stands in for the status line and never for the list; the full list of keys is an
// overlay that leaves the list exactly as it was; a scrolled window never opens on the second half of a
// wrapped sentence; each item is one stop of Up/Down, and the counter counts items.
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import {t} from '../../source/i18n/index.js';
import type {Size} from '../../source/ui/context.js';
import {type Frame, frameOf} from '../../source/ui/frame.js';
import type {Command} from '../../source/ui/keymap.js';
import {firstItems} from '../../source/output/first.js';
import type {ResultsBody} from '../../source/ui/screens/results.js';
import {titleVisible} from '../../source/ui/screens/results-update.js';
import type {Message, UiState} from '../../source/ui/state.js';
import {copyMessage, exportMessage} from '../../source/ui/wording.js';
import {completeAnswers, PUBLIC_CASES} from '../support/cases.js';
import {context, onResults, press, screenText, text} from './support.js';

const ctx = context();
const SIZES: readonly Size[] = [
  {columns: 40, rows: 20},
  {columns: 60, rows: 24},
  {columns: 80, rows: 24},
];
const LANGS = ['en', 'zh-Hans'] as const;
const CASES = {
  critical: completeAnswers(PUBLIC_CASES.C.answers, {wellbeing: 'overwhelmed'}),
  high: completeAnswers(PUBLIC_CASES.B.answers),
  low: completeAnswers(PUBLIC_CASES.A.answers),
};
const lines = (frame: Frame) => frame.lines.map(text);
const results = (ui: UiState) => ui.screen as Extract<UiState['screen'], {kind: 'results'}>;
const every = (fn: (lang: Lang, size: Size, name: string, ui: UiState) => void) => {
  for (const lang of LANGS) for (const size of SIZES) for (const [name, answers] of Object.entries(CASES)) fn(lang, size, name, onResults(ctx, answers, lang));
};

/** The rows of the frame down to the last line of the body (above the blank line over the status). */
const listRows = (frame: Frame) => 2 + frame.height;

test('inside tmux the copy message says how to check set-clipboard and offers the file; inside screen, the file', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    const plain = copyMessage(content, lang, {method: 'osc52'}).text;
    const tmux = copyMessage(content, lang, {method: 'osc52', via: 'tmux'}).text;
    const screen = copyMessage(content, lang, {method: 'osc52', via: 'screen'}).text;
    expect(tmux).toContain('set -g set-clipboard on');
    expect(plain).not.toContain('set-clipboard');
    for (const text of [tmux, screen]) expect(text).toMatch(lang === 'en' ? /export to a file/ : /导出|匯出/);
    expect(screen).toMatch(/screen/);
  }
});

describe('a message stands in for the status line, never for the list', () => {
  const messages = (lang: Lang): Message[] => [
    copyMessage(content, lang, {method: 'system'}),
    copyMessage(content, lang, {method: 'osc52'}),
    copyMessage(content, lang, {method: 'osc52', via: 'tmux'}),
    copyMessage(content, lang, {method: 'failed', reason: 'no clipboard'}),
    exportMessage(content, lang, ['/home/me/debt-privacy-checklist-2026-12-07.md']),
    exportMessage(content, lang, undefined),
  ];

  test('after c or e the list is the same, line for line, and the message is on screen', () => {
    every((lang, size, name, ui) => {
      const before = frameOf(ctx, ui, size);
      for (const message of messages(lang)) {
        const after = frameOf(ctx, {...ui, once: {message}}, size);
        const where = `${name} ${lang} ${size.columns}x${size.rows}\n${screenText(after)}`;
        expect(after.lines.length, where).toBe(before.lines.length);
        expect(lines(after).slice(0, listRows(before)), where).toEqual(lines(before).slice(0, listRows(before)));
        expect(lines(after).join(' ').replace(/\s+/g, ''), where).toContain(message.text.slice(0, 12).replace(/\s+/g, ''));
        // The "tonight" titles are still on screen.
        for (let row = 0; row < (before.body as ResultsBody).tonight; row++) {
          if (titleVisible(before, row)) expect(titleVisible(after, row), where).toBe(true);
        }
      }
    });
  });

  test('the next key brings the status line and the hints back', () => {
    const size = {columns: 40, rows: 20};
    const ui = onResults(ctx, CASES.critical, 'en');
    const copied = press(ctx, ui, size, {command: 'copy'});
    expect(copied.effects).toEqual([{type: 'copy', what: {kind: 'checklist'}}]);
    const said = {...copied.ui, once: {message: copyMessage(content, 'en', {method: 'osc52'})}};
    const status = t(content, 'tui.results.status', 'en', {done: 0, total: 1, k: 1}).slice(0, 6);
    expect(screenText(frameOf(ctx, said, size))).not.toContain(status);
    const next = press(ctx, said, size, {command: 'down'});
    expect(screenText(next.frame)).toContain(status);
    expect(screenText(next.frame)).toContain(t(content, 'tui.key.quit', 'en'));
  });
});

describe('the full list of keys (?) is an overlay', () => {
  test('it lists every key, leaves the top of the list as it was, and ? again restores the screen exactly', () => {
    every((lang, size, name, ui) => {
      const before = frameOf(ctx, ui, size);
      const open = press(ctx, ui, size, {command: 'keys'});
      const where = `${name} ${lang} ${size.columns}x${size.rows}\n${screenText(open.frame)}`;
      expect(screenText(open.frame), where).toContain(t(content, 'tui.key.export', lang));
      expect(open.frame.lines.length, where).toBe(before.lines.length);
      // The body is not laid out again: what is not under the overlay is what was there.
      expect(open.frame.body, where).toEqual(before.body);
      const kept = listRows(before) - (open.frame.covered ?? 0);
      expect(lines(open.frame).slice(0, kept), where).toEqual(lines(before).slice(0, kept));
      const closed = press(ctx, open.ui, size, {command: 'keys'});
      expect(lines(closed.frame), where).toEqual(lines(before));
    });
  });

  test('any other key closes it and does what it does', () => {
    const size = {columns: 40, rows: 20};
    const ui = onResults(ctx, CASES.critical, 'zh-Hans');
    const open = press(ctx, ui, size, {command: 'keys'}).ui;
    for (const command of ['down', 'why', 'select', 'pageDown'] as const) {
      const direct = press(ctx, ui, size, {command});
      const through = press(ctx, open, size, {command});
      expect(lines(through.frame), command).toEqual(lines(direct.frame));
    }
    expect(press(ctx, open, size, {command: 'copy'}).effects).toEqual([{type: 'copy', what: {kind: 'checklist'}}]);
  });
});

describe('scrolling leaves no fragment', () => {
  const fragment = (frame: Frame) => {
    const body = frame.body as ResultsBody;
    const top = frame.window.top;
    return top > 0 && !body.starts.includes(top) ? `the window opens at line ${top}: "${text(body.lines[top]!)}"` : undefined;
  };

  test('paragraph starts are the first line of each wrapped paragraph, not every line', () => {
    const ui = onResults(ctx, CASES.critical, 'en');
    const body = frameOf(ctx, ui, {columns: 40, rows: 20}).body as ResultsBody;
    const reason = ctx.result(ui.app).reasons[0]!.text;
    const at = body.lines.findIndex((line) => text(line).startsWith(`- ${reason.slice(0, 10)}`));
    expect(at).toBeGreaterThan(0);
    expect(body.starts).toContain(at);
    expect(text(body.lines[at + 1]!).startsWith('  '), 'the reason wraps at 40 columns').toBe(true);
    expect(body.starts).not.toContain(at + 1);
    // With the answers behind the reasons shown (w), a reason and its answers are one paragraph.
    const why = press(ctx, ui, {columns: 40, rows: 20}, {command: 'why'}).frame.body as ResultsBody;
    const because = t(content, 'report.because', 'en', {answers: '\u0000'}).split('\u0000')[0]!;
    const lines = why.lines.map(text);
    const first = lines.findIndex((line) => line.trim().startsWith(because));
    expect(first).toBeGreaterThan(0);
    for (const [i, line] of lines.entries()) if (line.trim().startsWith(because)) expect(why.starts, line).not.toContain(i);
  });

  test('Down to the end and Up back, PgDn to the end and PgUp back, w and Enter on the way: never a window on half a sentence', () => {
    every((lang, size, name, start) => {
      let ui = start;
      const step = (command: Command) => {
        const next = press(ctx, ui, size, {command: command as never});
        ui = next.ui;
        const where = `${name} ${lang} ${size.columns}x${size.rows} ${command}\n${screenText(next.frame)}`;
        expect(fragment(next.frame), where).toBeUndefined();
        expect(titleVisible(next.frame, results(ui).focus), where).toBe(true);
        return next.frame;
      };
      const stops = (frameOf(ctx, ui, size).body as ResultsBody).rows.length;
      for (let i = 1; i < stops; i++) step('down');
      for (let i = 1; i < stops; i++) step('up');
      for (let i = 0; i < 40 && !step('pageDown').lines.map(text).join('').includes(t(content, 'reviewed', lang, {date: content.reviewed}).slice(0, 6)); i++);
      for (let i = 0; i < 40 && results(ui).scroll > 0; i++) step('pageUp');
      step('why');
      for (let i = 1; i < stops; i += 3) {
        step('down');
        step('select');
      }
    });
  });
});

describe('each item is one stop', () => {
  test('Down visits every checklist item once, "tonight" ones first, and the counter goes 1, 2, 3 ... m', () => {
    every((lang, size, name, start) => {
      let ui = start;
      const view = ctx.result(ui.app);
      const total = view.checklist.length;
      const visited: string[] = [];
      const counters: number[] = [];
      const status = (frame: Frame) => {
        const all = lines(frame).join('\n');
        for (let k = total; k >= 1; k--) if (all.includes(t(content, 'tui.results.status', lang, {done: 0, total, k}))) return k;
        return -1;
      };
      let frame = frameOf(ctx, ui, size);
      for (let i = 0; i < total + 3; i++) {
        visited.push((frame.body as ResultsBody).rowItems[results(ui).focus]!);
        counters.push(status(frame));
        const next = press(ctx, ui, size, {command: 'down'});
        if (results(next.ui).focus === results(ui).focus) break;
        ui = next.ui;
        frame = next.frame;
      }
      const where = `${name} ${lang} ${size.columns}x${size.rows}`;
      expect(visited, where).toHaveLength(total);
      expect(new Set(visited).size, where).toBe(total);
      expect(visited.slice(0, firstItems(view).ids.length), where).toEqual(firstItems(view).ids);
      expect(counters, where).toEqual(Array.from({length: total}, (_, k) => k + 1));
    });
  });
});
