// An answers file that is not a file (docs/cli.md, exit codes): a FIFO nobody writes waited forever, and
// /dev/zero grew the process to 12 GB. Each is refused at once with exit 2 and one line; so is a question
// named like a property every object has, which was an internal error (exit 1) in an older file.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cli} from '../support/run-cli.js';
import {requireBuiltCli} from '../support/pty.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-answers-input-'));

/** The built CLI with its memory capped at 1 GB (`ulimit -v`): growing without bound fails instead of refusing. */
function builtCli(...args: string[]) {
  const command = `ulimit -v 1048576; exec "$0" "$@"`;
  return spawnSync('/bin/sh', ['-c', command, process.execPath, requireBuiltCli(), ...args], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'en_US.UTF-8', HOME: dir},
    // Only so that a hang fails the test instead of stopping the suite: the refusal takes milliseconds.
    timeout: 20_000,
  });
}

describe.skipIf(process.platform === 'win32')('files that are not regular files', () => {
  test('a FIFO nobody writes to: refused with exit 2, without waiting for a writer', () => {
    const fifo = path.join(dir, 'answers.fifo');
    spawnSync('mkfifo', [fifo]);
    const run = builtCli('--answers', fifo);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`${fifo} is not a regular file (it is a pipe or a device), so it is not read as an answers file; to pipe answers in, use --answers -.`);
  });

  for (const device of ['/dev/zero', '/dev/urandom']) {
    test(`${device}: refused with exit 2 under a 1 GB memory cap`, () => {
      const run = builtCli('--answers', device);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is not a regular file');
    });
  }

  test('--letter reads the answers the same way', () => {
    const run = builtCli('--letter', 'deletion', '--answers', '/dev/zero');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a regular file');
  });

  test('/dev/stdin is read as - is: piped answers still work', () => {
    const run = spawnSync(process.execPath, [requireBuiltCli(), '--answers', '/dev/stdin', '--format', 'json'], {
      encoding: 'utf8',
      input: JSON.stringify({answers: {lenders: ['none']}}),
      env: {PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'en_US.UTF-8', HOME: dir},
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('level');
  });
});

describe('question names every object has', () => {
  for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
    for (const contentVersion of ['1.0.0', undefined]) {
      test(`"${key}" in ${contentVersion ? 'an older' : 'a current'} answers file: an unknown question, exit 2`, async () => {
        const file = path.join(dir, `${key}-${contentVersion ?? 'now'}.json`);
        fs.writeFileSync(file, `{${contentVersion ? `"contentVersion": "${contentVersion}", ` : ''}"answers": {"${key}": ["x"]}}`);
        const {code, err} = await cli(['--answers', file]);
        expect(code).toBe(2);
        expect(err.split('\n')[0]).toMatch(new RegExp(`unknown question "${key}"`));
      });
    }
  }
});
