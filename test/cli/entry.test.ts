// The built entry (dist/cli.js: docs/architecture.md, The build): --version and --help are answered by the
// entry alone, without the modes' code (in chunks of their own, loaded by import()), and a reader that stops
// early (`| head`) ends the program quietly, with no stack trace. A run that prints and leaves loads none of
// Node's modules it does not use (docs/performance.md).
import {spawnSync} from 'node:child_process';
import {closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {baseEnv, KEY, requireBuiltCli, start, toLeftReader} from '../support/pty.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'dpc-entry-'));
const env = () => ({PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: scratch()});

describe('the entry', () => {
  const answers = path.join(scratch(), 'answers.json');
  writeFileSync(answers, JSON.stringify({lang: 'en', answers: PUBLIC_CASES.B.answers}));

  /** A copy of dist/ to take files out of, and a run of its CLI. */
  const copyOfDist = () => {
    const copy = path.join(scratch(), 'dist');
    cpSync(path.dirname(requireBuiltCli()), copy, {recursive: true});
    // The root package says "type": "module", as the published one does.
    writeFileSync(path.join(copy, 'package.json'), '{"type": "module"}\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(copy, 'cli.js'), ...args], {env: env(), encoding: 'utf8'});
    return {copy, run};
  };

  test('--version and --help need nothing of the modes: a copy of dist/ without their chunk still answers them', () => {
    const {copy, run} = copyOfDist();
    const main = readdirSync(path.join(copy, 'chunks')).filter((f) => /^main-[\w-]+\.mjs$/.test(f));
    expect(main).toHaveLength(1);
    rmSync(path.join(copy, 'chunks', main[0]!));
    for (const args of [['--version'], ['-v', '--lang', 'zh-CN'], ['--help'], ['--lang=en', '-h']]) {
      const r = run(...args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/debt-privacy-check/);
    }
    // The check can fail: a run that needs the modes does not work without their chunk, and says so in one
    // line, exit 1, never with a stack trace.
    const broken = run('--answers', answers);
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^debt-privacy-check: /);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  test('--help reads its text from the content; without the content file: one line, exit 1, and --version still answers', () => {
    const {copy, run} = copyOfDist();
    rmSync(path.join(copy, 'content', 'generated-en-start.json'));
    const help = run('--help');
    expect(help.status).toBe(1);
    expect(help.stdout).toBe('');
    expect(help.stderr.trim().split('\n')).toHaveLength(1);
    // Reported as any internal error is (the message of error.internal), naming the file.
    expect(help.stderr).toMatch(/generated-en-start\.json/);
    expect(help.stderr).not.toMatch(/\n\s+at /);
    const version = run('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^debt-privacy-check \d/);
  });

  /**
   * A preload that writes, at exit, Node's own modules the run loaded (process.moduleLoadList), and a reader
   * of that list.
   */
  const moduleList = () => {
    const dir = scratch();
    const preload = path.join(dir, 'list.cjs');
    const list = path.join(dir, 'loaded.txt');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const read = () => readFileSync(list, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    return {preload, read};
  };

  /** The built-in modules `args` loaded, with the output going to a file (a pipe would make a socket of it, as it does for bare node). */
  const builtinsLoaded = (args: readonly string[]): string[] => {
    const {preload, read} = moduleList();
    const out = openSync(path.join(scratch(), 'out.txt'), 'w');
    const r = spawnSync(process.execPath, ['--require', preload, requireBuiltCli(), ...args, '--lang', 'en'], {
      env: env(),
      stdio: ['ignore', out, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(out);
    expect(r.status, r.stderr).toBe(0);
    return read();
  };

  /** What only a facade loads: node:process's reads process.report, node:fs's its ReadStream and WriteStream. */
  const FACADES = /^internal\/(process\/report|fs\/streams)$/;

  test("--version, --help and --answers load none of Node's stream, terminal, socket or module-loader code", () => {
    // An ES-module `import` of node:fs reads every export, which loads the stream machinery; node:tty brings
    // node:net; node:module (a createRequire) brings source maps. The CLI reaches them through
    // process.getBuiltinModule (scripts/builtins.js, the build's `require` for CommonJS libraries), and
    // only when a run needs them. (On Node 20, node:fs/promises and readline are the ES-module loader's own.)
    const unwanted = /^(internal\/fs\/streams|internal\/process\/report|tty|net|module|internal\/source_map\/source_map)$/;
    for (const args of [['--version'], ['--help'], ['--answers', answers, '--format', 'json'], ['--answers', answers]]) {
      const loaded = builtinsLoaded(args);
      expect(loaded.length, args.join(' ')).toBeGreaterThan(20);
      expect(loaded.filter((m) => unwanted.test(m)), args.join(' ')).toEqual([]);
    }
  });

  test('a session in a terminal, from the first frame to Ctrl+C, builds no facade of a built-in module', async () => {
    // chalk imports node:process and the clipboard node:fs; built as imports, their facades would read every
    // export on the way to the first frame (scripts/builtins.js, docs/performance.md).
    const {preload, read} = moduleList();
    const s = start({file: process.execPath, args: ['--require', preload, requireBuiltCli()], env: baseEnv()});
    await s.waitFor(t(content, 'tui.key.quit', 'en'));
    // Ink's own first frame (the first paint has no synchronized-output marks): the interface has loaded.
    await s.frameDone();
    s.write(KEY.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    const loaded = read();
    expect(loaded).toContain('tty');
    expect(loaded.filter((m) => FACADES.test(m))).toEqual([]);
    // signal-exit's `assert`, under Ink, is replaced as it is bundled (scripts/build.js).
    expect(loaded).not.toContain('assert');
  });

  for (const args of [['--letter', 'deletion', '--answers', answers], ['--answers', answers], ['--help']]) {
    test(`${args.join(' ')} | a reader that closes at once: exit 0, nothing on stderr`, async () => {
      expect(await toLeftReader(args, env())).toEqual({code: 0, stderr: ''});
    });
  }
});
