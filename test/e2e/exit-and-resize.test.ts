// The built CLI in a real pseudo-terminal: after quitting it says, below the last frame, what was kept;
// resizing the terminal mid-question leaves nothing stale on the screen (in tmux, a real terminal).
import {execFileSync, spawnSync} from 'node:child_process';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {baseEnv, KEY, launcher, requireBuiltCli, type Session, strip, until} from '../support/pty.js';

const launch = launcher();

/** What follows the last frame Ink painted: the program's own words after the interface closed. */
function afterInterface(s: Session): string {
  const raw = s.raw();
  return strip(raw.slice(raw.lastIndexOf('\u001B[?2026l'))).trim();
}

/** Starts, answers the first question, and quits with q at the second: exit 0. */
async function answerOneAndQuit(s: Session): Promise<void> {
  await s.waitFor('Enter start');
  await s.press(KEY.enter, /Question 1,/);
  await s.press('1', /> 1\. \[x\]/);
  await s.press(KEY.enter, /Question 2,/);
  s.write('q');
  expect((await s.waitExit()).exitCode).toBe(0);
}

describe('leaving says what was kept', () => {
  test('q after an answer: "Your answers are saved", after the interface is gone', async () => {
    const s = launch(baseEnv());
    await answerOneAndQuit(s);
    expect(afterInterface(s)).toBe(t(content, 'tui.bye', 'en'));
  });

  test('Ctrl+C in Chinese: the same line, in Chinese, exit 130', async () => {
    const env = baseEnv({LANG: 'zh_CN.UTF-8'});
    const s = launch(env, {cols: 40});
    await s.waitFor('Enter 开始');
    await s.press(KEY.enter, /第 1 题/);
    await s.press('1', /> 1\. \[x\]/);
    await s.press(KEY.enter, /第 2 题/);
    s.write(KEY.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    expect(afterInterface(s).replace(/\s+/g, '')).toBe('答案已保存。下次运行会从这里继续。');
  });

  test('at 40 columns the line is wrapped between words, never inside one', async () => {
    const s = launch(baseEnv(), {cols: 40});
    await answerOneAndQuit(s);
    const lines = afterInterface(s).split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(t(content, 'tui.bye', 'en'));
  });

  test('with --no-save: "Your answers were not saved (--no-save)."', async () => {
    const s = launch(baseEnv(), {args: ['--no-save']});
    await s.waitFor('Enter start');
    await s.press(KEY.enter, /Question 1,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(afterInterface(s)).toBe('Your answers were not saved (--no-save).');
  });
});

// tmux is a real terminal that re-flows wrapped lines on resize, which is what left parts of the previous
// frame on screen; its capture-pane is what a person sees. Skipped where tmux is not installed.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

// Our own server, a new one per test: a person's sessions are never touched, and a server still shutting
// down after the previous test is never reused.
let socket = `dpc-resize-${process.pid}-0`;
function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
}

describe.skipIf(!hasTmux)('resizing mid-question, in tmux', () => {
  const session = `dpc-resize-${process.pid}`;
  let serial = 0;
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    serial += 1;
    socket = `dpc-resize-${process.pid}-${serial}`;
  });

  for (const [from, to] of [
    [40, 36],
    [40, 50],
    [50, 40],
    [80, 40],
  ] as const) {
    for (const lang of ['zh-Hans', 'en'] as const) {
      test(`${from} -> ${to} columns (${lang}): the header and the progress bar appear once`, async () => {
        const env = baseEnv({LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8'});
        const vars = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
        const command = `env -i ${vars.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(requireBuiltCli())}`;
        tmux('new-session', '-d', '-s', session, '-x', String(from), '-y', '30', command);
        const screen = () => tmux('capture-pane', '-p', '-t', session);
        const counter = lang === 'en' ? /Question 1,/g : /第 1 题/g;
        await until(() => screen().includes(t(content, 'tui.key.start', lang)), 'the welcome screen');
        tmux('send-keys', '-t', session, 'Enter');
        await until(() => (screen().match(counter) ?? []).length === 1 && screen().includes(t(content, 'tui.key.quit', lang)), 'the question');
        tmux('resize-window', '-t', session, '-x', String(to));
        await until(() => screen().split('\n')[2]!.length > 0, 'the repaint');
        // Whatever the resize repaints is written before the frame of a key pressed after it (Ink renders in
        // order): Down, which moves the highlight to the second option and changes nothing the test counts,
        // is the marker that the repaint is over. Then the screen is read once tmux shows it whole (the same
        // on two reads in a row).
        tmux('send-keys', '-t', session, 'Down');
        let last = '';
        await until(() => {
          const now = screen();
          const same = now === last && /^> 2\. /m.test(now);
          last = now;
          return same;
        }, 'the frame of Down after the repaint');
        const text = screen();
        expect(text.match(counter)?.length, text).toBe(1);
        expect(text.split(t(content, 'tui.title', lang)).length - 1, text).toBe(1);
        expect(text.match(/^\[#*-+\]$/gm)?.length, text).toBe(1);
        expect(text.split('\n').filter((line) => line.includes(t(content, 'tui.key.quit', lang))), text).toHaveLength(1);
        for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(to);
      });
    }
  }
});
