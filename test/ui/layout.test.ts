import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {type Lang, LANGS} from '../../source/content/types.js';
import {initialState} from '../../source/engine/questionnaire.js';
import {offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {letterText} from '../../source/output/letter.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import type {Screen} from '../../source/ui/keymap.js';
import {footerLines, questionLines, resultsLines, welcomeLines} from '../../source/ui/layout.js';
import {visibleWindow} from '../../source/ui/components/scroll-view.js';
import {bodyHeight, type Env, initialUi, resultsLayout, room, type UiState, update} from '../../source/ui/model.js';
import {displayWidth, type Line, lineWidth, paragraph} from '../../source/ui/text.js';
import {PUBLIC_CASES} from '../support/cases.js';

const WIDTHS = [40, 44, 80];
const SCREENS: Screen[] = ['welcome', 'resume', 'single', 'multi', 'results', 'letter'];
const text = (line: Line) => line.map((s) => s.text).join('');
// Ambiguous-width characters and emoji presentation/joiners break alignment in CJK terminals.
const AMBIGUOUS = /[\u00B7\u2026\u2190-\u2199\u2460-\u24FF\u00B1\u2500-\u25FF\u2013\u2014\u2018\u2019\u201C\u201D]|\uFE0F|\u200D/u;

const answersB = {...PUBLIC_CASES.B.answers, wellbeing: 'overwhelmed'};

describe('layout by display width', () => {
  test('no line of any question screen is wider than the terminal, in every language', () => {
    for (const width of WIDTHS) {
      for (const lang of LANGS) {
        for (const question of content.questions) {
          const options = offeredOptions(question, {}, visibleIds(content.questions, {}));
          const {lines} = questionLines(
            content,
            lang,
            question,
            options,
            {position: 3, total: 15, cursor: 1, picked: [], showEmptyHint: true},
            width,
          );
          for (const line of lines) expect(lineWidth(line), `${question.id} ${lang} ${text(line)}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  test('results, letter, welcome and footers fit 40 columns in every language', () => {
    for (const lang of LANGS) {
      const view = present(content, assess(content, answersB), lang);
      const all = [
        ...resultsLines(content, view, [], 0, 40).lines,
        ...paragraph(letterText(content, lang), 40),
        ...welcomeLines(content, lang, '/home/someone/.config/debt-privacy-check/config.json', 40),
        ...SCREENS.flatMap((s) => footerLines(content, lang, s, 40)),
      ];
      for (const line of all) expect(lineWidth(line), text(line)).toBeLessThanOrEqual(40);
    }
  });

  test('crisis help is the first thing on the results; the disclaimer appears exactly once', () => {
    const view = present(content, assess(content, answersB), 'en');
    expect(view.crisis).toBe(true);
    const {lines} = resultsLines(content, view, [], 0, 80);
    expect(text(lines[0]!)).toBe(t(content, 'crisis.title', 'en'));
    const disclaimer = t(content, 'disclaimer', 'en').slice(0, 30);
    expect(lines.filter((line) => text(line).includes(disclaimer))).toHaveLength(1);
  });

  test('every checklist item is listed under its priority with a tick box', () => {
    const view = present(content, assess(content, answersB), 'zh-Hans');
    const {lines, items} = resultsLines(content, view, [view.checklist[1]!.id], 0, 60);
    expect(items.map((i) => i.id)).toEqual(view.checklist.map((i) => i.id));
    expect(text(lines[items[0]!.start]!)).toMatch(/^> \[ \] /);
    expect(text(lines[items[1]!.start]!)).toMatch(/^ {2}\[x\] /);
  });

  test('the interface strings have no ambiguous-width characters and no emoji joiners', () => {
    for (const [key, value] of Object.entries(content.ui)) {
      if (!key.startsWith('tui.')) continue;
      for (const lang of LANGS) expect(value[lang], `${key} ${lang}`).not.toMatch(AMBIGUOUS);
    }
    expect(displayWidth('通讯录')).toBe(6);
  });
});

describe('results reasons', () => {
  test('each reason is followed by the answers that caused it, in the chosen language', () => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      const view = present(content, assess(content, answersB), lang);
      const all = resultsLines(content, view, [], 0, 80).lines.map(text).join('\n');
      const label = content.questions.find((q) => q.id === 'lenders')!.options.find((o) => o.value === 'high_cost_app')!.label[lang];
      const because = t(content, 'report.because', lang, {answers: label});
      expect(all).toContain(because.slice(0, Math.min(because.length, 20)));
      expect(all).toContain(view.reasons[0]!.text.slice(0, 10));
    }
  });
});

test('a scrolled results window never ends on a heading whose content is below the screen', () => {
  let naiveOrphans = 0;
  for (const lang of LANGS) {
    for (const width of [40, 80]) {
      const view = present(content, assess(content, answersB), lang);
      const {lines, headings} = resultsLines(content, view, [], 0, width);
      const isHeading = (line: Line | undefined) => line !== undefined && [...headings].some((i) => lines[i] === line);
      const lastText = (window: readonly Line[]) => [...window].reverse().find((line) => text(line).trim() !== '');
      for (let height = 3; height <= 30; height++) {
        for (let scroll = 0; scroll + height < lines.length; scroll++) {
          const window = visibleWindow(lines, scroll, height, headings);
          expect(window).toHaveLength(height);
          // A window of nothing but headings (a tiny terminal) has nothing better to show.
          if (lines.slice(scroll, scroll + height).every((line) => isHeading(line) || text(line) === '')) continue;
          expect(isHeading(lastText(window)), `${lang} ${width}x${height} @${scroll}`).toBe(false);
          // What was left out is only the heading and its blank lines: the window starts where it should.
          expect(window[0]).toBe(lines[scroll]);
          if (isHeading(lastText(lines.slice(scroll, scroll + height)))) naiveOrphans++;
        }
      }
    }
  }
  // Plain slicing does orphan headings at these sizes: the test above is not vacuous.
  expect(naiveOrphans).toBeGreaterThan(0);
});

test('the goodbye line tells what was kept', async () => {
  const {byeKey} = await import('../../source/ui/layout.js');
  const {initialState} = await import('../../source/engine/questionnaire.js');
  const {initialUi} = await import('../../source/ui/model.js');
  const answered = initialUi(initialState('en', {answers: {lenders: ['none']}, current: 'phone', done: []}));
  const empty = initialUi(initialState('en'));
  const path = '/home/me/.config/debt-privacy-check/config.json';
  expect(byeKey({path, saveFailed: false, state: answered, hadSaved: false})).toBe('tui.bye');
  expect(byeKey({path: undefined, saveFailed: false, state: answered, hadSaved: false})).toBe('tui.byeNoSave');
  expect(byeKey({path, saveFailed: true, state: answered, hadSaved: true})).toBe('store.unwritable');
  // Nothing answered on a first run, or everything deleted this run: nothing is stored.
  expect(byeKey({path, saveFailed: false, state: empty, hadSaved: false})).toBe('tui.byeEmpty');
  expect(byeKey({path, saveFailed: false, state: {...empty, dirty: true}, hadSaved: true})).toBe('tui.byeEmpty');
  // Quitting at once (e.g. with --fresh) keeps the file that was there.
  expect(byeKey({path, saveFailed: false, state: empty, hadSaved: true})).toBe('tui.bye');
  expect(t(content, 'tui.bye', 'zh-Hans')).toBe('答案已保存。下次运行会从这里继续。');
  expect(t(content, 'tui.byeNoSave', 'en')).toBe('Nothing was saved (--no-save).');
});

describe('the saved-file path on the welcome screen', () => {
  test('every line of the path keeps its indent, broken after a "/", in every language', () => {
    const path = '/tmp/tmp.AbCdEfGhIj/debt-privacy-check/config.json';
    for (const lang of LANGS) {
      for (const width of [30, 40]) {
        const lines = welcomeLines(content, lang, path, width).map(text);
        const first = lines.findIndex((line) => line.startsWith('  /tmp'));
        expect(first, lines.join('\n')).toBeGreaterThan(0);
        const after = lines.findIndex((line, i) => i > first && !line.startsWith('  '));
        const pathLines = lines.slice(first, after);
        expect(pathLines.length, lines.join('\n')).toBeGreaterThan(1);
        expect(pathLines.map((line) => line.slice(2)).join('')).toBe(path);
        for (const line of pathLines) expect(line, lines.join('\n')).toMatch(/^ {2}\S/);
        for (const line of pathLines.slice(0, -1)) expect(line.endsWith('/'), line).toBe(true);
      }
    }
  });
});

describe('results: only the highlighted item shows its references', () => {
  const views = new Map(LANGS.map((lang) => [lang, present(content, assess(content, answersB), lang)]));
  const env = (lang: Lang, width: number, rows: number): Env => ({
    content,
    width,
    rows,
    view: () => views.get(lang)!,
    letterLineCount: () => 0,
    welcomeLineCount: () => 0,
  });
  const onResults = (lang: Lang): UiState => ({
    ...initialUi(initialState(lang)),
    app: {phase: 'results', lang, answers: answersB, current: undefined, done: []},
  });
  const source = (lang: Lang) => t(content, 'tui.results.source', lang, {text: ''}).trim();

  test('the references line is under the focused item and no other', () => {
    for (const lang of LANGS) {
      const view = present(content, assess(content, answersB), lang);
      for (let focus = 0; focus < view.checklist.length; focus++) {
        const {lines, items} = resultsLines(content, view, [], focus, 40);
        items.forEach((item, i) => {
          const body = lines.slice(item.start, item.end).map(text);
          const has = body.some((line) => line.trim().startsWith(source(lang)));
          expect(has, `${lang} focus ${focus} item ${i}`).toBe(i === focus && view.checklist[i]!.references.length > 0);
          expect(item.references > 0).toBe(has);
        });
      }
    }
    // At 40 columns the list is much shorter than with every item's references.
    const view = present(content, assess(content, answersB), 'zh-Hans');
    expect(view.checklist.some((item) => item.references.length > 0)).toBe(true);
  });

  test('Down through every item and Up back: the highlighted item is always in view, whole when it fits', () => {
    let moves = 0;
    for (const lang of ['en', 'zh-Hans'] as const) {
      for (const [width, rows] of [
        [40, 16],
        [80, 24],
      ] as const) {
        {
          const e = env(lang, width, rows);
          const count = e.view().checklist.length;
          const height = bodyHeight(e, onResults(lang), 'results');
          const check = (ui: UiState, before: UiState, command: 'up' | 'down') => {
            const {lines, items} = resultsLayout(e, ui);
            const item = items[ui.focus]!;
            const where = `${lang} ${width}x${rows} ${command} focus ${ui.focus} @${ui.scroll}`;
            expect(ui.scroll, where).toBeGreaterThanOrEqual(0);
            expect(ui.scroll, where).toBeLessThanOrEqual(Math.max(0, lines.length - height));
            if (ui.focus === before.focus) {
              // Scrolling on (through the text before the first item, a tall item, or the end).
              expect(Math.sign(ui.scroll - before.scroll), where).toBe(command === 'down' ? 1 : -1);
            } else {
              moves++;
              expect(ui.focus, where).toBe(before.focus + (command === 'down' ? 1 : -1));
              // Moving onto an item that fits shows all of it, references included.
              if (item.end - item.start <= height) {
                expect(item.start, where).toBeGreaterThanOrEqual(ui.scroll);
                expect(item.end, where).toBeLessThanOrEqual(ui.scroll + height);
              } else if (command === 'down') {
                expect(ui.scroll, where).toBe(item.start);
              } else {
                expect(ui.scroll + height, where).toBe(item.end);
              }
            }
          };
          let ui = onResults(lang);
          for (let i = 0; i < 1000; i++) {
            const next = update(e, ui, {command: 'down'}).ui;
            if (next.scroll === ui.scroll && next.focus === ui.focus) break;
            check(next, ui, 'down');
            ui = next;
          }
          const end = resultsLayout(e, ui);
          expect(ui.focus).toBe(count - 1);
          expect(ui.scroll).toBe(Math.max(0, end.lines.length - height));
          for (let i = 0; i < 1000; i++) {
            const next = update(e, ui, {command: 'up'}).ui;
            if (next.scroll === ui.scroll && next.focus === ui.focus) break;
            check(next, ui, 'up');
            ui = next;
          }
          expect(ui.focus).toBe(0);
          expect(ui.scroll).toBe(0);
        }
      }
    }
    expect(moves).toBeGreaterThan(40);
  }, 120_000);

  test('PgDn highlights an item that starts on the new page, and reaches the end', () => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      for (const rows of [14]) {
        const e = env(lang, 40, rows);
        const height = bodyHeight(e, onResults(lang), 'results');
        let ui = onResults(lang);
        for (let i = 0; i < 1000; i++) {
          const next = update(e, ui, {command: 'pageDown'}).ui;
          if (next.scroll === ui.scroll && next.focus === ui.focus) break;
          const {items} = resultsLayout(e, next);
          const item = items[next.focus]!;
          if (next.focus !== ui.focus) expect(item.start < next.scroll + height && item.end > next.scroll).toBe(true);
          ui = next;
        }
        const {lines} = resultsLayout(e, ui);
        expect(ui.scroll).toBe(Math.max(0, lines.length - height));
      }
    }
  }, 120_000);
});

describe('a short terminal (40x12): welcome and resume', () => {
  const env = (lang: Lang, rows: number, path?: string): Env => ({
    content,
    width: 40,
    rows,
    view: () => present(content, assess(content, {}), lang),
    letterLineCount: () => 0,
    welcomeLineCount: () => welcomeLines(content, lang, path, 40).length,
  });
  const path = '/tmp/tmp.AbCdEfGhIj/debt-privacy-check/config.json';

  test('the welcome text scrolls with Down to its last line, and the footer says so only then', () => {
    for (const lang of LANGS) {
      const e = env(lang, 12, path);
      let ui = initialUi(initialState(lang));
      const first = room(e, ui, 'welcome');
      const lines = welcomeLines(content, lang, path, 40);
      expect(first.scrollable).toBe(true);
      expect(first.footer.map(text).join(' ')).toContain(t(content, 'tui.key.scroll', lang));
      // Title, blank, body, blank, footer and Ink's last row fit the terminal.
      expect(2 + first.height + 1 + first.footer.length + 1).toBeLessThanOrEqual(12);
      for (let i = 0; i < 40; i++) ui = update(e, ui, {command: 'down'}).ui;
      expect(ui.scroll).toBe(lines.length - first.height);
      expect(update(e, ui, {command: 'pageUp'}).ui.scroll).toBe(Math.max(0, ui.scroll - (first.height - 1)));
      // Enter still starts from anywhere in the text.
      expect(update(e, ui, {command: 'select'}).ui.app.phase).toBe('question');
      const tall = room(env(lang, 40, path), initialUi(initialState(lang)), 'welcome');
      expect(tall.scrollable).toBe(false);
      expect(tall.footer.map(text).join(' ')).not.toContain(t(content, 'tui.key.scroll', lang));
    }
  });
});
