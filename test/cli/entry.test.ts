// The built entry (dist/cli.js: docs/architecture.md, the build): --version and --help are answered by the
// entry alone, without the modes' code (built apart by esbuild at each import()), and a reader that stops
// early (`| head`) ends the program quietly, with no stack trace.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {PUBLIC_CASES} from '../support/cases.js';
import {requireBuiltCli, toLeftReader} from '../support/pty.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'dpc-entry-'));
const env = () => ({PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: scratch()});

describe('the entry', () => {
  const answers = path.join(scratch(), 'answers.json');
  writeFileSync(answers, JSON.stringify({lang: 'en', answers: PUBLIC_CASES.B.answers}));

  test('--version and --help need nothing of the modes: a copy of dist/ without their chunk still answers them', () => {
    const copy = path.join(scratch(), 'dist');
    cpSync(path.dirname(requireBuiltCli()), copy, {recursive: true});
    // The root package says "type": "module", as the published one does.
    writeFileSync(path.join(copy, 'package.json'), '{"type": "module"}\n');
    const main = readdirSync(path.join(copy, 'chunks')).filter((f) => /^main-[\w-]+\.js$/.test(f));
    expect(main).toHaveLength(1);
    rmSync(path.join(copy, 'chunks', main[0]!));
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(copy, 'cli.js'), ...args], {env: env(), encoding: 'utf8'});
    for (const args of [['--version'], ['-v', '--lang', 'zh-CN'], ['--help'], ['--lang=en', '-h']]) {
      const r = run(...args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/debt-privacy-check/);
    }
    // The check can fail: a run that needs the modes does not work without their chunk.
    expect(run('--answers', answers).status).not.toBe(0);
  });

  for (const args of [['--letter', 'deletion', '--answers', answers], ['--answers', answers], ['--help']]) {
    test(`${args.join(' ')} | a reader that closes at once: exit 0, nothing on stderr`, async () => {
      expect(await toLeftReader(args, env())).toEqual({code: 0, stderr: ''});
    });
  }
});
