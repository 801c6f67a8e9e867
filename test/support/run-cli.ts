// The command line through run() with a fake terminal (no TTY): what it printed and its exit code.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {run} from '../../source/cli/command.js';

export interface Ran {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], {stdin = '', env = {}}: {stdin?: string; env?: Record<string, string>} = {}): Promise<Ran> {
  let out = '';
  let err = '';
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), {isTTY: false});
  const code = await run(argv, {
    env: {LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'dpc-cfg-')), ...env},
    stdout: {write: (s: string) => (out += s), isTTY: false},
    stderr: {write: (s: string) => (err += s)},
    stdin: input,
  });
  return {code, out, err};
}
