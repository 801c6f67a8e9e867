// Hardening (issue 5): the built CLI in a real pseudo-terminal, as a frightened person meets it: Ctrl+C and
// SIGTERM in the middle, relaunching, --no-save, --fresh, odd terminal sizes, a corrupt or unwritable save
// file and a permissive umask. Every key waits for the screen it leads to (no fixed sleeps).
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {answerShortestPath, baseEnv, KEY, requireBuiltCli, type Session, start, strip, until} from '../support/pty.js';
import type {Answers} from '../../source/engine/conditions.js';
import {keyFor, writeSaved as writeSavedFile} from '../support/answers.js';

let cli: string;
beforeAll(() => {
  cli = requireBuiltCli();
});

const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';
const WELCOME = /Enter start/;
const RESUME = /Welcome back/;

const configFile = (env: Record<string, string>) => path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
const readSaved = (env: Record<string, string>) => JSON.parse(readFileSync(configFile(env), 'utf8'));
/** The cursor shown again after the last time it was hidden: output can still arrive after the exit. */
const cursorShown = (s: Session) =>
  until(() => s.raw().slice(s.raw().lastIndexOf(HIDE_CURSOR)).includes(SHOW_CURSOR), 'the cursor shown again', 5000);
/** The saved answers once they are `expected`: the save follows the frame that shows the answer. */
async function savedAnswers(env: Record<string, string>, expected: unknown): Promise<unknown> {
  const now = () => {
    try {
      return readSaved(env).answers;
    } catch {
      return undefined;
    }
  };
  await until(() => JSON.stringify(now()) === JSON.stringify(expected), `the saved answers ${JSON.stringify(expected)} (now ${JSON.stringify(now())})`);
  return now();
}

/** Starts, answers lenders = credit_card and overdue = d1_30, and stops on question 3. */
async function answerTwo(s: Session): Promise<void> {
  await s.waitFor(WELCOME);
  await s.press(KEY.enter, /Question 1,/);
  await s.press(keyFor('lenders', 'credit_card'), /\[x\] Credit card/);
  await s.press(KEY.enter, /Question 2,/);
  await s.press(keyFor('overdue', 'd1_30', {lenders: ['credit_card']}), /Question 3,/);
}

function writeSaved(env: Record<string, string>, answers: Answers, current = 'overdue_lenders'): string {
  // Saved by an older content version: what it holds is still asked as it was.
  return writeSavedFile(env, {answers, current, contentVersion: '1.0.0', updatedAt: '2026-11-01T10:00:00.000Z'});
}

function frameLines(frame: string): string[] {
  return frame.split('\n').filter((line) => line.trim() !== '');
}
function widest(frame: string): number {
  return Math.max(0, ...frameLines(frame).map((line) => stringWidth(line)));
}

describe('signals', () => {
  it('Ctrl+C mid-questionnaire: exit 130, cursor shown and terminal modes restored, progress saved, relaunch offers to resume', async () => {
    const env = baseEnv();
    // Through a shell, so the terminal's modes can be read back after the program has gone.
    const s = start({file: '/bin/sh', args: ['-c', `stty -g > "$HOME/before"; "${process.execPath}" "${cli}"; echo "EXIT=$?"; stty -g > "$HOME/after"`], env});
    await answerTwo(s);
    s.mark();
    s.write(KEY.ctrlC);
    await s.waitFor(/EXIT=\d+/);
    const exit = await s.waitExit();
    expect(exit.exitCode).toBe(0); // the shell
    const raw = s.raw();
    expect(strip(raw)).toMatch(/EXIT=130\b/);
    const tail = raw.slice(raw.lastIndexOf(HIDE_CURSOR));
    expect(tail, 'the cursor is shown again after it was hidden').toContain(SHOW_CURSOR);
    expect(readFileSync(path.join(env.HOME!, 'after'), 'utf8'), 'raw mode and echo restored').toBe(readFileSync(path.join(env.HOME!, 'before'), 'utf8'));
    expect(readSaved(env).answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});

    const again = start({env});
    await again.waitFor(RESUME);
    expect(strip(again.raw())).toMatch(/2 of \d+ answered/);
    again.write('q');
    expect((await again.waitExit()).exitCode).toBe(0);
  });

  it('SIGTERM mid-questionnaire: exit 143, cursor shown, progress saved', async () => {
    const env = baseEnv();
    const s = start({env});
    await answerTwo(s);
    s.pty.kill('SIGTERM');
    const exit = await s.waitExit();
    await cursorShown(s);
    expect(exit.exitCode).toBe(143);
    const raw = s.raw();
    expect(raw.slice(raw.lastIndexOf(HIDE_CURSOR))).toContain(SHOW_CURSOR);
    expect(readSaved(env).answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});
  });

  it('SIGINT sent as a signal (kill -INT, or Ctrl+C before raw mode is on): saved, cursor shown, exit 130', async () => {
    const env = baseEnv();
    const s = start({env});
    await answerTwo(s);
    s.pty.kill('SIGINT');
    const exit = await s.waitExit(8000);
    await cursorShown(s);
    expect(exit, 'exit code 130, not killed by the signal').toEqual({exitCode: 130, signal: 0});
    const raw = s.raw();
    expect(raw.slice(raw.lastIndexOf(HIDE_CURSOR))).toContain(SHOW_CURSOR);
    expect(readSaved(env).answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});
  });

  it('Ctrl+C on the welcome screen: exit 130, nothing written', async () => {
    const env = baseEnv();
    const s = start({env});
    await s.waitFor(WELCOME);
    // Raw mode is on before the first frame is written (source/ui/first-paint.ts): Ctrl+C is a key by now.
    s.write(KEY.ctrlC);
    expect(await s.waitExit()).toEqual({exitCode: 130, signal: 0});
    await cursorShown(s);
    expect(s.raw().slice(s.raw().lastIndexOf(HIDE_CURSOR))).toContain(SHOW_CURSOR);
    expect(readdirSync(env.XDG_CONFIG_HOME!)).toEqual([]);
  });
});

