// Reads an answers file or stdin ("-"), refusing anything over 1 MB. Never throws.
// Synchronous reads, for one small file. A failure is a sentence, never an errno code (docs/cli.md).
import {fs} from '../platform/node.js';
import type {InputError} from './answers-file.js';
import {MAX_ANSWERS_FILE_BYTES} from './answers-file.js';

export type ReadResult =
  | {readonly ok: true; readonly text: string; readonly name: string}
  | {readonly ok: false; readonly error: InputError};

/** `stdin` is asked for only when reading it: creating it loads Node's stream machinery. */
export async function readAnswersInput(file: string, stdin: () => NodeJS.ReadableStream): Promise<ReadResult> {
  if (file === '-') return readStdin(stdin());
  try {
    const info = fs.statSync(file);
    if (info.isDirectory()) return {ok: false, error: {key: 'error.isFolder', vars: {file}}};
    if (info.size > MAX_ANSWERS_FILE_BYTES) return {ok: false, error: {key: 'error.tooLarge', vars: {file}}};
    return {ok: true, text: fs.readFileSync(file, 'utf8'), name: file};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, error: {key: 'error.notFound', vars: {file}}};
    if (code === 'EISDIR') return {ok: false, error: {key: 'error.isFolder', vars: {file}}};
    if (code === 'EACCES' || code === 'EPERM') return {ok: false, error: {key: 'error.noPermission', vars: {file}}};
    return {ok: false, error: {key: 'error.readFile', vars: {file, reason: plainReason(error as Error)}}};
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
    return {ok: false, error: {key: 'error.readFile', vars: {file: name, reason: plainReason(error as Error)}}};
  }
  return {ok: true, text: Buffer.concat(chunks).toString('utf8'), name};
}

/** Node's message without its errno code and the path it repeats: "EIO: i/o error, read" -> "i/o error". */
function plainReason(error: Error): string {
  return error.message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+( '.*')?$/, '');
}
