// The built entry (dist/cli.js, one CommonJS file: docs/architecture.md, the build): the runs that need no
// interface never start Node's ES-module loader, and a reader that stops early (`| head`) ends the program
// quietly, with no stack trace.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {PUBLIC_CASES} from '../support/cases.js';
import {requireBuiltCli} from '../support/pty.js';

const PRELOAD = fileURLToPath(new URL('../support/record-esm-loader.cjs', import.meta.url));
const scratch = () => mkdtempSync(path.join(tmpdir(), 'dpc-entry-'));
const env = () => ({PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: scratch()});

describe('the entry', () => {
  const answers = path.join(scratch(), 'answers.json');
  writeFileSync(answers, JSON.stringify({lang: 'en', answers: PUBLIC_CASES.B.answers}));

  for (const args of [['--version'], ['--help'], ['--answers', answers, '--format', 'json'], ['--letter', 'deletion', '--answers', answers], ['--where'], ['--bogus']]) {
    test(`${args.join(' ')}: runs as CommonJS, without the ES-module loader`, () => {
      const log = path.join(scratch(), 'esm');
      const r = spawnSync(process.execPath, ['--require', PRELOAD, requireBuiltCli(), ...args], {env: {...env(), ESM_LOG: log}, encoding: 'utf8'});
      expect(r.status, r.stderr).toBe(args[0] === '--bogus' ? 2 : 0);
      expect(readFileSync(log, 'utf8')).toBe('');
    });
  }

  test('the record does show the loader when an ES module runs, so the empty ones above mean something', () => {
    const log = path.join(scratch(), 'esm');
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '--input-type=module', '-e', 'await 0'], {env: {...env(), ESM_LOG: log}, encoding: 'utf8'});
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain('module_job');
  });

  for (const args of [['--letter', 'deletion', '--answers', answers], ['--answers', answers], ['--help']]) {
    test(`${args.join(' ')} | a reader that closes at once: exit 0, nothing on stderr`, async () => {
      const child = spawn(process.execPath, [requireBuiltCli(), ...args], {env: env(), stdio: ['ignore', 'pipe', 'pipe']});
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(err).toBe('');
      expect(code).toBe(0);
    });
  }
});
