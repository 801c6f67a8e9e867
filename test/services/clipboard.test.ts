import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {type ClipboardOptions, createClipboard, localClipboard, osc52, SYSTEM_COPY_TIMEOUT_MS} from '../../source/services/clipboard.js';

const TEXT = '立即\n☐ 保存证据 (save evidence)\n';
const BASE64 = Buffer.from(TEXT, 'utf8').toString('base64');
const OSC = `\u001B]52;c;${BASE64}\u0007`;
const NOW = new Date(2026, 10, 28, 23, 30); // local time: the file name uses the local date

let dir: string;
let written: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-clip-'));
  written = [];
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, {recursive: true, force: true});
});

const ok = () => Promise.resolve();
const fail = () => Promise.reject(new Error("Couldn't find the xsel binary"));

const X0 = '/tmp/.X11-unix/X0';
const WAYLAND0 = '/run/user/1000/wayland-0';
/** Sockets in place for display :0 (and :1) and Wayland's wayland-0; none for any other. */
const sockets = (at: string) => [X0, '/tmp/.X11-unix/X1', '/tmp/.X11-unix/X12', WAYLAND0].includes(at);

function clip(overrides: Partial<ClipboardOptions>) {
  return createClipboard({
    // A local X display with its socket: the system clipboard may be tried (see 'the display' below).
    env: {DISPLAY: ':0'},
    socketAt: (at) => at === X0,
    isTTY: true,
    writeToTerminal: (s) => {
      written.push(s);
    },
    fallbackDir: dir,
    systemCopy: ok,
    now: () => NOW,
    ...overrides,
  });
}

