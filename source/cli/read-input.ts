// Reads an answers file or stdin ("-"), refusing anything over 1 MB. Never throws.
// Synchronous reads, for one small file. A failure is a sentence, never an errno code (docs/cli.md).
import {fs} from '../platform/node.js';
import type {InputError} from './answers-file.js';
import {MAX_ANSWERS_FILE_BYTES} from './answers-file.js';
import {untrusted} from '../text/untrusted.js';

export type ReadResult =
  | {readonly ok: true; readonly text: string; readonly name: string}
  | {readonly ok: false; readonly error: InputError};

/**
 * `stdin` is asked for only when reading it: creating it loads Node's stream machinery. A named file must be
 * a regular file, read at most 1 MB and one byte: a FIFO nobody writes would wait forever, a device such as
 * /dev/zero never ends (piped answers come through `-`). The name, from the command line, is shown escaped.
 */
export async function readAnswersInput(file: string, stdin: () => NodeJS.ReadableStream): Promise<ReadResult> {
  // /dev/stdin is a pipe or a terminal more often than a file: read as `-` is.
  if (file === '-' || file === '/dev/stdin') return readStdin(stdin());
  const name = untrusted(file);
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; it is refused below, as a device is.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const info = fs.fstatSync(fd);
    if (info.isDirectory()) return {ok: false, error: {key: 'error.isFolder', vars: {file: name}}};
    if (!info.isFile()) return {ok: false, error: {key: 'error.notRegularFile', vars: {file: name}}};
    if (info.size > MAX_ANSWERS_FILE_BYTES) return {ok: false, error: {key: 'error.tooLarge', vars: {file: name}}};
    // A file that grows while read, or says it is empty but is not (/proc): read no more than the limit.
    const buffer = Buffer.alloc(MAX_ANSWERS_FILE_BYTES + 1);
    let size = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) break;
      size += read;
      if (size > MAX_ANSWERS_FILE_BYTES) return {ok: false, error: {key: 'error.tooLarge', vars: {file: name}}};
    }
    return {ok: true, text: buffer.toString('utf8', 0, size), name};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, error: {key: 'error.notFound', vars: {file: name}}};
    if (code === 'EISDIR') return {ok: false, error: {key: 'error.isFolder', vars: {file: name}}};
    if (code === 'EACCES' || code === 'EPERM') return {ok: false, error: {key: 'error.noPermission', vars: {file: name}}};
    return {ok: false, error: {key: 'error.readFile', vars: {file: name, reason: untrusted(plainReason(error as Error))}}};
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  const name = 'stdin';
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > MAX_ANSWERS_FILE_BYTES) return {ok: false, error: {key: 'error.tooLarge', vars: {file: name}}};
      chunks.push(buffer);
    }
  } catch (error) {
    return {ok: false, error: {key: 'error.readFile', vars: {file: name, reason: untrusted(plainReason(error as Error))}}};
  }
  return {ok: true, text: Buffer.concat(chunks).toString('utf8'), name};
}

/** Node's message without its errno code and the path it repeats: "EIO: i/o error, read" -> "i/o error". */
function plainReason(error: Error): string {
  return error.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+( '.*')?$/, '');
}
