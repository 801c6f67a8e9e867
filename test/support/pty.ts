// Real-terminal sessions of the BUILT cli (dist/cli.js) in a pseudo-terminal, for hardening tests.
// Each key is written on its own and the test waits for the screen text it expects (never a fixed sleep).
import {spawn as spawnChild} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {type IPty, spawn} from '@lydell/node-pty';
import {afterEach} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers, AnswerValue} from '../../source/engine/conditions.js';
import {visibleQuestions} from '../../source/engine/questionnaire.js';
import {keyFor} from './answers.js';

const BEGIN_FRAME = '\u001B[?2026h';
const END_FRAME = '\u001B[?2026l';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Fails clearly when the bundle is missing (`npm test` builds it first; alone, run `npm run build`). */
export function requireBuiltCli(): string {
  // Only the e2e project rebuilds dist/ when it is stale (vitest.config.ts): elsewhere it could be any build.
  if (process.env.DPC_E2E !== '1') throw new Error('this test runs the built CLI: list it in the e2e project of vitest.config.ts');
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  return CLI;
}

/** The built CLI with its output piped to a reader that has already left: its exit code and its stderr. */
export async function toLeftReader(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; stderr: string}> {
  const child = spawnChild(process.execPath, [requireBuiltCli(), ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {code, stderr};
}

// CSI (incl. private modes), OSC (BEL or ST terminated), DCS/other ESC sequences, and stray C0 controls but \n.
const ANSI =
  /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][\s\S]*?(?:\u0007|\u001B\\)|\u001BP[\s\S]*?\u001B\\|\u001B[@-Z\\-_]|[\u0000-\u0009\u000B-\u001F\u007F]/g;

export function strip(text: string): string {
  return text.replace(ANSI, '');
}

export const KEY = {
  enter: '\r',
  space: ' ',
  ctrlC: '\u0003',
  down: '\u001B[B',
  up: '\u001B[A',
  backspace: '\u007F',
  pageDown: '\u001B[6~',
} as const;

/** A minimal environment: no CI (Ink would render nothing), no DISPLAY, no SSH, a private HOME and config folder. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const home = mkdtempSync(path.join(tmpdir(), 'dpc-hard-home-'));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'en_US.UTF-8',
    TERM: 'xterm-256color',
    XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'dpc-hard-cfg-')),
    ...extra,
  };
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export interface Exit {
  readonly exitCode: number;
  readonly signal?: number;
}

export interface Session {
  readonly pty: IPty;
  /** Everything the program wrote, escape codes included. */
  raw(): string;
  /** Everything written since the last mark(), stripped of escape codes. */
  sinceMark(): string;
  mark(): void;
  /** Waits until `pattern` appears in the output written since the last mark. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** mark(), write `key`, then wait for `expect` in what follows. */
  press(key: string, expect: string | RegExp, timeoutMs?: number): Promise<string>;
  write(data: string): void;
  /** The last complete frame Ink painted, stripped. */
  lastFrame(): string;
  /** Waits until a frame Ink began writing since the last mark() is complete; resolves with sinceMark(). */
  frameDone(timeoutMs?: number): Promise<string>;
  readonly exit: Promise<Exit>;
  /** Waits for exit, killing the process after `timeoutMs`. */
  waitExit(timeoutMs?: number): Promise<Exit>;
}

export interface StartOptions {
  readonly args?: readonly string[];
  readonly env?: Record<string, string>;
  readonly cols?: number;
  readonly rows?: number;
  readonly cwd?: string;
  /** Run this file instead of `node` (e.g. /bin/sh or strace); `args` are then its arguments. */
  readonly file?: string;
}

