// The frame of every screen, laid out once per state: widths, headings, the results' first screen, and how
// the highlight and the window move, tested on the pure pieces (no Ink).
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {type Lang, LANGS} from '../../source/content/types.js';
import {initialState} from '../../source/engine/questionnaire.js';
import {offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {displayWidth} from '../../source/output/width.js';
import type {Size} from '../../source/ui/context.js';
import {type Frame, frameOf} from '../../source/ui/frame.js';
import type {Command} from '../../source/ui/keymap.js';
import {documentBody} from '../../source/ui/screens/documents.js';
import type {ResultsBody} from '../../source/ui/screens/results.js';
import {titleVisible} from '../../source/ui/screens/results-update.js';
import {initialUi} from '../../source/ui/screens/index.js';
import type {UiState} from '../../source/ui/state.js';
import {lineWidth} from '../../source/ui/text.js';
import {byeKey} from '../../source/ui/wording.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {context, onResults, press, screenText, text} from './support.js';

const ctx = context();
// Ambiguous-width characters and emoji presentation/joiners break alignment in CJK terminals.
const AMBIGUOUS = /[\u00B7\u2026\u2190-\u2199\u2460-\u24FF\u00B1\u2500-\u25FF\u2013\u2014\u2018\u2019\u201C\u201D]|\uFE0F|\u200D/u;
const answersB = {...PUBLIC_CASES.B.answers, wellbeing: 'overwhelmed'};
const CASES = Object.entries(PUBLIC_CASES);

const checkWidth = (frame: Frame, size: Size, where: string) => {
  for (const line of frame.lines) expect(lineWidth(line), `${where}: ${text(line)}`).toBeLessThanOrEqual(size.columns);
  expect(frame.lines.length, `${where}: taller than the terminal\n${screenText(frame)}`).toBeLessThan(size.rows);
};

describe('every screen fits the terminal', () => {
  test('question screens, in every language, at 40, 44 and 80 columns', () => {
    for (const columns of [40, 44, 80]) {
      for (const lang of LANGS) {
        for (const question of content.questions) {
          const size = {columns, rows: 40};
          const ui = initialUi({...initialState(lang), phase: 'question', current: question.id}, content);
          checkWidth(frameOf(ctx, {...ui, screen: {...ui.screen, hint: 'empty'} as UiState['screen']}, size), size, `${question.id} ${lang}`);
        }
      }
    }
  });

  test('welcome, results, documents and a document, in every language, 40 to 100 columns', () => {
    for (const lang of LANGS) {
      for (const size of [
        {columns: 40, rows: 20},
        {columns: 60, rows: 24},
        {columns: 100, rows: 30},
      ]) {
        checkWidth(frameOf(ctx, initialUi(initialState(lang), content), size), size, `welcome ${lang}`);
        const results = onResults(ctx, answersB, lang);
        checkWidth(frameOf(ctx, results, size), size, `results ${lang}`);
        const list = press(ctx, results, size, {command: 'documents'});
        checkWidth(list.frame, size, `documents ${lang}`);
        checkWidth(press(ctx, list.ui, size, {command: 'select'}).frame, size, `document ${lang}`);
      }
    }
  });

  test('every document, read to its end, fits 40 columns in every language (the table as its columns)', () => {
    for (const lang of LANGS) {
      const app = {...initialState(lang), answers: answersB};
      for (const doc of content.documents) {
        const body = documentBody(ctx, app, doc.id, 40);
        for (const line of body.lines) expect(lineWidth(line), `${doc.id} ${lang}: ${text(line)}`).toBeLessThanOrEqual(40);
        expect(body.lines.length).toBeGreaterThan(10);
      }
    }
  });

  test('the interface strings have no ambiguous-width characters and no emoji joiners', () => {
    for (const [key, value] of Object.entries(content.ui)) {
      if (!key.startsWith('tui.')) continue;
      for (const lang of LANGS) expect(value[lang], `${key} ${lang}`).not.toMatch(AMBIGUOUS);
    }
    expect(displayWidth('通讯录')).toBe(6);
    // Counted wide: CJK terminals draw them so.
    expect(displayWidth('“”')).toBe(4);
  });
});

describe('the results', () => {
  test('crisis help is first, in the calm support colour, never the alarm red; the disclaimer appears once', () => {
    for (const lang of LANGS) {
      const frame = frameOf(ctx, onResults(ctx, answersB, lang), {columns: 80, rows: 24});
      const body = frame.body.lines;
      expect(text(body[0]!)).toBe(t(content, 'tui.results.crisis', lang).slice(0, text(body[0]!).length));
      expect(body[0]![0]!.tone).toBe('status.support');
      for (const line of frame.lines) for (const segment of line) expect(segment.tone).not.toBe('status.danger');
      const disclaimer = t(content, 'disclaimer', lang).slice(0, 12);
      expect(body.filter((line) => text(line).includes(disclaimer))).toHaveLength(1);
    }
  });

  test('someone who is stressed sees one line of crisis help near the top', () => {
    const frame = frameOf(ctx, onResults(ctx, {...answersB, wellbeing: 'stressed'}), {columns: 80, rows: 24});
    expect(screenText(frame)).toContain(t(content, 'tui.results.stressed', 'en').slice(0, 30));
    expect(screenText(frame)).not.toContain(t(content, 'tui.results.crisis', 'en').slice(0, 30));
  });

  test('"tonight" rows are on the first screen for every case, language and size, under the level', () => {
    for (const [name, {answers}] of CASES) {
      for (const wellbeing of ['coping', 'overwhelmed']) {
        for (const lang of ['en', 'zh-Hans'] as const) {
          for (const size of [
            {columns: 80, rows: 24},
            {columns: 60, rows: 24},
            {columns: 40, rows: 20},
          ]) {
            const ui = onResults(ctx, {...answers, wellbeing}, lang);
            const frame = frameOf(ctx, ui, size);
            const body = frame.body as ResultsBody;
            const where = `${name} ${wellbeing} ${lang} ${size.columns}x${size.rows}\n${screenText(frame)}`;
            expect(body.tonight, where).toBeGreaterThanOrEqual(1);
            const screen = screenText(frame);
            expect(screen, where).toContain(t(content, `level.${ctx.result(ui.app).level}`, lang));
            for (let row = 0; row < Math.min(2, body.tonight); row++) expect(titleVisible(frame, row), where).toBe(true);
            checkWidth(frame, size, where);
          }
        }
      }
    }
  });

  test('items are collapsed to their title and one line; Enter opens one and closes it', () => {
    const size = {columns: 80, rows: 30};
    const ui = onResults(ctx, answersB);
    const frame = frameOf(ctx, ui, size);
    const body = frame.body as ResultsBody;
    for (const [i, row] of body.rows.entries()) {
      expect(row.end - row.start - row.title, `row ${i}`).toBe(i < body.tonight ? 0 : 1);
    }
    const view = ctx.result(ui.app);
    const opened = press(ctx, ui, size, {command: 'select'});
    const openRow = (opened.frame.body as ResultsBody).rows[0]!;
    const first = view.checklist.find((item) => item.id === body.rowItems[0])!;
    const shown = opened.frame.body.lines.slice(openRow.start, openRow.end).map(text).join(' ');
    expect(shown).toContain(first.steps[0]!.slice(0, 20));
    expect(shown).toContain(t(content, 'tui.results.source', 'en', {text: ''}).trim());
    const closed = press(ctx, opened.ui, size, {command: 'select'});
    expect((closed.frame.body as ResultsBody).rows[0]).toEqual(body.rows[0]);
  });

  test('w shows the answers behind each reason, and hides them again', () => {
    const size = {columns: 80, rows: 40};
    const ui = onResults(ctx, answersB);
    const label = content.questions.find((q) => q.id === 'lenders')!.options.find((o) => o.value === 'high_cost_app')!.label.en;
    const because = t(content, 'report.because', 'en', {answers: label}).slice(0, 20);
    expect(frameOf(ctx, ui, size).body.lines.map(text).join('\n')).not.toContain(because);
    const why = press(ctx, ui, size, {command: 'why'});
    expect(why.frame.body.lines.map(text).join('\n')).toContain(because);
    expect(press(ctx, why.ui, size, {command: 'why'}).frame.body.lines.map(text).join('\n')).not.toContain(because);
  });

  test('a critical case reaches its end in at most 6 PgDn at 80x30', () => {
    const size = {columns: 80, rows: 30};
    let ui = onResults(ctx, PUBLIC_CASES.C.answers);
    expect(ctx.result(ui.app).level).toBe('critical');
    const reviewed = t(content, 'reviewed', 'en', {date: content.reviewed});
    let presses = 0;
    while (!screenText(frameOf(ctx, ui, size)).includes(reviewed)) {
      ui = press(ctx, ui, size, {command: 'pageDown'}).ui;
      presses++;
      expect(presses).toBeLessThanOrEqual(6);
    }
  });
});

describe('moving through the results', () => {
  const walk = (lang: Lang, size: Size, openEach: boolean) => {
    let ui = onResults(ctx, answersB, lang);
    const rows = (frameOf(ctx, ui, size).body as ResultsBody).rows.length;
    const step = (command: Command) => {
      const before = ui;
      ui = press(ctx, ui, size, {command: command as never}).ui;
      const frame = frameOf(ctx, ui, size);
      const where = `${lang} ${size.columns}x${size.rows} ${command} from ${JSON.stringify(before.screen)}\n${screenText(frame)}`;
      // The highlighted title is always on screen.
      expect(titleVisible(frame, (ui.screen as {focus: number}).focus), where).toBe(true);
      return frame;
    };
    for (let i = 1; i < rows; i++) {
      if (openEach) step('select');
      const frame = step('down');
      expect((ui.screen as {focus: number}).focus).toBe(i);
      expect(frame.lines.length).toBeLessThan(size.rows);
    }
    for (let i = rows - 2; i >= 0; i--) {
      step('up');
      expect((ui.screen as {focus: number}).focus).toBe(i);
    }
    expect((ui.screen as {scroll: number}).scroll).toBe(0);
  };

  test('Down through every row and Up back: the highlighted title is always on screen', () => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      for (const size of [
        {columns: 40, rows: 20},
        {columns: 80, rows: 24},
      ]) {
        walk(lang, size, false);
        walk(lang, size, true);
      }
    }
  });

  test('PgDn scrolls and highlights the first title then visible, down to the end; PgUp comes back', () => {
    for (const lang of ['en', 'zh-Hans'] as const) {
      const size = {columns: 40, rows: 16};
      let ui = onResults(ctx, answersB, lang);
      let moved = 0;
      for (let i = 0; i < 100; i++) {
        const next = press(ctx, ui, size, {command: 'pageDown'});
        if (next.ui === ui || JSON.stringify(next.ui.screen) === JSON.stringify(ui.screen)) break;
        const {focus} = next.ui.screen as {focus: number};
        if (focus !== (ui.screen as {focus: number}).focus) moved++;
        expect(titleVisible(next.frame, focus)).toBe(true);
        ui = next.ui;
      }
      expect(moved).toBeGreaterThan(2);
      expect(screenText(frameOf(ctx, ui, size))).toContain(t(content, 'reviewed', lang, {date: content.reviewed}).slice(0, 8));
      for (let i = 0; i < 100 && (ui.screen as {scroll: number}).scroll > 0; i++) ui = press(ctx, ui, size, {command: 'pageUp'}).ui;
      expect(ui.screen).toMatchObject({scroll: 0, focus: 0});
    }
  });

  test('an open item taller than the screen keeps its title pinned while its body scrolls', () => {
    const size = {columns: 40, rows: 14};
    let ui = onResults(ctx, answersB, 'zh-Hans');
    const results = ui.screen as Extract<UiState['screen'], {kind: 'results'}>;
    const first = frameOf(ctx, ui, size).body as ResultsBody;
    // The first checklist row that opens taller than the screen.
    for (let i = 0; i < first.rows.length; i++) {
      const opened = press(ctx, {...ui, screen: {...results, focus: i}}, size, {command: 'select'});
      const row = (opened.frame.body as ResultsBody).rows[i]!;
      if (row.end - row.start <= opened.frame.height) continue;
      ui = opened.ui;
      // PgDn until the window is inside the open item: its title is then pinned on the first body row.
      let down = press(ctx, ui, size, {command: 'pageDown'});
      for (let n = 0; n < 10 && !(down.frame.window.top > row.start); n++) down = press(ctx, down.ui, size, {command: 'pageDown'});
      expect(down.frame.window.top).toBeGreaterThan(row.start);
      expect(down.frame.window.pinned?.map(text)).toEqual(down.frame.body.lines.slice(row.start, row.start + row.title).map(text));
      expect(down.ui.screen).toMatchObject({focus: i});
      expect(text(down.frame.lines[2]!)).toMatch(/^> /);
      return;
    }
    throw new Error('no item opens taller than a 40x14 screen: the test needs a smaller terminal');
  });

  test('space ticks the highlighted item, whose title is on screen even when the page is scrolled past it', () => {
    const size = {columns: 80, rows: 24};
    const ui = onResults(ctx, answersB);
    const body = frameOf(ctx, ui, size).body as ResultsBody;
    const ticked = press(ctx, ui, size, {command: 'toggle'});
    expect(ticked.ui.app.done).toEqual([body.rowItems[0]]);
    expect(ticked.effects).toEqual([{type: 'persist'}]);
    // Scrolled to the end with the first row highlighted: its title is pinned on the first body row.
    const results = ui.screen as Extract<UiState['screen'], {kind: 'results'}>;
    const away: UiState = {...ui, screen: {...results, scroll: body.lines.length}};
    const frame = frameOf(ctx, away, size);
    expect(frame.window.pinnedRow).toBe(0);
    expect(text(frame.lines[2]!)).toBe(text(frame.body.lines[body.rows[0]!.start]!));
    expect(text(frame.lines[2]!)).toMatch(/^> /);
    expect(titleVisible(frame, 0)).toBe(true);
    expect(press(ctx, away, size, {command: 'toggle'}).ui.app.done).toEqual([body.rowItems[0]]);
  });

  test('moving the highlight and scrolling lay nothing out again: one layout per change of what is shown', () => {
    const counted = context();
    const size = {columns: 80, rows: 24};
    let ui = onResults(counted, answersB);
    frameOf(counted, ui, size);
    expect(counted.cache!.misses).toBe(1);
    for (const command of ['down', 'down', 'pageDown', 'up', 'pageUp'] as const) {
      ui = press(counted, ui, size, {command}).ui;
    }
    expect(counted.cache!.misses).toBe(1);
    // Opening an item is one new layout, shared by the update and the frame drawn after it.
    ui = press(counted, ui, size, {command: 'select'}).ui;
    frameOf(counted, ui, size);
    expect(counted.cache!.misses).toBe(2);
  });
});

