// The built entry (dist/cli.js, one CommonJS file: docs/architecture.md, the build): the runs that need no
// interface load no more of Node's ES-module loader than a bare CommonJS script does (on Node 20 and 22,
// none of it; Node 24 loads it for every script), and a reader that stops early (`| head`) ends the
// program quietly, with no stack trace.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {PUBLIC_CASES} from '../support/cases.js';
import {requireBuiltCli, toLeftReader} from '../support/pty.js';

const PRELOAD = fileURLToPath(new URL('../support/record-esm-loader.cjs', import.meta.url));
const scratch = () => mkdtempSync(path.join(tmpdir(), 'dpc-entry-'));
const env = () => ({PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: scratch()});

describe('the entry', () => {
  const answers = path.join(scratch(), 'answers.json');
  writeFileSync(answers, JSON.stringify({lang: 'en', answers: PUBLIC_CASES.B.answers}));

  /** The parts of the ES-module loader a run of `args` loads. */
  const loaderParts = (args: readonly string[]) => {
    const log = path.join(scratch(), 'esm');
    const r = spawnSync(process.execPath, ['--require', PRELOAD, ...args], {env: {...env(), ESM_LOG: log}, encoding: 'utf8'});
    return {status: r.status, stderr: r.stderr, parts: readFileSync(log, 'utf8').split('\n').filter(Boolean)};
  };
  const dir = scratch();
  writeFileSync(path.join(dir, 'bare.cjs'), 'process.stdout.write("1\\n");\n');
  writeFileSync(path.join(dir, 'bare.mjs'), 'process.stdout.write("1\\n");\n');
  const bare = loaderParts([path.join(dir, 'bare.cjs')]).parts;

  for (const args of [['--version'], ['--help'], ['--answers', answers, '--format', 'json'], ['--letter', 'deletion', '--answers', answers], ['--where'], ['--bogus']]) {
    test(`${args.join(' ')}: no more of the ES-module loader than a bare CommonJS script`, () => {
      const run = loaderParts([requireBuiltCli(), ...args]);
      expect(run.status, run.stderr).toBe(args[0] === '--bogus' ? 2 : 0);
      expect(run.parts.filter((p) => !bare.includes(p))).toEqual([]);
    });
  }

  const esm = loaderParts([path.join(dir, 'bare.mjs')]).parts;
  test.skipIf(esm.every((p) => bare.includes(p)))('the record does show more of the loader for an ES module, so the checks above can fail', () => {
    expect(esm.filter((p) => !bare.includes(p)).length).toBeGreaterThan(0);
  });

  for (const args of [['--letter', 'deletion', '--answers', answers], ['--answers', answers], ['--help']]) {
    test(`${args.join(' ')} | a reader that closes at once: exit 0, nothing on stderr`, async () => {
      expect(await toLeftReader(args, env())).toEqual({code: 0, stderr: ''});
    });
  }
});
