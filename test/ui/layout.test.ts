import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {letterText} from '../../source/output/letter.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import type {Screen} from '../../source/ui/keymap.js';
import {footerLines, letterLines, questionLines, resultsLines, welcomeLines} from '../../source/ui/layout.js';
import {visibleWindow} from '../../source/ui/components/scroll-view.js';
import {displayWidth, type Line, lineWidth} from '../../source/ui/text.js';
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
            {position: 3, total: 15, cursor: 1, picked: [], previous: undefined, showEmptyHint: true},
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
        ...letterLines(letterText(content, lang), 40),
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