describe('the welcome screen', () => {
  const path = '/tmp/tmp.AbCdEfGhIj/debt-privacy-check/config.json';

  test('every line of the path keeps its indent, broken after a "/", in every language', () => {
    for (const lang of LANGS) {
      for (const columns of [30, 40]) {
        const lines = frameOf(context({path}), initialUi(initialState(lang), content), {columns, rows: 60}).body.lines.map(text);
        const first = lines.findIndex((line) => line.startsWith('  /tmp'));
        expect(first, lines.join('\n')).toBeGreaterThan(0);
        const after = lines.findIndex((line, i) => i > first && !line.startsWith('  '));
        const pathLines = lines.slice(first, after);
        expect(pathLines.length, lines.join('\n')).toBeGreaterThan(1);
        expect(pathLines.map((line) => line.slice(2)).join('')).toBe(path);
        for (const line of pathLines.slice(0, -1)) expect(line.endsWith('/'), line).toBe(true);
      }
    }
  });

  test('it carries one quiet line of crisis help', () => {
    for (const lang of LANGS) {
      const frame = frameOf(ctx, initialUi(initialState(lang), content), {columns: 80, rows: 40});
      expect(screenText(frame)).toContain(t(content, 'tui.welcome.crisis', lang).slice(0, 10));
    }
  });

  test('in a short terminal it scrolls with Down to its last line, and the footer says so only then', () => {
    const short = {columns: 40, rows: 12};
    for (const lang of LANGS) {
      const c = context({path});
      let ui = initialUi(initialState(lang), content);
      const first = frameOf(c, ui, short);
      expect(first.lines.map(text).join(' ')).toContain(t(content, 'tui.key.scroll', lang));
      expect(first.lines.length).toBeLessThan(12);
      for (let i = 0; i < 40; i++) ui = press(c, ui, short, {command: 'down'}).ui;
      expect(ui.screen).toMatchObject({scroll: first.body.lines.length - first.height});
      const up = press(c, ui, short, {command: 'pageUp'}).ui;
      expect(up.screen).toMatchObject({scroll: Math.max(0, first.body.lines.length - first.height - (first.height - 1))});
      // Enter still starts from anywhere in the text.
      expect(press(c, ui, short, {command: 'select'}).ui.app.phase).toBe('question');
      const tall = frameOf(c, initialUi(initialState(lang), content), {columns: 40, rows: 60});
      expect(tall.lines.map(text).join(' ')).not.toContain(t(content, 'tui.key.scroll', lang));
    }
  });
});

