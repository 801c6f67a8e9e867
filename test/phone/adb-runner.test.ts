// The adb runner itself (source/phone/adb.ts): a program that cannot start, output over the cap, a stop, a
// time limit — each resolves once, says which, and leaves nothing of its process group behind.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {adbRunner} from '../../source/phone/adb.js';
import {until} from '../support/pty.js';

/** An executable script standing in for adb: `node -e <code>` with the arguments it was given. */
function script(code: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpc-runner-'));
  const file = path.join(dir, 'adb');
  writeFileSync(file, `#!${process.execPath}\n${code}\n`, {mode: 0o755});
  return file;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

describe('adbRunner', () => {
  it('adb that cannot be started: failedToStart, no exit code', async () => {
    const r = await adbRunner('/nonexistent/adb', {})(['devices'], {timeoutMs: 5000, maxBytes: 1000});
    expect(r).toMatchObject({failedToStart: true, code: null, timedOut: false, tooLarge: false});
  });

  it('the exit code, stdout and stderr of a normal call; the arguments as given, never through a shell', async () => {
    const file = script("process.stdout.write(JSON.stringify(process.argv.slice(2))); process.stderr.write('e'); process.exit(4)");
    const r = await adbRunner(file, {})(['shell', 'a b;c', '$(id)'], {timeoutMs: 10_000, maxBytes: 1000});
    expect(r).toEqual({code: 4, stdout: '["shell","a b;c","$(id)"]', stderr: 'e', timedOut: false, tooLarge: false, failedToStart: false});
  });

  it('more output than the cap: tooLarge, and the process group killed', async () => {
    const file = script("const b = 'x'.repeat(65536); setInterval(() => process.stdout.write(b), 1)");
    const r = await adbRunner(file, {})([], {timeoutMs: 30_000, maxBytes: 100_000});
    expect(r).toMatchObject({tooLarge: true, timedOut: false, code: null});
  });

  it('a stop, and a time limit: the call and the child it started are killed with their group', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpc-runner-pid-'));
    const pidFile = path.join(dir, 'pid');
    const file = script(
      `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'}); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000)`,
    );
    const stop = new AbortController();
    const stopped = adbRunner(file, {})([], {timeoutMs: 60_000, maxBytes: 1000, signal: stop.signal});
    await until(() => (() => {
      try {
        return readFileSync(pidFile, 'utf8').length > 0;
      } catch {
        return false;
      }
    })(), 'the child to start');
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(child)).toBe(true);
    stop.abort();
    expect(await stopped).toMatchObject({failedToStart: true, stderr: 'stopped'});
    await until(() => !alive(child), 'the stopped call’s child to be gone');

    writeFileSync(pidFile, '');
    // Long enough for the script to start its child on a busy machine; the child is checked to exist.
    const timed = await adbRunner(file, {})([], {timeoutMs: 6000, maxBytes: 1000});
    expect(timed).toMatchObject({timedOut: true, code: null});
    const second = Number(readFileSync(pidFile, 'utf8'));
    expect(second).toBeGreaterThan(0);
    await until(() => !alive(second), 'the timed-out call’s child to be gone');
  });
});
