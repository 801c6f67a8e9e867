// Standard output for the runs that print and leave (--version, --answers, --letter …): written straight to
// file descriptor 1, as Node's own stream writes to a file, a terminal or (on Linux) a pipe, but without
// the stream, whose making loads Node's stream and net machinery: a few milliseconds of such a run
// (docs/performance.md). The interface needs the stream itself (raw mode, resize): asking for `isTTY` makes
// it, and from then on every write goes through the stream, so what is written keeps its order.
import {fs} from './fs.js';

export interface Stdout {
  write(text: string): void;
  /** Makes the stream: only the interactive modes ask. */
  readonly isTTY: boolean;
  /** The stream, if it was made. */
  readonly stream: NodeJS.WriteStream | undefined;
}

export interface StdoutOptions {
  /** Makes the stream (process.stdout). */
  readonly open: () => NodeJS.WriteStream;
  /** A write failed (EPIPE: the reader left; ENOSPC …): told once, whichever way the bytes went. */
  readonly onError: (error: NodeJS.ErrnoException) => void;
  readonly fd?: number;
  /** Windows' console takes UTF-16 through the stream only: there every write goes through it. */
  readonly direct?: boolean;
  /** fs.writeSync; tests pass one that writes less than asked. */
  readonly writeSync?: (fd: number, bytes: Uint8Array, offset: number) => number;
}

export function createStdout({
  open,
  onError,
  fd = 1,
  direct = process.platform !== 'win32',
  writeSync = (to, bytes, offset) => fs.writeSync(to, bytes, offset),
}: StdoutOptions): Stdout {
  let stream: NodeJS.WriteStream | undefined;
  /** A direct write failed: what follows is dropped, as a destroyed stream drops it. */
  let failed = false;
  const made = () => {
    if (!stream) {
      stream = open();
      stream.on('error', onError);
    }
    return stream;
  };
  return {
    write(text) {
      if (failed) return;
      if (stream || !direct) {
        made().write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      while (at < bytes.length) {
        try {
          at += writeSync(fd, bytes, at);
        } catch (error) {
          // A descriptor left non-blocking by whoever started us, and a reader slower than us: the stream
          // waits for the reader and takes the rest.
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
            made().write(bytes.subarray(at));
            return;
          }
          // Told after this turn of the event loop, as the stream tells it: the code that wrote goes on to
          // its cleanup first (--phone stops the adb server it started) and is not cut off mid-call.
          failed = true;
          setImmediate(() => onError(error as NodeJS.ErrnoException));
          return;
        }
      }
    },
    get isTTY() {
      return made().isTTY === true;
    },
    get stream() {
      return stream;
    },
  };
}