test('the goodbye line tells what was kept', () => {
  const answered = initialUi(initialState('en', {answers: {lenders: ['none']}, current: 'phone', done: []}), content);
  const empty = initialUi(initialState('en'), content);
  const path = '/home/me/.config/debt-privacy-check/config.json';
  expect(byeKey({path, saveFailed: false, state: answered, hadSaved: false})).toBe('tui.bye');
  expect(byeKey({path: undefined, saveFailed: false, state: answered, hadSaved: false})).toBe('tui.byeNoSave');
  expect(byeKey({path, saveFailed: true, state: answered, hadSaved: true})).toBe('store.unwritable');
  // Nothing answered on a first run, or everything deleted this run: nothing is stored.
  expect(byeKey({path, saveFailed: false, state: empty, hadSaved: false})).toBe('tui.byeEmpty');
  expect(byeKey({path, saveFailed: false, state: {...empty, dirty: true}, hadSaved: true})).toBe('tui.byeEmpty');
  // Quitting at once (e.g. with --fresh) keeps the file that was there.
  expect(byeKey({path, saveFailed: false, state: empty, hadSaved: true})).toBe('tui.bye');
});

test('question screens never show a number key the question does not have', () => {
  for (const question of content.questions) {
    const options = offeredOptions(question, {}, visibleIds(content.questions, {}));
    // overdue_debts offers only the lenders chosen: with no answers it has nothing to show.
    if (options.length === 0) continue;
    const ui = initialUi({...initialState('en'), phase: 'question', current: question.id}, content);
    const footer = frameOf(ctx, ui, {columns: 100, rows: 40}).lines.map(text).join('\n');
    expect(footer).toContain(options.length >= 10 ? '1-9, 0' : `1-${options.length}`);
  }
});