describe('--no-save and --fresh', () => {
  it('--no-save: a whole session, Ctrl+C included, leaves XDG_CONFIG_HOME empty', async () => {
    const env = baseEnv();
    const s = start({env, args: ['--no-save']});
    await s.waitFor(/This\s+run\s+uses\s+--no-save:\s+your\s+answers\s+are\s+not\s+saved/);
    await s.press(KEY.enter, /Question 1,/);
    await answerShortestPath(s);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const t = start({env, args: ['--no-save']});
    await answerTwo(t);
    t.write(KEY.ctrlC);
    expect((await t.waitExit()).exitCode).toBe(130);
    expect(readdirSync(env.XDG_CONFIG_HOME!)).toEqual([]);
  });

  it('--no-save with progress saved: no resume offered and the saved file is left exactly as it was', async () => {
    const env = baseEnv();
    const text = writeSaved(env, {lenders: ['credit_card'], overdue: 'd1_30'});
    const s = start({env, args: ['--no-save']});
    await s.waitFor(WELCOME);
    expect(strip(s.raw())).not.toMatch(RESUME);
    await s.press(KEY.enter, /Question 1,/);
    await s.press('8', /\[x\] No debts/);
    await s.press(KEY.enter, /Question 2,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(readFileSync(configFile(env), 'utf8')).toBe(text);
  });

  it('--fresh: starts at the first question despite saved progress, and replaces it once answered', async () => {
    const env = baseEnv();
    const text = writeSaved(env, {lenders: ['credit_card'], overdue: 'd1_30'});
    const s = start({env, args: ['--fresh']});
    await s.waitFor(WELCOME);
    expect(strip(s.raw())).not.toMatch(RESUME);
    // The welcome names "No debts right now" too: wait for the question's own frame, complete.
    await s.press(KEY.enter, /Question 1,/);
    await s.frameDone();
    expect(s.lastFrame()).toMatch(/\[ \] Credit card/); // nothing carried over
    expect(s.lastFrame()).toMatch(/\[ \] No debts right now/);
    expect(readFileSync(configFile(env), 'utf8'), 'untouched until an answer is given').toBe(text);
    await s.press(keyFor('lenders', 'none'), /\[x\] No debts/);
    await s.press(KEY.enter, /Question 2,/);
    expect(await savedAnswers(env, {lenders: ['none']})).toEqual({lenders: ['none']});
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});

describe('terminal sizes', () => {
  it('a terminal reporting 0x0 is laid out at 80 columns, not one character per line', async () => {
    const env = baseEnv();
    const s = start({file: '/bin/sh', args: ['-c', `stty cols 0 rows 0 && exec "${process.execPath}" "${cli}"`], env});
    await s.waitFor(WELCOME);
    await s.frameDone();
    let frame = s.lastFrame();
    expect(frame).toMatch(/How likely are debt collectors to contact your family,/);
    expect(widest(frame)).toBeLessThanOrEqual(80);
    expect(widest(frame)).toBeGreaterThan(60);
    await s.press(KEY.enter, /What kinds of debt do you have now\?/);
    await s.frameDone();
    frame = s.lastFrame();
    expect(frame).toMatch(/What kinds of debt do you have now\?/);
    expect(widest(frame)).toBeLessThanOrEqual(80);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  it('40 columns: no line of the welcome, question or results frame is wider than 40', async () => {
    const env = baseEnv();
    const s = start({env, cols: 40, rows: 40});
    await s.waitFor(WELCOME);
    await s.frameDone();
    const frames = [s.lastFrame()];
    await s.press(KEY.enter, /Question 1,/);
    await s.frameDone();
    frames.push(s.lastFrame());
    await answerShortestPath(s);
    await s.frameDone();
    frames.push(s.lastFrame());
    for (const frame of frames) {
      const wide = frameLines(frame).filter((line) => stringWidth(line) > 40);
      expect(wide, frame).toEqual([]);
    }
    expect(frames[2]).toMatch(/Risk level/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  it('resizing mid-question keeps the question and its answers, at the new width', async () => {
    const env = baseEnv();
    const s = start({env, cols: 100, rows: 30});
    await s.waitFor(WELCOME);
    await s.press(KEY.enter, /Question 1,/);
    await s.press(keyFor('lenders', 'credit_card'), /\[x\] Credit card/);
    await s.press(keyFor('lenders', 'platform_loan'), /\[x\] Big-platform/);
    s.mark();
    s.pty.resize(44, 30);
    await s.waitFor(/What kinds of debt do you have now\?/);
    // The frame at the new width (a resize repaints on a cleared screen a moment later).
    await until(() => widest(s.lastFrame()) <= 44 && /\[x\] Big-platform/.test(s.lastFrame()), 'the frame at 44 columns');
    const frame = s.lastFrame();
    expect(frame).toMatch(/Question 1,/);
    expect(frame).toMatch(/\[x\] Credit card/);
    expect(frame).toMatch(/\[x\] Big-platform/);
    expect(widest(frame)).toBeLessThanOrEqual(44);
    await s.press(KEY.enter, /Question 2,/);
    expect(await savedAnswers(env, {lenders: ['credit_card', 'platform_loan']})).toEqual({lenders: ['credit_card', 'platform_loan']});
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});

describe('saved progress faults', () => {
  it('a corrupt config.json: one calm line naming the kept-aside copy, then the questionnaire works', async () => {
    const env = baseEnv();
    const file = configFile(env);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, '{"schemaVersion": 1, "answers": {"lend');
    const s = start({env, cols: 100});
    await s.waitFor(WELCOME);
    await s.frameDone();
    const kept = readdirSync(path.dirname(file)).filter((f) => f.startsWith('config.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(file), kept[0]!), 'utf8')).toBe('{"schemaVersion": 1, "answers": {"lend');
    const frame = s.lastFrame();
    const flat = frame.replace(/\s+/g, '');
    expect(flat, 'names the kept-aside file').toContain(path.join(path.dirname(file), kept[0]!).replace(/\s+/g, ''));
    expect(frame.match(/could not be read/g)).toHaveLength(1);
    expect(frame).not.toMatch(/\n\s+at /);
    await s.press(KEY.enter, /Question 1,/);
    await s.press('8', /\[x\] No debts/);
    await s.press(KEY.enter, /Question 2,/);
    expect(await savedAnswers(env, {lenders: ['none']})).toEqual({lenders: ['none']});
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  it('an empty config.json is kept aside too', async () => {
    const env = baseEnv();
    const file = configFile(env);
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, '');
    const s = start({env, cols: 100});
    await s.waitFor(/could not be read/);
    await s.press(KEY.enter, /Question 1,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(readdirSync(path.dirname(file)).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
  });

  it('a save location under a regular file: one line saying progress will not be saved, the questionnaire still reaches the results', async () => {
    // Running as root ignores permission bits, so a path through a regular file is what cannot be written.
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-hard-ro-')), 'file-not-dir');
    writeFileSync(blocker, 'x');
    const env = baseEnv({XDG_CONFIG_HOME: path.join(blocker, 'config')});
    const s = start({env, cols: 100});
    await s.waitFor(WELCOME);
    await s.press(KEY.enter, /Question 1,/);
    await s.press('8', /\[x\] No debts/);
    await s.press(KEY.enter, /Progress cannot be saved/);
    await s.press('1', /Question 3,/); // someone_elses_debt no
    await s.press('4', /Question 4,/);
    await s.press('6', /\[x\] None of these/);
    await s.press(KEY.enter, /Question 5,/);
    await s.press('1', /Your result/);
    const all = strip(s.raw());
    expect(all).not.toMatch(/\n\s+at /);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('umask 000: config.json is 0600 and its folder 0700', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dpc-hard-umask-'));
    const env = baseEnv({XDG_CONFIG_HOME: path.join(root, 'xdg')});
    const s = start({file: '/bin/sh', args: ['-c', `umask 000 && exec "${process.execPath}" "${cli}"`], env});
    await s.waitFor(WELCOME);
    await s.press(KEY.enter, /Question 1,/);
    await s.press('8', /\[x\] No debts/);
    await s.press(KEY.enter, /Question 2,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const file = configFile(env);
    expect(existsSync(file)).toBe(true);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect((statSync(path.dirname(file)).mode & 0o777).toString(8)).toBe('700');
    expect(readdirSync(path.dirname(file))).toEqual(['config.json']); // no temp files left behind
  });
});