describe('createClipboard', () => {
  it('uses the system clipboard when it works, and sends nothing to the terminal', async () => {
    const systemCopy = vi.fn(ok);
    expect(await clip({systemCopy}).copy(TEXT)).toEqual({method: 'system'});
    expect(systemCopy).toHaveBeenCalledWith(TEXT);
    expect(written).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('falls back to OSC 52 on a terminal when the system clipboard fails', async () => {
    expect(await clip({systemCopy: fail}).copy(TEXT)).toEqual({method: 'osc52'});
    expect(written).toEqual([OSC]);
  });

  it('treats a systemCopy that throws synchronously like a failure', async () => {
    const systemCopy = () => {
      throw new Error('boom');
    };
    expect(await clip({systemCopy}).copy(TEXT)).toEqual({method: 'osc52'});
  });

  it('skips the native clipboard under SSH (it would copy on the remote machine) and uses OSC 52', async () => {
    for (const env of [{SSH_CONNECTION: '10.0.0.2 51000 10.0.0.1 22'}, {SSH_TTY: '/dev/pts/3'}]) {
      const systemCopy = vi.fn(ok);
      expect(await clip({env, systemCopy}).copy(TEXT)).toEqual({method: 'osc52'});
      expect(systemCopy).not.toHaveBeenCalled();
    }
    expect(written).toEqual([OSC, OSC]);
  });

  it('inside tmux sends the sequence raw and wrapped for passthrough', async () => {
    expect(await clip({env: {TMUX: '/tmp/tmux-0/default,1,0'}, systemCopy: fail}).copy(TEXT)).toEqual({method: 'osc52', via: 'tmux'});
    expect(written).toEqual([`${OSC}\u001BPtmux;\u001B${OSC}\u001B\\`]);
    expect(osc52('a', {})).toBe('\u001B]52;c;YQ==\u0007');
  });

  it('says when GNU screen sits between it and the terminal', async () => {
    expect(await clip({env: {STY: '1234.pts-0.host'}, systemCopy: fail}).copy(TEXT)).toEqual({method: 'osc52', via: 'screen'});
  });

  it('gives up on a hanging system clipboard after the timeout and carries on with OSC 52', async () => {
    vi.useFakeTimers();
    const pending = clip({systemCopy: () => new Promise<void>(() => {})}).copy(TEXT);
    let outcome: unknown;
    void pending.then((o) => {
      outcome = o;
    });
    await vi.advanceTimersByTimeAsync(SYSTEM_COPY_TIMEOUT_MS - 1);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toEqual({method: 'osc52'});
  });

  it('writes an owner-only file when stdout is not a terminal, and says where', async () => {
    const outcome = await clip({systemCopy: fail, isTTY: false}).copy(TEXT);
    const file = path.join(dir, 'debt-privacy-check-2026-11-28.txt');
    expect(outcome).toEqual({method: 'file', path: file});
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(written).toEqual([]);
  });

  it('writes a file under SSH without a terminal, never touching the native clipboard', async () => {
    const systemCopy = vi.fn(ok);
    const outcome = await clip({env: {SSH_CONNECTION: 'x'}, isTTY: false, systemCopy}).copy(TEXT);
    expect(outcome).toMatchObject({method: 'file'});
    expect(systemCopy).not.toHaveBeenCalled();
  });

  it('does not claim OSC 52 on terminals without a clipboard (TERM=linux, dumb)', async () => {
    for (const TERM of ['linux', 'dumb']) {
      expect(await clip({env: {TERM}, systemCopy: fail}).copy(TEXT)).toMatchObject({method: 'file'});
    }
    expect(written).toEqual([]);
  });

  it('writes a file when writing to the terminal fails', async () => {
    const writeToTerminal = () => {
      throw new Error('EPIPE');
    };
    expect(await clip({systemCopy: fail, writeToTerminal}).copy(TEXT)).toMatchObject({method: 'file'});
  });

  it('writes a file instead of an OSC 52 payload too large for terminals', async () => {
    const big = 'x'.repeat(200_000);
    expect(await clip({systemCopy: fail}).copy(big)).toMatchObject({method: 'file'});
    expect(written).toEqual([]);
  });

  it('does not overwrite an earlier fallback file', async () => {
    const c = clip({systemCopy: fail, isTTY: false});
    await c.copy('first');
    expect(await c.copy('second')).toEqual({method: 'file', path: path.join(dir, 'debt-privacy-check-2026-11-28-2.txt')});
    expect(fs.readFileSync(path.join(dir, 'debt-privacy-check-2026-11-28.txt'), 'utf8')).toBe('first');
  });

  it('reports failed with a reason, without throwing, when even the file cannot be written', async () => {
    const outcome = await clip({systemCopy: fail, isTTY: false, fallbackDir: path.join(dir, 'missing')}).copy(TEXT);
    expect(outcome.method).toBe('failed');
    expect((outcome as {reason: string}).reason).toMatch(/ENOENT/);
  });
});

// The real clipboardy on a Linux machine without a display (CI, SSH without forwarding): it fails with a
// misleading "xsel" error, which must end in a truthful fallback, not a crash.
const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
it.runIf(headlessLinux)('with the real clipboardy and no display, falls back to a file', async () => {
  const outcome = await createClipboard({env: {}, isTTY: false, writeToTerminal: () => {}, fallbackDir: dir}).copy(TEXT);
  expect(outcome).toMatchObject({method: 'file'});
  expect(fs.readFileSync((outcome as {path: string}).path, 'utf8')).toBe(TEXT);
});

// xsel and xclip reach a DISPLAY naming a host over TCP: the helper is run only for a local display or
// Wayland (docs/contract.md, copy and export).
describe('the display', () => {
  it.each([
    [':0', true],
    [':1.0', true],
    ['unix:0', true],
    ['unix:12.1', true],
    ['192.0.2.1:0', false],
    ['localhost:10.0', false],
    ['remote.example:0', false],
    ['[::1]:0', false],
    ['/tmp/.X11-unix/X0', false],
    // A local display with no server listening (a stale DISPLAY): xsel would fall back to TCP 127.0.0.1:6007.
    [':7', false],
    ['unix:7.0', false],
  ])('DISPLAY=%s: a local clipboard helper? %s', (display, local) => {
    expect(localClipboard({DISPLAY: display}, 'linux', sockets)).toBe(local);
  });

  it('Wayland only with its socket in place; with a DISPLAY set as well, that display decides (xsel would be handed it)', () => {
    const runtime = {XDG_RUNTIME_DIR: '/run/user/1000'};
    expect(localClipboard({...runtime, WAYLAND_DISPLAY: 'wayland-0'}, 'linux', sockets)).toBe(true);
    expect(localClipboard({WAYLAND_DISPLAY: WAYLAND0}, 'linux', sockets)).toBe(true);
    expect(localClipboard({...runtime, WAYLAND_DISPLAY: 'wayland-1'}, 'linux', sockets)).toBe(false);
    expect(localClipboard({WAYLAND_DISPLAY: 'wayland-0'}, 'linux', sockets)).toBe(false);
    expect(localClipboard({XDG_RUNTIME_DIR: 'run', WAYLAND_DISPLAY: 'wayland-0'}, 'linux', () => true)).toBe(false);
    expect(localClipboard({...runtime, WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0'}, 'linux', sockets)).toBe(true);
    expect(localClipboard({...runtime, WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':7'}, 'linux', sockets)).toBe(false);
    expect(localClipboard({...runtime, WAYLAND_DISPLAY: 'wayland-0', DISPLAY: '10.0.0.2:0'}, 'linux', sockets)).toBe(false);
    expect(localClipboard({}, 'linux', sockets)).toBe(false);
  });

  it('the socket test by default reads the file system: a missing path is no display', () => {
    expect(localClipboard({DISPLAY: ':4711'}, 'linux')).toBe(false);
  });

  it('macOS and Windows have a clipboard of their own', () => {
    expect(localClipboard({}, 'darwin')).toBe(true);
    expect(localClipboard({DISPLAY: 'host:0'}, 'win32')).toBe(true);
  });

  it('with DISPLAY=:7 and no server on it, the helper is never started: OSC 52 instead', async () => {
    const systemCopy = vi.fn(ok);
    const outcome = await clip({env: {DISPLAY: ':7'}, systemCopy, platform: 'linux'}).copy(TEXT);
    expect(systemCopy).not.toHaveBeenCalled();
    expect(outcome).toEqual({method: 'osc52'});
  });

  it('with DISPLAY naming a host the helper is never started: OSC 52 instead, said truthfully', async () => {
    const systemCopy = vi.fn(ok);
    const outcome = await clip({env: {DISPLAY: '192.0.2.1:0'}, systemCopy, platform: 'linux'}).copy(TEXT);
    expect(systemCopy).not.toHaveBeenCalled();
    expect(outcome).toEqual({method: 'osc52'});
    expect(written).toEqual([OSC]);
  });
});
