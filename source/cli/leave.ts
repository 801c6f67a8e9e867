// Signals and leaving, for every mode (docs/cli.md, exit codes): Ctrl+C (130), SIGTERM (143) and a terminal
// that went away (129: SIGHUP, or EIO on a read or a write) all come here. The mode that is running says
// what leaving means for it (save, say goodbye) by registering a handler; the last registered one is asked.
//
// A closed terminal: reads and writes fail with EIO, and Node's own exit restores the terminal's settings
// on the descriptors it saw as terminals at start and aborts (a native stack, SIGABRT or SIGSEGV) when that
// fails. So as soon as the terminal is known to be gone, descriptors 0-2 that were that terminal are
// pointed at /dev/null: what is still written goes nowhere, quietly, and Node's exit leaves them alone.
import {fs} from '../platform/node.js';
import {EXIT} from './mode.js';

export const SIGNAL_EXIT = {SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated, SIGHUP: EXIT.hangUp} as const;

type Signal = keyof typeof SIGNAL_EXIT;

/** What a mode does when asked to leave: save what it must, and end (with `exitNow` or by returning). */
export type LeaveHandler = (code: number) => void;

/** A mode that does not end by itself this long after being asked to leave is ended. */
const GRACE_MS = 3000;

const handlers: {readonly handler: LeaveHandler; readonly graceMs: number}[] = [];
const listeners = new Map<Signal, () => void>();
let terminalGone = false;
let leaving: number | undefined;

/**
 * Asks `handler` to leave on a signal or a closed terminal, until the returned function is called. The
 * handler registered last is the one asked; with none left, the program ends at once with the code. A
 * handler that does not end the program within `graceMs` is ended (a mode that must wait for something
 * bounded, as --phone for adb's kill-server, says how long).
 */
export function onLeave(handler: LeaveHandler, graceMs = GRACE_MS): () => void {
  rememberTerminal();
  const entry = {handler, graceMs};
  handlers.push(entry);
  if (listeners.size === 0) {
    for (const name of Object.keys(SIGNAL_EXIT) as Signal[]) {
      const listener = () => {
        if (name === 'SIGHUP') hangUp();
        else leave(SIGNAL_EXIT[name]);
      };
      listeners.set(name, listener);
      process.on(name, listener);
    }
  }
  return () => {
    const at = handlers.lastIndexOf(entry);
    if (at >= 0) handlers.splice(at, 1);
    if (handlers.length === 0) {
      for (const [name, listener] of listeners) process.off(name, listener);
      listeners.clear();
    }
  };
}

function leave(code: number): void {
  if (leaving !== undefined) return;
  leaving = code;
  const last = handlers.at(-1);
  if (!last) exitNow(code);
  // Whatever the mode waits for (a clipboard tool, a phone), it does not keep the program alive for long.
  setTimeout(() => exitNow(code), last!.graceMs).unref();
  last!.handler(code);
}

/** The terminal went away (SIGHUP, or EIO reading or writing it): stop writing to it and leave with 129. */
export function hangUp(): void {
  detachTerminal();
  leave(EXIT.hangUp);
}

/** Whether the terminal went away during this run. */
export function isHungUp(): boolean {
  return terminalGone;
}

/** A read or write error: EIO means the terminal went away (the caller then does nothing more). */
export function isHangUpError(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EIO';
}

/**
 * Watches a mode's terminal streams: an EIO on either is a closed terminal, never an unhandled error; so is
 * the end of input when the terminal is no longer one (a hung-up terminal reads as the end of input).
 */
export function watchTerminal(...streams: NodeJS.EventEmitter[]): void {
  rememberTerminal();
  for (const stream of streams) {
    stream.on('error', (error: unknown) => {
      if (isHangUpError(error)) hangUp();
    });
    stream.on('end', () => {
      if (terminalHungUp()) hangUp();
    });
  }
}

const tty = () => process.getBuiltinModule?.('node:tty') as typeof import('node:tty') | undefined;

/** The descriptors of 0-2 that were a terminal when a mode began to watch them. */
let terminals: number[] | undefined;

function rememberTerminal(): void {
  if (terminals || process.platform === 'win32') return;
  const isatty = tty()?.isatty;
  terminals = isatty ? [0, 1, 2].filter((fd) => isatty(fd)) : [];
}

/**
 * Whether the terminal the mode watches hung up: a descriptor that was a terminal is still a character
 * device but no longer answers as a terminal (its ioctls fail with EIO).
 */
export function terminalHungUp(): boolean {
  if (terminalGone) return true;
  // No terminal watched (e.g. --answers into a pipe): nothing to ask, and node:tty (with node:net) stays unloaded.
  if (!terminals || terminals.length === 0) return false;
  const isatty = tty()?.isatty;
  if (!isatty) return false;
  return terminals.some((fd) => {
    try {
      return fs.fstatSync(fd).isCharacterDevice() && !isNullDevice(fd) && !isatty(fd);
    } catch {
      return false;
    }
  });
}

function isNullDevice(fd: number): boolean {
  try {
    return fs.fstatSync(fd).rdev === fs.statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

// However the program ends (a mode returning, an error), Node's exit must not meet a hung-up terminal.
process.on('exit', () => {
  if (terminalHungUp()) detachTerminal();
});

/** Ends the program now; after a hang-up, with the terminal detached first. */
export function exitNow(code: number): never {
  if (terminalGone) detachTerminal();
  process.exit(code);
}

/** Points descriptors 0-2 that are terminals (character devices other than /dev/null) at /dev/null. */
function detachTerminal(): void {
  if (process.platform === 'win32') return;
  terminalGone = true;
  for (const fd of [0, 1, 2]) {
    try {
      if (!fs.fstatSync(fd).isCharacterDevice() || isNullDevice(fd)) continue;
      fs.closeSync(fd);
      // The lowest free descriptor is the one just closed.
      const opened = fs.openSync('/dev/null', fd === 0 ? 'r' : 'w');
      if (opened !== fd) fs.closeSync(opened);
    } catch {
      // Closed already, or not ours to change: nothing more can be done for it.
    }
  }
}
