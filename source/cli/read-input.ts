// Reads an answers file or stdin ("-"), refusing anything over 1 MB. Never throws.
// Synchronous reads, for one small file: node:fs/promises would load readline and more at start.
import {fs} from '../platform/fs.js';
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
    if (info.isDirectory()) return {ok: false, error: {key: 'error.readFile', vars: {file, reason: 'EISDIR'}}};
    if (info.size > MAX_ANSWERS_FILE_BYTES) return {ok: false, error: {key: 'error.tooLarge', vars: {file}}};
    return {ok: true, text: fs.readFileSync(file, 'utf8'), name: file};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, error: {key: 'error.notFound', vars: {file}}};
    return {ok: false, error: {key: 'error.readFile', vars: {file, reason: code ?? (error as Error).message}}};
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
    return {ok: false, error: {key: 'error.readFile', vars: {file: name, reason: (error as Error).message}}};
  }
  return {ok: true, text: Buffer.concat(chunks).toString('utf8'), name};
}
