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
import {firstItems} from '../../source/ui/screens/results.js';
import {writeSaved} from '../support/answers.js';
import {completeAnswers, PUBLIC_CASES} from '../support/cases.js';
import {baseEnv, KEY, launcher, type Session, strip} from '../support/pty.js';

const launch = launcher();
const LOCALE: Readonly<Record<'en' | 'zh-Hans', string>> = {en: 'en_US.UTF-8', 'zh-Hans': 'zh_CN.UTF-8'};
const flat = (s: string) => s.replace(/\s+/g, '');

function withSaved(answers: Answers, lang: Lang) {
  const env = baseEnv({LANG: LOCALE[lang as 'en' | 'zh-Hans']});
  writeSaved(env, {answers, lang, updatedAt: '2026-11-30T22:00:00.000Z'});
  return env;
}

/** Resumes saved, complete answers: the first results screen. */
async function openResults(answers: Answers, lang: 'en' | 'zh-Hans', cols: number, rows: number) {
  const s = launch(withSaved(answers, lang), {cols, rows});
  await s.waitFor(t(content, 'tui.resume.results', lang));
  await s.press(KEY.enter, t(content, 'tui.results.status', lang, {done: 0, total: 0, k: 0}).slice(0, 3));
  await s.frameDone();
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
    const saved = JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8'));
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
      s.mark();
      s.write('\u001B[6~');
      await s.waitFor(/Done \d+ of/);
      await s.frameDone();
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
    for (let page = 0; page < 12; page++) {
      seen.push(...strip(s.lastFrame()).split('\n').slice(2, -4));
      s.mark();
      s.write('\u001B[6~');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const short = seen.map((line) => line.trim()).filter((line) => line.length > 0 && [...line].length <= 2 && !/^-+$/.test(line));
    expect(short).toEqual([]);
    s.write('q');
    await s.waitExit();
  });
});
