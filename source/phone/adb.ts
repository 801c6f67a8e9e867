// Runs adb (found by find-adb.ts), started with an argument list (never through a shell on this computer),
// each call with a time limit and a cap on how much output it may return.
import {execFile} from 'node:child_process';

export {findAdb} from './find-adb.js';

export interface AdbResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly tooLarge: boolean;
  /** adb itself could not be started. */
  readonly failedToStart: boolean;
}

export interface RunOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** Stops the call (the person left the screen that asked for it); it then reports failedToStart. */
  readonly signal?: AbortSignal;
}

export type AdbRunner = (args: readonly string[], options: RunOptions) => Promise<AdbResult>;

/** DEBT_PRIVACY_CHECK_ADB_TIMEOUT_MS: one time limit for every adb call (a very slow phone; tests of a hung one). */
export function adbTimeout(env: Readonly<Record<string, string | undefined>>): {readonly timeoutMs?: number} {
  const timeout = Number(env.DEBT_PRIVACY_CHECK_ADB_TIMEOUT_MS);
  return timeout > 0 ? {timeoutMs: timeout} : {};
}

export function adbRunner(file: string, env: Readonly<Record<string, string | undefined>>): AdbRunner {
  return (args, {timeoutMs, maxBytes, signal}) =>
    new Promise((resolve) => {
      execFile(
        file,
        [...args],
        {
          env: env as NodeJS.ProcessEnv,
          timeout: timeoutMs,
          killSignal: 'SIGKILL',
          maxBuffer: maxBytes,
          encoding: 'utf8',
          windowsHide: true,
          ...(signal ? {signal} : {}),
        },
        (error, stdout, stderr) => {
          const e = error as (NodeJS.ErrnoException & {killed?: boolean; code?: number | string}) | null;
          const tooLarge = e?.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
          const failedToStart = typeof e?.code === 'string' && !tooLarge;
          resolve({
            code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
            stdout: String(stdout ?? ''),
            stderr: String(stderr ?? ''),
            timedOut: Boolean(e?.killed) && !tooLarge,
            tooLarge,
            failedToStart,
          });
        },
      );
    });
}
