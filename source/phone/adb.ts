// Runs adb (found by find-adb.ts), started with an argument list (never through a shell on this computer),
// each call with a time limit and a cap on how much output it may return. Each call runs in a process group
// of its own: at the time limit, on a stop, or when the output is too large, the whole group is killed, so an
// adb wrapper's children do not outlive the call.
import {childProcess} from '../platform/node.js';

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

const GROUPS = process.platform !== 'win32';

export function adbRunner(file: string, env: Readonly<Record<string, string | undefined>>): AdbRunner {
  return (args, {timeoutMs, maxBytes, signal}) =>
    new Promise((resolve) => {
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let size = 0;
      let timedOut = false;
      let tooLarge = false;
      let stopped = false;
      let failed: Error | undefined;
      const child = childProcess().spawn(file, [...args], {
        env: env as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        // A group of its own (on POSIX a new session: adb needs no terminal, and Ctrl+C is this program's).
        detached: GROUPS,
        windowsHide: true,
      });
      const killGroup = () => {
        try {
          if (GROUPS && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          else child.kill('SIGKILL');
        } catch {
          // already gone
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, timeoutMs);
      const onAbort = () => {
        stopped = true;
        killGroup();
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, {once: true});
      const collect = (into: Buffer[]) => (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          if (!tooLarge) killGroup();
          tooLarge = true;
          return;
        }
        into.push(chunk);
      };
      child.stdout.on('data', collect(out));
      child.stderr.on('data', collect(err));
      child.on('error', (error) => {
        failed = error;
      });
      // A process that left the group may still hold the pipes: once the call was stopped, stop listening too.
      child.on('exit', () => {
        if (timedOut || stopped || tooLarge) {
          child.stdout.destroy();
          child.stderr.destroy();
        }
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        // The call is over; anything it left in its group goes with it.
        if (GROUPS && (timedOut || stopped || tooLarge)) killGroup();
        const stderr = Buffer.concat(err).toString('utf8');
        resolve({
          code: failed || timedOut || stopped || tooLarge ? null : code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: failed ? failed.message : stopped ? 'stopped' : stderr,
          timedOut: timedOut && !tooLarge,
          tooLarge,
          failedToStart: failed !== undefined || stopped,
        });
      });
    });
}
