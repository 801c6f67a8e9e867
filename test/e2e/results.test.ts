// The results screen in a real terminal, as a frightened person first sees it: the things to do tonight on
// the first screen at every size, the highlight and space working on what is on screen, the end a few
// pages away, crisis help first and not in the alarm colour, and a document that reads well at 40 columns.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {firstItems} from '../../source/output/first.js';
import {writeSaved} from '../support/answers.js';
import {completeAnswers, PUBLIC_CASES} from '../support/cases.js';
import {initialState} from '../../source/engine/questionnaire.js';
import {documentBody, documentIds} from '../../source/ui/screens/documents.js';
import {createUiContext} from '../../source/ui/ui-context.js';
import {baseEnv, KEY, launcher, type Session, strip, until} from '../support/pty.js';

const launch = launcher();
const ctxZh = createUiContext(content, undefined, undefined);
const LOCALE: Readonly<Record<'en' | 'zh-Hans', string>> = {en: 'en_US.UTF-8', 'zh-Hans': 'zh_CN.UTF-8'};
const flat = (s: string) => s.replace(/\s+/g, '');

function withSaved(answers: Answers, lang: Lang) {
  const env = baseEnv({LANG: LOCALE[lang as 'en' | 'zh-Hans']});
  writeSaved(env, {answers, lang, updatedAt: '2026-11-30T22:00:00.000Z'});
  return env;
}

/** The status line of the results: "done n of m, item k of m". */
const statusOf = (answers: Answers, lang: Lang, k: number, done = 0) =>
  t(content, 'tui.results.status', lang, {done, total: present(content, assess(content, answers), lang).checklist.length, k});

/** Waits until the last frame Ink painted passes `check` (the frame is painted whole, perhaps in chunks). */
async function frameWhere(s: Session, check: (frame: string) => boolean, what: string): Promise<string> {
  await until(() => check(s.lastFrame()), `${what}; the last frame:\n${s.lastFrame()}`, 15_000);
  return s.lastFrame();
}

/** Resumes saved, complete answers: the first results screen, painted whole (its status line and its hints). */
async function openResults(answers: Answers, lang: 'en' | 'zh-Hans', cols: number, rows: number) {
  const s = launch(withSaved(answers, lang), {cols, rows});
  await s.waitFor(t(content, 'tui.resume.results', lang));
  s.write(KEY.enter);
  const status = statusOf(answers, lang, 1);
  await frameWhere(s, (frame) => frame.includes(status) && frame.includes(t(content, 'tui.key.quit', lang)), 'the first results screen');
  return s;
}

const CASES = {critical: completeAnswers(PUBLIC_CASES.C.answers), high: completeAnswers(PUBLIC_CASES.B.answers), low: completeAnswers(PUBLIC_CASES.A.answers)};

describe('the first results screen', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    for (const [cols, rows] of [
      [80, 24],
      [60, 24],
      [40, 20],
    ] as const) {
      test(`${lang} ${cols}x${rows}: for a critical, a high and a low case, the level and the first thing to do tonight`, async () => {
        for (const [level, answers] of Object.entries(CASES)) {
          const view = present(content, assess(content, answers), lang);
          expect(view.level, level).toBe(level);
          const s = await openResults(answers, lang, cols, rows);
          const frame = s.lastFrame();
          expect(frame, `${level}\n${frame}`).toContain(t(content, `level.${level}`, lang));
          const first = view.checklist.find((item) => item.id === firstItems(view).ids[0])!;
          // The title may wrap or, in a tiny terminal, be cut: its first characters are on screen.
          expect(flat(frame), `${level}\n${frame}`).toContain(flat(first.title).slice(0, 8));
          for (const line of frame.split('\n')) expect(line.length <= cols || /[^\x00-\x7f]/.test(line), line).toBe(true);
          s.write('q');
          expect((await s.waitExit()).exitCode).toBe(0);
        }
      });
    }
  }
});