describe('a question whose options do not fit says how many are below', () => {
  const size = {columns: 40, rows: 20};
  const lenders = (lang: Lang) => initialUi({...initialState(lang), phase: 'question', current: 'lenders'}, content);

  test('at 40x20 the first question shows "(n more below)" under the options it has room for, in every language', () => {
    for (const lang of LANGS) {
      const frame = frameOf(ctx, lenders(lang), size);
      const shown = screenText(frame);
      const options = offeredOptions(content.questions[0]!, {}, visibleIds(content.questions, {}));
      const visible = options.filter((o, i) => shown.includes(`${i + 1}. [ ] ${o.label[lang].slice(0, 4)}`)).length;
      expect(visible, shown).toBeGreaterThan(0);
      expect(visible, shown).toBeLessThan(options.length);
      const below = frame.lines.map(text).find((l) => l.includes(lang === 'en' ? 'more below' : '下面還有 ') || l.includes('下面还有 '));
      expect(below, shown).toBeDefined();
      const n = Number(/\d+/.exec(below!)![0]);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(options.length - visible);
      // The highlighted first option is still on screen.
      expect(shown).toContain('> 1. [ ]');
    }
  });

  test('with nothing below (the last option highlighted, or a tall terminal) there is no such line', () => {
    const up = press(ctx, lenders('en'), size, {command: 'up'});
    expect(screenText(up.frame)).toContain('> 8. [ ]');
    expect(screenText(up.frame)).not.toContain('more below');
    expect(screenText(frameOf(ctx, lenders('en'), {columns: 80, rows: 40}))).not.toContain('more below');
  });
});

