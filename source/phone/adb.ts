// Runs adb: found through $ADB or the PATH, started with an argument list (never through a shell on this
// computer), each call with a time limit and a cap on how much output it may return.
import {execFile} from 'node:child_process';
import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';

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
}

export type AdbRunner = (args: readonly string[], options: RunOptions) => Promise<AdbResult>;

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `$ADB` when it names an executable file, else the first `adb` on the PATH. */
export function findAdb(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.ADB) return isExecutableFile(env.ADB) ? env.ADB : undefined;
  const names = process.platform === 'win32' ? ['adb.exe', 'adb'] : ['adb'];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const file = path.join(dir, name);
      if (isExecutableFile(file)) return file;
    }
  }
  return undefined;
}

export function adbRunner(file: string, env: Readonly<Record<string, string | undefined>>): AdbRunner {
  return (args, {timeoutMs, maxBytes}) =>
    new Promise((resolve) => {
      execFile(
        file,
        [...args],
        {env: env as NodeJS.ProcessEnv, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxBytes, encoding: 'utf8', windowsHide: true},
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