describe('moving and ticking', () => {
  test('Down then Space ticks the item whose title is highlighted, and saves it', async () => {
    const answers = CASES.high;
    const env = withSaved(answers, 'en');
    const s: Session = launch(env, {cols: 80, rows: 24});
    await s.waitFor(t(content, 'tui.resume.results', 'en'));
    await s.press(KEY.enter, 'Done 0 of');
    await s.press(KEY.down, 'item');
    const frame = s.lastFrame();
    const highlighted = frame.split('\n').find((line) => line.startsWith('> '))!;
    expect(highlighted, frame).toBeDefined();
    await s.press(KEY.space, 'Done 1 of');
    const file = path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
    // The tick is saved as it is shown: wait for the file to say so.
    await until(() => (JSON.parse(readFileSync(file, 'utf8')) as {done: string[]}).done.length === 1, 'the tick saved');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const view = present(content, assess(content, answers), 'en');
    const ticked = view.checklist.find((item) => item.id === saved.done[0])!;
    expect(saved.done).toHaveLength(1);
    expect(flat(highlighted)).toContain(flat(ticked.title).slice(0, 12));
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test('a critical case reaches its end in at most 6 PgDn at 80x30', async () => {
    const s = await openResults(CASES.critical, 'en', 80, 30);
    const reviewed = t(content, 'reviewed', 'en', {date: content.reviewed});
    let presses = 0;
    while (!s.lastFrame().includes(reviewed)) {
      expect(presses, s.lastFrame()).toBeLessThan(6);
      const before = s.lastFrame();
      s.write(KEY.pageDown);
      // Before the end every page is another frame.
      await frameWhere(s, (frame) => frame !== before, 'the next page');
      presses++;
    }
    s.write('q');
    await s.waitExit();
  });
});

describe('crisis help', () => {
  test('first on the screen, in a calm colour: never the alarm red of "critical"', async () => {
    const s = await openResults(completeAnswers(PUBLIC_CASES.C.answers, {wellbeing: 'overwhelmed'}), 'en', 80, 24);
    const frame = s.lastFrame();
    const body = frame.split('\n').slice(2).join(' ');
    expect(flat(body).startsWith(flat(t(content, 'tui.results.crisis', 'en')).slice(0, 30)), frame).toBe(true);
    // The raw bytes of the crisis line: its colour code is not red (31) or bright red (91).
    const raw = s.raw();
    const at = raw.lastIndexOf(t(content, 'tui.results.crisis', 'en').slice(0, 20));
    const codes = raw.slice(Math.max(0, raw.lastIndexOf('\n', at)), at).match(/\u001B\[(\d+)m/g) ?? [];
    expect(codes.some((c) => c === '\u001B[31m' || c === '\u001B[91m'), JSON.stringify(codes)).toBe(false);
    expect(codes.length, 'the crisis help has a colour of its own').toBeGreaterThan(0);
    s.write('q');
    await s.waitExit();
  });
});

describe('a document at 40 columns', () => {
  test('reflowed to the width, with no line of one or two characters', async () => {
    const s = await openResults(CASES.high, 'zh-Hans', 40, 40);
    await s.press('d', t(content, 'tui.documents.title', 'zh-Hans').slice(0, 4));
    await s.press(KEY.enter, t(content, 'tui.key.copyText', 'zh-Hans'));
    const seen: string[] = [];
    const app = {...initialState('zh-Hans'), answers: CASES.high};
    const lastLine = documentBody(ctxZh, app, documentIds(ctxZh, app)[0]!, 40).lines.map((line) => line.map((x) => x.text).join('')).filter((line) => line.trim() !== '').at(-1)!;
    for (let page = 0; page < 40; page++) {
      const before = s.lastFrame();
      seen.push(...strip(before).split('\n').slice(2, -4));
      if (before.includes(lastLine)) break;
      s.write(KEY.pageDown);
      await frameWhere(s, (frame) => frame !== before, 'the next page of the document');
    }
    expect(seen.join('\n')).toContain(lastLine);
    const short = seen.map((line) => line.trim()).filter((line) => line.length > 0 && [...line].length <= 2 && !/^-+$/.test(line));
    expect(short).toEqual([]);
    s.write('q');
    await s.waitExit();
  });
});

// Issue "A newcomer's first hour", item 2: every results key, in a real terminal, at the smallest size and
// two common ones. Each key is written and the test waits for the frame it must lead to; a key that leaves
// the screen as it was is followed by Down (the counter moves) and Up (the first screen, exactly, again).
describe('every results key at 40x20, 60x24 and 80x24', () => {
  const PAGE_UP = '\u001B[5~';
  const LEFT = '\u001B[D';
  const answers = completeAnswers(PUBLIC_CASES.C.answers, {wellbeing: 'overwhelmed'});
  for (const lang of ['en', 'zh-Hans'] as const) {
    for (const [cols, rows] of [
      [40, 20],
      [60, 24],
      [80, 24],
    ] as const) {
      test(`${lang} ${cols}x${rows}`, async () => {
        const view = present(content, assess(content, answers), lang);
        const total = view.checklist.length;
        const s = await openResults(answers, lang, cols, rows);
        const first = s.lastFrame();
        const lines = first.split('\n');
        const status = statusOf(answers, lang, 1);
        // The list: every row above the blank line over the status line.
        const listEnd = lines.findIndex((line) => line.includes(status)) - 1;
        const list = lines.slice(0, listEnd);
        const tonight = firstItems(view).ids.map((id) => view.checklist.find((item) => item.id === id)!.title);
        expect(flat(list.join('')), first).toContain(flat(tonight[0]!).slice(0, 6));
        const where = (what: string) => `${lang} ${cols}x${rows} ${what}`;

        /** After `keys`, the first screen exactly as it was (proved by a Down that moves and an Up back). */
        const same = async (keys: string, what: string) => {
          s.write(keys);
          s.write(KEY.down);
          await frameWhere(s, (frame) => frame.includes(statusOf(answers, lang, 2)), where(`${what}, then Down`));
          s.write(KEY.up);
          await frameWhere(s, (frame) => frame === first, where(`${what}, then Down and Up: the first screen as it was`));
        };
        /** A message (copy, short copy, export): on screen in place of the status line, the list as it was. */
        const message = async (key: string, text: string) => {
          s.write(key);
          const frame = await frameWhere(s, (f) => flat(f).includes(flat(text)), where(`${key}: its message`));
          expect(frame.split('\n').slice(0, listEnd), where(`${key}: the list under the message`)).toEqual(list);
          expect(frame, where(key)).not.toContain(status);
          await same('', `${key}, the message gone`);
        };

        // Down visits each item once: the counter counts items, 1 to m, one per Down.
        for (let k = 2; k <= total; k++) {
          s.write(KEY.down);
          await frameWhere(s, (frame) => frame.includes(statusOf(answers, lang, k)), where(`Down to item ${k}`));
        }
        s.write(KEY.down);
        s.write(KEY.up);
        await frameWhere(s, (frame) => frame.includes(statusOf(answers, lang, total - 1)), where('Down at the last item stays'));
        for (let k = total - 2; k >= 1; k--) s.write(KEY.up);
        await frameWhere(s, (frame) => frame === first, where('Up back to the first screen'));

        await message('c', t(content, 'copy.osc52', lang).slice(0, 10));
        await message('s', t(content, 'copy.osc52', lang).slice(0, 10));
        await message('e', t(content, 'export.done', lang, {path: '\u0000'}).split('\u0000')[0]!);

        // ? shows every key over the bottom of the list; ? again, the screen as it was.
        s.write('?');
        const keys = await frameWhere(s, (frame) => frame.includes(t(content, 'tui.key.export', lang)), where('? lists every key'));
        expect(keys.split('\n')[0], where('?')).toBe(lines[0]);
        s.write('?');
        await frameWhere(s, (frame) => frame === first, where('? again: the first screen as it was'));
        await same('?x', '? then another key');

        await same('ww', 'w twice');
        await same(`${KEY.enter}${KEY.enter}`, 'Enter twice');
        await same(`${KEY.pageDown}${KEY.pageDown}${PAGE_UP}${PAGE_UP}${PAGE_UP}`, 'PgDn twice, PgUp thrice');

        // Space ticks the highlighted item (saved) and again unticks it.
        s.write(KEY.space);
        await frameWhere(s, (frame) => frame.includes(statusOf(answers, lang, 1, 1)), where('Space ticks'));
        await same(KEY.space, 'Space again');

        // d lists the documents; Backspace comes back to the results as they were.
        s.write('d');
        await frameWhere(s, (frame) => frame.includes(t(content, 'tui.documents.title', lang)), where('d'));
        await same(KEY.backspace, 'd, then back');

        // r asks first; any other key keeps everything.
        s.write('r');
        await frameWhere(s, (frame) => flat(frame).includes(flat(t(content, 'tui.results.confirmRestart', lang)).slice(0, 8)), where('r asks'));
        await same('x', 'r, then another key');

        // Left goes back to the last question; Enter answers it as it was, and the results come back.
        s.write(LEFT);
        const question = content.questions.find((q) => q.id === 'wellbeing')!.prompt[lang];
        await frameWhere(s, (frame) => flat(frame).includes(flat(question).slice(0, 6)), where('Left: the last question'));
        s.write(KEY.enter);
        await frameWhere(s, (frame) => frame === first, where('Enter on the last question: the results as they were'));

        s.write('q');
        expect((await s.waitExit()).exitCode).toBe(0);
      });
    }
  }
});
