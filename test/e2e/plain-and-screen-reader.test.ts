// The two simplest ways through, in a real terminal: --plain (and TERM=dumb), line by line with no escape
// codes, and Ink's screen-reader mode, where options and checklist items are read with their role and
// state. Also the hint a terminal without a UTF-8 locale gets.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {baseEnv, KEY, launcher, type Session} from '../support/pty.js';

const launch = launcher();
const saved = (env: Record<string, string>) =>
  JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8')) as {answers: Record<string, unknown>};
/** A question's prompt as --plain shows it: wrapped at the terminal's width, so any run of spaces may be a line break. */
const prompt = (id: string) =>
  new RegExp(content.questions.find((q) => q.id === id)!.prompt.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));

/** The shortest path (no debt, not called about anyone's, other Android, nothing granted, coping), typed line by line. */
async function plainShortestPath(s: Session) {
  await s.waitFor(prompt('lenders'));
  await s.press(`8${KEY.enter}`, prompt('someone_elses_debt'));
  await s.press(`1${KEY.enter}`, prompt('phone'));
  await s.press(`4${KEY.enter}`, prompt('app_permissions'));
  await s.press(`6${KEY.enter}`, prompt('wellbeing'));
  await s.press(`1${KEY.enter}`, t(content, 'tui.bye', 'en'));
}

describe('--plain', () => {
  for (const [name, args, extra] of [
    ['--plain', ['--plain'], {}],
    ['TERM=dumb', [], {TERM: 'dumb'}],
  ] as const) {
    test(`${name}: numbered prompts, no escape codes, the results printed once, the answers saved`, async () => {
      const env = baseEnv(extra);
      const s = launch(env, {args: [...args]});
      await plainShortestPath(s);
      expect((await s.waitExit()).exitCode).toBe(0);
      const raw = s.raw();
      // No cursor movement and no colour: not one escape character.
      expect(raw.includes('\u001B'), JSON.stringify(raw.slice(raw.indexOf('\u001B') - 20, raw.indexOf('\u001B') + 20))).toBe(false);
      expect(raw.split(t(content, 'report.title', 'en')).length - 1).toBe(1);
      expect(raw).toContain('  8. ');
      expect(saved(env).answers).toEqual({lenders: ['none'], someone_elses_debt: 'no', phone: 'other_android', app_permissions: ['none'], wellbeing: 'coping'});
    });
  }

  test('a number out of range is asked again; b goes back; an exclusive option with another is refused; q saves and quits', async () => {
    const env = baseEnv();
    const s = launch(env, {args: ['--plain']});
    await s.waitFor(prompt('lenders'));
    await s.press(`8 1${KEY.enter}`, t(content, 'plain.badCombination', 'en').slice(0, 20));
    await s.press(`9${KEY.enter}`, t(content, 'plain.badNumbers', 'en', {max: 8}));
    await s.press(`8${KEY.enter}`, prompt('someone_elses_debt'));
    await s.press(`b${KEY.enter}`, prompt('lenders'));
    await s.press(`2${KEY.enter}`, prompt('overdue'));
    await s.press(`q${KEY.enter}`, t(content, 'tui.bye', 'en'));
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(saved(env).answers).toEqual({lenders: ['bank_loan']});
    // And the next plain run offers to continue from there.
    const again = launch(env, {args: ['--plain']});
    await again.waitFor(t(content, 'plain.resumeChoices', 'en'));
    await again.press(`1${KEY.enter}`, prompt('overdue'));
    again.write(`q${KEY.enter}`);
    expect((await again.waitExit()).exitCode).toBe(0);
  });
});

test('--plain: Ctrl+C keeps the answers given, says so, and exits 130', async () => {
  const env = baseEnv();
  const s = launch(env, {args: ['--plain']});
  await s.waitFor(prompt('lenders'));
  await s.press(`2${KEY.enter}`, prompt('overdue'));
  s.write(KEY.ctrlC);
  expect((await s.waitExit()).exitCode).toBe(130);
  expect(s.raw()).toContain(t(content, 'tui.bye', 'en'));
  expect(saved(env).answers).toEqual({lenders: ['bank_loan']});
});

describe("Ink's screen-reader mode (INK_SCREEN_READER=true)", () => {
  test('options are read with their number, role and state; the keys are said; the questionnaire reaches the results', async () => {
    const s = launch(baseEnv({INK_SCREEN_READER: 'true'}));
    await s.waitFor(t(content, 'tui.key.start', 'en'));
    await s.press(KEY.enter, /checkbox: \(selected\) 1\. Credit card/);
    // The frame may arrive in several chunks: wait for its footer, never read it at once.
    await s.waitFor(t(content, 'tui.key.confirm', 'en'));
    await s.press('8', /checkbox: \(selected, checked\) 8\. No debts right now/);
    await s.press(KEY.enter, /option: \(selected\) 1\. No/);
    await s.press('1', /option: \(selected\) 1\. iPhone/);
    await s.press('4', /checkbox: \(selected\) 1\./);
    await s.press('6', /checkbox: \(selected, checked\) 6\./);
    await s.press(KEY.enter, /option: \(selected\) 1\./);
    await s.press('1', /Risk level/);
    // A checklist item is a checkbox, its title read whole (further down the same frame: waited for).
    await s.waitFor(/checkbox: \S/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});

describe('a terminal without a UTF-8 locale (LANG=C)', () => {
  test('the welcome says in both languages that l switches to Chinese, and l does', async () => {
    const s = launch(baseEnv({LANG: 'C'}));
    await s.waitFor(t(content, 'tui.welcome.localeHint', 'en'));
    await s.press('l', t(content, 'tui.title', 'zh-Hans'));
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});