describe('a letter whose reader reads Chinese, opened in English', () => {
  const size = {columns: 80, rows: 24};
  const open = (lang: Lang, id: string) => {
    const answers = {lenders: ['none'], someone_elses_debt: 'contact_only', phone: 'iphone', app_permissions: ['none'], collector_actions: ['frequent_calls'], contacted_people: ['none'], wellbeing: 'coping'};
    const results = onResults(ctx, answers, lang);
    const list = press(ctx, results, size, {command: 'documents'});
    return {lines: documentBody(ctx, list.ui.app, id, 80).lines.map(text)};
  };

  test('says "send the Chinese version" above the text, before anything can be copied, and again in how to send', () => {
    const note = t(content, 'document.sendChinese', 'en', {id: 'contact_stop_and_delete'});
    const {lines} = open('en', 'contact_stop_and_delete');
    const body = lines.join(' ');
    const top = body.indexOf(note.slice(0, 30));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(lines[0]).toContain(note.slice(0, 20));
    // Still in how to send as well: the text itself comes between.
    expect(body.indexOf(note.slice(0, 30), top + 1)).toBeGreaterThan(top);
  });

  test('not in Chinese, where there is nothing to switch to', () => {
    const {lines} = open('zh-Hans', 'contact_stop_and_delete');
    expect(lines[0]).not.toContain(t(content, 'document.sendChinese', 'zh-Hans', {id: 'contact_stop_and_delete'}).slice(0, 8));
  });
});
