// Copying text for the person (docs/contract.md, copy and export): the system clipboard, else the terminal's clipboard by
// OSC 52, else an owner-only file. The outcome says truthfully which one happened; nothing throws or hangs.
import {statSync} from 'node:fs';
import {isAbsolute, join} from 'node:path';
import type {Clipboard, CopyOutcome} from './types.js';
import {localDate} from '../output/dates.js';
import {writeExport} from './export.js';

export interface ClipboardOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (OSC 52 is only sent to one). */
  readonly isTTY: boolean;
  /** Writes raw bytes to the terminal, e.g. `(s) => process.stdout.write(s)`. */
  readonly writeToTerminal: (s: string) => void;
  /** Where the file fallback goes (e.g. the current folder). */
  readonly fallbackDir: string;
  /** The system clipboard; default: clipboardy, imported on first use. */
  readonly systemCopy?: (text: string) => Promise<void>;
  /** How long the system clipboard may take before it counts as failed. */
  readonly timeoutMs?: number;
  /** The clock, for the date in the fallback file's name. */
  readonly now?: () => Date;
  /** Where the system clipboard's helper would run; default: this machine's platform. */
  readonly platform?: NodeJS.Platform;
  /** Whether a display server's socket is at a path; default: the file there is a socket. */
  readonly socketAt?: (path: string) => boolean;
}

export const SYSTEM_COPY_TIMEOUT_MS = 2000;
/** Terminals cap OSC 52 payloads (hterm and others near 100 kB); beyond that a file is more honest. */
export const OSC52_MAX_BASE64 = 100_000;

const ESC = '\u001B';
const BEL = '\u0007';

async function clipboardyCopy(text: string): Promise<void> {
  const {default: clipboardy} = await import('clipboardy');
  await clipboardy.write(text);
}

/** Under SSH the native clipboard is the remote machine's: useless to the person at the keyboard. */
export function isSsh(env: ClipboardOptions['env']): boolean {
  return Boolean(env.SSH_CONNECTION || env.SSH_TTY || env.SSH_CLIENT);
}

/** `:0`, `:1.0`, `unix:0`: a display reached through a local socket. `host:0` is reached over TCP. */
const LOCAL_DISPLAY = /^(?:unix)?:(\d+)(?:\.\d+)?$/;

/** Whether `path` is a socket (a display server listening there); false when it is missing or unreadable. */
function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

/**
 * Whether the system clipboard can be used without opening a network socket. On Linux and the BSDs it is a
 * helper (xsel, xclip, wl-copy) talking to the display server: only for a local X display whose socket
 * exists (`/tmp/.X11-unix/X<n>`: with it missing, as for a stale DISPLAY, libxcb falls back to TCP on
 * 127.0.0.1:600n), or Wayland with its socket in place (`$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY`) and no X
 * display set, which xsel would be handed too. macOS and Windows have a local clipboard of their own.
 */
export function localClipboard(
  env: ClipboardOptions['env'],
  platform: NodeJS.Platform = process.platform,
  socketAt: (path: string) => boolean = isSocket,
): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  const display = env.DISPLAY;
  if (display) {
    const local = LOCAL_DISPLAY.exec(display);
    return local !== null && socketAt(`/tmp/.X11-unix/X${local[1]}`);
  }
  const wayland = env.WAYLAND_DISPLAY;
  if (!wayland) return false;
  if (isAbsolute(wayland)) return socketAt(wayland);
  return Boolean(env.XDG_RUNTIME_DIR) && isAbsolute(env.XDG_RUNTIME_DIR!) && socketAt(join(env.XDG_RUNTIME_DIR!, wayland));
}

/**
 * The OSC 52 sequence for `text`. Inside tmux it is sent twice: raw (tmux forwards it itself when
 * `set -g set-clipboard on`) and wrapped in a DCS passthrough (tmux 3.3+ forwards it with
 * `set -g allow-passthrough on`); with neither option tmux drops both silently. GNU screen is not handled.
 */
export function osc52(text: string, env: ClipboardOptions['env']): string {
  const sequence = `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
  if (!env.TMUX) return sequence;
  return `${sequence}${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ESC}\\`;
}

/** The Linux console and dumb terminals have no clipboard to set. */
/** tmux or GNU screen between the program and the terminal: the sequence reaches the terminal only if it lets it. */
function multiplexer(env: ClipboardOptions['env']): {via?: 'tmux' | 'screen'} {
  if (env.TMUX) return {via: 'tmux'};
  if (env.STY) return {via: 'screen'};
  return {};
}

function terminalMayHaveClipboard(env: ClipboardOptions['env']): boolean {
  return env.TERM !== 'dumb' && env.TERM !== 'linux';
}

/** Resolves true when `run` succeeds within `ms`, false when it fails, throws or takes longer. */
function succeedsWithin(run: () => Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    try {
      run().then(
        () => settle(true),
        () => settle(false),
      );
    } catch {
      settle(false);
    }
  });
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 157)}...` : message;
}

export function createClipboard(options: ClipboardOptions): Clipboard {
  const systemCopy = options.systemCopy ?? clipboardyCopy;
  const timeoutMs = options.timeoutMs ?? SYSTEM_COPY_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());

  const tryOsc52 = (text: string): boolean => {
    if (!options.isTTY || !terminalMayHaveClipboard(options.env)) return false;
    if (Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 > OSC52_MAX_BASE64) return false;
    try {
      options.writeToTerminal(osc52(text, options.env));
      return true;
    } catch {
      return false;
    }
  };

  return {
    async copy(text: string): Promise<CopyOutcome> {
      try {
        const system = !isSsh(options.env) && localClipboard(options.env, options.platform, options.socketAt);
        if (system && (await succeedsWithin(() => systemCopy(text), timeoutMs))) return {method: 'system'};
        if (tryOsc52(text)) return {method: 'osc52', ...multiplexer(options.env)};
        const path = writeExport(options.fallbackDir, `debt-privacy-check-${localDate(now())}.txt`, text);
        return {method: 'file', path};
      } catch (error) {
        return {method: 'failed', reason: describe(error)};
      }
    },
  };
}
