// A closed terminal window (docs/cli.md, exit codes): the pty's master goes away, reads and writes fail
// with EIO and SIGHUP arrives. The built CLI must leave with 129, its progress saved, without Node's native
// assertion (ResetStdio aborting: SIGABRT, or SIGSEGV) and without a stack trace, in the interface and in
// --plain. node-pty's destroy() closes the master and sends SIGHUP, as closing a window does; tmux
// kill-session does the same to a real terminal.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {baseEnv, KEY, launcher, requireBuiltCli, type Session, until} from '../support/pty.js';

const launch = launcher();

function savedAnswers(env: Record<string, string>): Record<string, unknown> | undefined {
  const file = path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as {answers: Record<string, unknown>}).answers : undefined;
}

/** Closes the terminal under the program, as closing its window does, and waits for the program to end. */
async function closeTerminal(s: Session) {
  (s.pty as unknown as {destroy(): void}).destroy();
  return s.waitExit();
}

describe('closing the terminal window', () => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    test(`the interface at question 2 leaves with 129, its answer saved (attempt ${attempt})`, async () => {
      const env = baseEnv();
      const s = launch(env);
      await s.waitFor('Enter start');
      await s.press(KEY.enter, /Question 1,/);
      await s.press('1', /> 1\. \[x\]/);
      await s.press(KEY.enter, /Question 2,/);
      const exit = await closeTerminal(s);
      expect(exit).toEqual({exitCode: 129, signal: 0});
      expect(savedAnswers(env)).toEqual({lenders: ['credit_card']});
    });
  }

  test('the interface on the welcome screen, nothing answered: 129, nothing written', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('Enter start');
    expect(await closeTerminal(s)).toEqual({exitCode: 129, signal: 0});
    expect(savedAnswers(env)).toBeUndefined();
  });

  for (let attempt = 1; attempt <= 2; attempt++) {
    test(`--plain waiting for an answer leaves with 129, its answer saved (attempt ${attempt})`, async () => {
      const env = baseEnv();
      const s = launch(env, {args: ['--plain']});
      await s.waitFor('Your answer');
      await s.press('1\r', /Question 2,/);
      await s.waitFor('Your answer (one number)');
      const exit = await closeTerminal(s);
      expect(exit).toEqual({exitCode: 129, signal: 0});
      expect(savedAnswers(env)).toEqual({lenders: ['credit_card']});
    });
  }

  test('--answers - waiting for answers typed at the keyboard: 129, not an error about the input', async () => {
    const s = launch(baseEnv(), {args: ['--answers', '-']});
    await s.waitFor('press Ctrl+D when done');
    s.write('{"answers": {');
    expect(await closeTerminal(s)).toEqual({exitCode: 129, signal: 0});
  });
});

// tmux: a real terminal whose window is killed. The shell around the program ignores SIGHUP only to live on
// and write down the program's exit code (the program sets its own handler).
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('tmux kill-session', () => {
  const socket = `dpc-closed-${process.pid}`;
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  for (const args of [[], ['--plain']]) {
    test(`${args.join(' ') || 'the interface'}: 129, progress saved, nothing on stderr`, async () => {
      const env = baseEnv();
      const dir = fs.mkdtempSync(path.join(env.HOME!, 'run-'));
      const vars = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
      const cli = [JSON.stringify(process.execPath), JSON.stringify(requireBuiltCli()), ...args].join(' ');
      const script = `trap "" HUP; env -i ${vars.join(' ')} ${cli} 2>${dir}/stderr; echo $? > ${dir}/rc`;
      const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, ...a], {encoding: 'utf8'});
      tmux('new-session', '-d', '-s', 'w', '-x', '80', '-y', '24', script);
      const screen = () => tmux('capture-pane', '-p', '-t', 'w');
      if (args.length === 0) {
        await until(() => screen().includes('Enter start'), 'the welcome screen');
        tmux('send-keys', '-t', 'w', 'Enter');
        await until(() => screen().includes('Question 1,'), 'question 1');
        tmux('send-keys', '-t', 'w', '1');
        await until(() => screen().includes('[x]'), 'the tick');
        tmux('send-keys', '-t', 'w', 'Enter');
      } else {
        await until(() => screen().includes('Your answer'), 'the first prompt');
        tmux('send-keys', '-t', 'w', '1', 'Enter');
      }
      await until(() => screen().includes('Question 2,'), 'question 2');
      tmux('kill-session', '-t', 'w');
      await until(() => fs.existsSync(path.join(dir, 'rc')) && fs.readFileSync(path.join(dir, 'rc'), 'utf8').endsWith('\n'), 'the exit code');
      expect(fs.readFileSync(path.join(dir, 'rc'), 'utf8').trim()).toBe('129');
      // Nothing but, at most, the cursor shown again (written by Ink's cursor handling to stderr).
      expect(fs.readFileSync(path.join(dir, 'stderr'), 'utf8').replaceAll('\u001B[?25h', '')).toBe('');
      expect(savedAnswers(env)).toEqual({lenders: ['credit_card']});
    });
  }
});