export function start(options: StartOptions = {}): Session {
  const file = options.file ?? process.execPath;
  const args = options.file ? [...(options.args ?? [])] : [requireBuiltCli(), ...(options.args ?? [])];
  const env = options.env ?? baseEnv();
  const pty = spawn(file, args, {
    name: env.TERM ?? 'xterm-256color',
    cols: options.cols ?? 80,
    rows: options.rows ?? 30,
    cwd: options.cwd ?? mkdtempSync(path.join(tmpdir(), 'dpc-hard-cwd-')),
    env,
  });
  let raw = '';
  let markAt = 0;
  const waiters = new Set<() => void>();
  pty.onData((data) => {
    raw += data;
    for (const check of [...waiters]) check();
  });
  let exited: Exit | undefined;
  const exit = new Promise<Exit>((resolve) => {
    pty.onExit((e) => {
      exited = e;
      for (const check of [...waiters]) check();
      resolve(e);
    });
  });

  const sinceMark = () => strip(raw.slice(markAt));

  /** Waits until `found` holds of what was written since the last mark. */
  const waitUntil = (found: () => boolean, what: string, timeoutMs = 15_000) =>
    new Promise<string>((resolve, reject) => {
      const done = () => {
        waiters.delete(check);
        clearTimeout(timer);
      };
      const check = () => {
        if (found()) {
          done();
          resolve(sinceMark());
        } else if (exited) {
          done();
          reject(new Error(`exited (${JSON.stringify(exited)}) before ${what}; last output:\n${sinceMark().slice(-1500)}`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last output:\n${sinceMark().slice(-1500)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const waitFor = (pattern: string | RegExp, timeoutMs = 15_000) =>
    waitUntil(
      () => (typeof pattern === 'string' ? sinceMark().includes(pattern) : pattern.test(sinceMark())),
      `${String(pattern)} to appear`,
      timeoutMs,
    );
  // Ink writes each frame between the terminal's synchronized-output marks: the end mark closes a frame. The
  // frame must have begun after the mark: the end of one begun before it (still arriving when the mark was
  // set, as on a loaded machine) is not the frame the key asked for.
  const frameDone = (timeoutMs = 15_000) =>
    waitUntil(
      () => {
        const since = raw.slice(markAt);
        const begun = since.indexOf(BEGIN_FRAME);
        return begun >= 0 && since.lastIndexOf(END_FRAME) > since.lastIndexOf(BEGIN_FRAME);
      },
      'a complete frame',
      timeoutMs,
    );

  const session: Session = {
    pty,
    raw: () => raw,
    sinceMark,
    mark: () => {
      markAt = raw.length;
    },
    waitFor,
    frameDone,
    press(key, expect, timeoutMs) {
      session.mark();
      pty.write(key);
      return waitFor(expect, timeoutMs);
    },
    write: (data) => pty.write(data),
    lastFrame: () => lastFrame(raw),
    exit,
    async waitExit(timeoutMs = 15_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          try {
            pty.kill('SIGKILL');
          } catch {
            // already gone
          }
          reject(new Error(`did not exit within ${timeoutMs} ms; last output:\n${strip(raw).slice(-1500)}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([exit, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
  return session;
}

/**
 * The last frame Ink painted. Ink 6 wraps each frame in synchronized-output marks (CSI ?2026h … ?2026l) and
 * starts it by erasing the previous one; fall back to the erase sequence when the marks are absent.
 */
export function lastFrame(raw: string): string {
  let frames = raw.split('\u001B[?2026h');
  if (frames.length === 1) frames = raw.split(/(?:\u001B\[2K\u001B\[1A)+\u001B\[2K\u001B\[G/);
  for (let i = frames.length - 1; i >= 0; i--) {
    const text = strip(frames[i]!.split('\u001B[?2026l')[0]!);
    if (text.trim() !== '') return text;
  }
  return '';
}

/**
 * Answers the questionnaire in a terminal session as a person would, one key at a time, waiting for each
 * screen: from the question on screen to the results, every question `answers` shows, with the keys the
 * content gives its options (keyFor). `answers` must answer every question on its path.
 */
export async function answerAll(s: Session, answers: Answers): Promise<void> {
  const given: Record<string, AnswerValue> = {};
  const path = visibleQuestions(content.questions, answers);
  for (const [i, q] of path.entries()) {
    const value = answers[q.id];
    if (value === undefined) throw new Error(`answerAll: no answer for "${q.id}"`);
    const next = i + 1 < path.length ? new RegExp(`Question ${i + 2},`) : /Risk level/;
    if (q.type === 'single') {
      await s.press(keyFor(q.id, value as string, given), next);
    } else {
      for (const one of value as readonly string[]) {
        const key = keyFor(q.id, one, given);
        await s.press(key, new RegExp(`> ${key === '0' ? 10 : key}\\. \\[x\\]`));
      }
      await s.press(KEY.enter, next);
    }
    given[q.id] = value;
  }
}

/** Answers the shortest full path (no debt) from the first question to the results screen. */
export async function answerShortestPath(s: Session): Promise<void> {
  await answerAll(s, {lenders: ['none'], someone_elses_debt: 'no', phone: 'other_android', app_permissions: ['none'], wellbeing: 'coping'});
}

/** A launcher for a test file: every session it starts is killed after each test. */
export function launcher(): (env: Record<string, string>, options?: Omit<StartOptions, 'env'>) => Session {
  const sessions: Session[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) {
      try {
        s.pty.kill();
      } catch {
        // already exited
      }
    }
  });
  return (env, options = {}) => {
    const session = start({env, ...options});
    sessions.push(session);
    return session;
  };
}

/** Polls `check` every 50 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
