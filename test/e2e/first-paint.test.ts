// The hand-over, in a real terminal (docs/architecture.md, The first frame): the first frame is painted
// before Ink has loaded; Ink then draws its own first frame over it, the same lines in the same place,
// erasing nothing, and keys typed in between are neither lost nor doubled. Ctrl+C, a signal and a resize in between leave the terminal as they should.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {keyFor, writeSaved} from '../support/answers.js';
import {baseEnv, KEY, launcher, requireBuiltCli, type Session, strip, until} from '../support/pty.js';

const launch = launcher();
const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';
/** Erasing a line, the rest of a line, the rest of the screen or all of it. */
const ERASE = /\u001B\[[0-2]?K|\u001B\[[0-2]?J/;

/** Ink hides the cursor when it first renders, as the first paint did: the second one marks the take-over. */
const inkHasRendered = (s: Session) => s.raw().split(HIDE_CURSOR).length - 1 >= 2;
const lines = (text: string) => strip(text).replace(/\r/g, '').trimEnd().split('\n');

async function paintedThenTakenOver(s: Session, first: string): Promise<{painted: string; after: string}> {
  await s.waitFor(first);
  // The frame is there before Ink has started.
  expect(inkHasRendered(s), 'Ink had already rendered when the first frame appeared').toBe(false);
  await until(() => inkHasRendered(s), 'Ink to take over', 10_000);
  const split = () => {
    const raw = s.raw();
    const ink = raw.indexOf(HIDE_CURSOR, raw.indexOf(HIDE_CURSOR) + HIDE_CURSOR.length);
    // Ink's frame begins where the cursor was moved back to the frame's top.
    const up = raw.lastIndexOf('\u001B[', raw.lastIndexOf('A\r', ink));
    return {painted: raw.slice(0, up), after: raw.slice(up)};
  };
  // Ink's whole first frame: as many lines as were painted.
  await until(() => lines(split().after).length >= lines(split().painted).length, "Ink's first frame", 10_000);
  return split();
}

/** Ink's first frame is the painted one, written over it in place: nothing erased, no line added. */
function expectDrawnOver({painted, after}: {painted: string; after: string}): void {
  const height = lines(painted).length;
  expect(after.startsWith(`\u001B[${height}A\r`) || after.startsWith(`\u001B[${height - 1}A\r`), JSON.stringify(after.slice(0, 20))).toBe(true);
  expect(after, 'Ink erased something').not.toMatch(ERASE);
  expect(lines(after)).toEqual(lines(painted));
}

describe('the first frame, before Ink has loaded', () => {
  for (const [name, env, first] of [
    ['welcome, English, colour', baseEnv(), 'How likely are debt'],
    ['welcome, Chinese, NO_COLOR', baseEnv({LANG: 'zh_CN.UTF-8', NO_COLOR: '1'}), '这个小工具'],
    ['welcome, Traditional Chinese, 40 columns', baseEnv({LANG: 'zh_TW.UTF-8'}), '這個小工具'],
  ] as const) {
    test(`${name}: Ink draws the same frame over it, erasing nothing`, async () => {
      const s = launch(env, {cols: name.includes('40') ? 40 : 80, rows: 24});
      const {painted, after} = await paintedThenTakenOver(s, first);
      expectDrawnOver({painted, after});
      if (env.NO_COLOR) expect(painted + after).not.toMatch(/\u001B\[3\d?m|\u001B\[9\dm/);
      s.write('q');
      expect((await s.waitExit()).exitCode).toBe(0);
    });
  }

  test('the resume screen too, and the key that follows works', async () => {
    const env = baseEnv();
    writeSaved(env, {answers: {lenders: ['credit_card'], overdue: 'd1_30', overdue_lenders: 'one'}, current: 'phone'});
    const s = launch(env);
    expectDrawnOver(await paintedThenTakenOver(s, t(content, 'tui.resume.continue', 'en')));
    await s.press(KEY.enter, /Question \d+,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});

describe('keys typed during the hand-over', () => {
  test('are kept and applied in order, once each', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('How likely are debt');
    // Start, tick "no debts", confirm: typed at once, before Ink can read them.
    s.write(`${KEY.enter}${keyFor('lenders', 'none')}${KEY.enter}`);
    expect(inkHasRendered(s), 'Ink had already rendered: the keys were not typed during the hand-over').toBe(false);
    await s.waitFor(content.questions.find((q) => q.id === 'someone_elses_debt')!.prompt.en.slice(0, 30), 10_000);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    // Read once the run has left (the save follows the frame): a doubled "8" would have unticked the option
    // again; a lost Enter would still show the first question.
    const saved = JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8'));
    expect(saved.answers).toEqual({lenders: ['none']});
  });

  test('Ctrl+C: exit 130, the cursor shown again, nothing saved', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('How likely are debt');
    s.write(KEY.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    expect(s.raw().lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(s.raw().lastIndexOf(HIDE_CURSOR));
    expect(spawnSync('ls', [path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check')]).status).not.toBe(0);
  });

  test('SIGTERM before Ink listens: exit 143 and the cursor shown again', async () => {
    const s = launch(baseEnv());
    await s.waitFor('How likely are debt');
    s.pty.kill('SIGTERM');
    const exit = await s.waitExit();
    expect(exit.exitCode === 143 || exit.signal === 15, JSON.stringify(exit)).toBe(true);
    expect(s.raw().lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(s.raw().lastIndexOf(HIDE_CURSOR));
  });
});

// A resize between the first paint and Ink: tmux re-flows what is on screen, as a person's terminal does.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
let socket = `dpc-handover-${process.pid}-0`;
let serial = 0;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});

describe.skipIf(!hasTmux)('a resize during the hand-over, in tmux', () => {
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    serial += 1;
    socket = `dpc-handover-${process.pid}-${serial}`;
  });

  test('80 -> 50 columns: one frame at the new width, nothing left of the old one', async () => {
    const env = baseEnv();
    const vars = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    const session = 'handover';
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '30', `env -i ${vars.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(requireBuiltCli())}`);
    const screen = () => tmux('capture-pane', '-p', '-t', session);
    await until(() => screen().includes('How likely are debt'), 'the first frame', 10_000);
    tmux('resize-window', '-t', session, '-x', '50');
    // The frame at the new width, and only it: one title, one footer, nothing wider.
    const settled = (text: string) =>
      text.includes(t(content, 'tui.key.start', 'en')) &&
      text.split(t(content, 'tui.title', 'en')).length - 1 === 1 &&
      text.split('\n').every((l) => stringWidth(l) <= 50);
    await until(() => settled(screen()), 'the frame at 50 columns', 10_000);
    const text = screen();
    expect(text.split(t(content, 'tui.title', 'en')).length - 1, text).toBe(1);
    expect(text.split('\n').filter((line) => line.includes(t(content, 'tui.key.quit', 'en'))), text).toHaveLength(1);
    for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(50);
    expect(strip(text)).toContain('How likely are debt');
  });
});
