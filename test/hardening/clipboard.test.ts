// Hardening (issue 5): copying from the results screen never crashes and always says truthfully what
// happened — no display and no tools, a clipboard tool that hangs, a terminal without a clipboard, and SSH.
import {chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it, onTestFinished} from 'vitest';
import {answerShortestPath, baseEnv, KEY, type Session, start, strip} from '../support/pty.js';
import {deadDisplay, listeningDisplay} from '../support/x-display.js';

const OSC52 = /\u001B\]52;c;([A-Za-z0-9+/=]+)(?:\u0007|\u001B\\)/;

/** A folder with a fake `xsel` (what clipboardy runs on Linux) that records what it was given, or hangs. */
function fakeXsel(behaviour: 'record' | 'hang'): {bin: string; log: string} {
  const bin = mkdtempSync(path.join(tmpdir(), 'dpc-fake-xsel-'));
  const log = path.join(bin, 'copied.txt');
  const script = behaviour === 'record' ? `#!/bin/sh\ncat > "${log}"\n` : '#!/bin/sh\nexec sleep 20\n';
  writeFileSync(path.join(bin, 'xsel'), script);
  chmodSync(path.join(bin, 'xsel'), 0o755);
  return {bin, log};
}

async function toResults(s: Session): Promise<void> {
  await s.waitFor(/Enter start/);
  await s.press(KEY.enter, /Question 1,/);
  await answerShortestPath(s);
}

async function quit(s: Session, timeoutMs = 15_000): Promise<void> {
  s.write('q');
  expect((await s.waitExit(timeoutMs)).exitCode, 'still running after the copy, quits normally').toBe(0);
}

describe('clipboard failures never crash', () => {
  it('no DISPLAY and no clipboard tool: the text goes by OSC 52 and the screen says so', async () => {
    const s = start({env: baseEnv(), cols: 100});
    await toResults(s);
    const seen = await s.press('c', /terminal's clipboard/);
    expect(seen).not.toMatch(/Copied to the clipboard/);
    const sent = OSC52.exec(s.raw());
    expect(sent, 'an OSC 52 sequence was written').not.toBeNull();
    expect(Buffer.from(sent![1]!, 'base64').toString('utf8')).toMatch(/Check app permissions regularly/);
    await s.press('d', /Documents ready to send/); // still responding to keys: the documents open
    await quit(s);
  });

  it('a terminal without a clipboard (the Linux console, TERM=linux): the text is written to an owner-only file and its path shown', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'dpc-copy-file-'));
    const s = start({env: baseEnv({TERM: 'linux'}), cwd, cols: 120});
    await toResults(s);
    const seen = await s.press('c', /No clipboard is available here/);
    expect(s.raw()).not.toMatch(OSC52);
    const files = readdirSync(cwd);
    expect(files).toHaveLength(1);
    const file = path.join(cwd, files[0]!);
    expect(seen.replace(/\s+/g, '')).toContain(file.replace(/\s+/g, ''));
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(readFileSync(file, 'utf8')).toMatch(/Check app permissions regularly/);
    await quit(s);
  });

  it('a system clipboard tool that hangs: gives up within seconds, falls back, keys keep working', async () => {
    const {bin} = fakeXsel('hang');
    const x = await listeningDisplay();
    onTestFinished(() => x.close());
    const s = start({env: baseEnv({PATH: `${bin}:${process.env.PATH}`, DISPLAY: x.display}), cols: 100});
    await toResults(s);
    const started = Date.now();
    await s.press('c', /terminal's clipboard/, 10_000);
    expect(Date.now() - started).toBeLessThan(8000);
    // Quitting must not wait for the stuck tool (here it would take 20 s; a truly stuck xsel, forever).
    await quit(s, 6000);
  });

  it('a working system clipboard is used (control), but never under SSH_CONNECTION', async () => {
    const local = fakeXsel('record');
    const x = await listeningDisplay();
    onTestFinished(() => x.close());
    const s = start({env: baseEnv({PATH: `${local.bin}:${process.env.PATH}`, DISPLAY: x.display}), cols: 100});
    await toResults(s);
    await s.press('c', /Copied to the clipboard/);
    expect(readFileSync(local.log, 'utf8')).toMatch(/Check app permissions regularly/);
    await quit(s);

    const remote = fakeXsel('record');
    const r = start({
      env: baseEnv({PATH: `${remote.bin}:${process.env.PATH}`, DISPLAY: x.display, SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22'}),
      cols: 100,
    });
    await toResults(r);
    const seen = await r.press('c', /terminal's clipboard/);
    expect(seen).not.toMatch(/Copied to the clipboard/);
    expect(existsSync(remote.log), 'the remote machine clipboard tool was not run').toBe(false);
    expect(strip(r.raw())).not.toMatch(/\n\s+at /);
    await quit(r);
  });

  it('a local display no X server listens on (a stale DISPLAY=:7): the tool is not run; OSC 52 instead', async () => {
    const tool = fakeXsel('record');
    const s = start({env: baseEnv({PATH: `${tool.bin}:${process.env.PATH}`, DISPLAY: deadDisplay()}), cols: 100});
    await toResults(s);
    await s.press('c', /terminal's clipboard/);
    expect(existsSync(tool.log), 'xsel was not run').toBe(false);
    await quit(s);
  });
});
