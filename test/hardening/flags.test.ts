// Hardening (issue 5): the flags and the not-a-terminal refusal, as a person meets them: the built binary in
// its own process, with a temporary XDG_CONFIG_HOME.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {baseEnv, requireBuiltCli, start, strip} from '../support/pty.js';

let cli: string;
beforeAll(() => {
  cli = requireBuiltCli();
});

const STACK = /\n\s+at /;
const ESCAPE = /\u001B/;

function env(xdg: string): Record<string, string> {
  return {PATH: process.env.PATH ?? '', HOME: path.dirname(xdg), LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: xdg};
}
function fresh(): {xdg: string; dir: string; file: string} {
  const xdg = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-flags-')), 'config');
  const dir = path.join(xdg, 'debt-privacy-check');
  return {xdg, dir, file: path.join(dir, 'config.json')};
}
function cliRun(args: string[], e: Record<string, string>, input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], {env: e, input, encoding: 'utf8', timeout: 20_000});
  return {code: r.status, out: r.stdout, err: r.stderr};
}
const SAVED = JSON.stringify({
  schemaVersion: 1,
  contentVersion: '1.0.0',
  lang: 'en',
  answers: {lenders: ['none']},
  current: 'phone',
  done: [],
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('--where', () => {
  it('prints the real path under XDG_CONFIG_HOME, before and after something is saved', () => {
    const {xdg, dir, file} = fresh();
    const before = cliRun(['--where'], env(xdg));
    expect(before.code).toBe(0);
    // stdout: the bare path, for scripts; stderr: what it means, for a person.
    expect(before.out).toBe(`${file}\n`);
    expect(before.err).toContain(file);
    expect(before.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(xdg), '--where creates nothing').toBe(false);
    mkdirSync(dir, {recursive: true});
    writeFileSync(file, SAVED);
    const after = cliRun(['--where'], env(xdg));
    expect(after.code).toBe(0);
    expect(after.out).toBe(`${file}\n`);
    expect(after.err).not.toBe(before.err); // says whether something is saved there
  });
});

describe('--forget', () => {
  it('deletes config.json and every kept-aside copy, leaves other files, and is idempotent', () => {
    const {xdg, dir, file} = fresh();
    mkdirSync(dir, {recursive: true});
    writeFileSync(file, SAVED);
    writeFileSync(`${file}.corrupt-2026-11-01T10-00-00-000Z`, '{broken');
    writeFileSync(`${file}.corrupt-2026-11-02T10-00-00-000Z-2`, '');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const first = cliRun(['--forget'], env(xdg));
    expect(first.code).toBe(0);
    expect(first.err).toBe('');
    expect(first.out.trim().length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    const second = cliRun(['--forget'], env(xdg));
    expect(second.code).toBe(0);
    expect(second.err).toBe('');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('with only a kept-aside copy left, --forget still removes it (and then the empty folder)', () => {
    const {xdg, dir, file} = fresh();
    mkdirSync(dir, {recursive: true});
    writeFileSync(`${file}.corrupt-2026-11-01T10-00-00-000Z`, 'garbage');
    const r = cliRun(['--forget'], env(xdg));
    expect(r.code).toBe(0);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    expect(cliRun(['--forget'], env(xdg)).code).toBe(0);
  });

  it('with nothing ever saved, or the folder under a regular file: exit 0, one calm line', () => {
    const {xdg} = fresh();
    for (const e of [env(xdg), env(path.join(writeFileAt(), 'below'))]) {
      for (const flag of ['--forget', '--where']) {
        const r = cliRun([flag], e);
        expect(r.code, flag).toBe(0);
        expect(r.err, flag).not.toMatch(STACK);
        expect(r.out.trim().split('\n'), flag).toHaveLength(1);
      }
    }
  });
});

function writeFileAt(): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-flags-file-')), 'a-file');
  writeFileSync(f, 'not a folder');
  return f;
}

describe('bad usage', () => {
  it.each([['--frobnicate'], ['--answer', 'x.json'], ['-z'], ['--lang', 'fr'], ['--format', 'json'], ['extra'], ['--letter', 'other']])(
    '%s → exit 2, one line + hint on stderr, nothing on stdout',
    (...args: string[]) => {
      const {xdg} = fresh();
      const r = cliRun(args, env(xdg));
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).not.toMatch(STACK);
      const lines = r.err.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(existsSync(xdg), 'nothing written').toBe(false);
    },
  );
});

describe('not a terminal', () => {
  const check = (out: string, err: string) => {
    expect(err).toMatch(/--answers/);
    expect(err).not.toMatch(/raw mode/i);
    expect(err).not.toMatch(STACK);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(out).toBe('');
    expect(out).not.toMatch(ESCAPE);
  };

  it('stdin and stdout piped → one sentence pointing to --answers, exit 2, nothing on stdout', () => {
    const {xdg} = fresh();
    for (const args of [[], ['--fresh'], ['--no-save'], ['--lang', 'zh-Hans']]) {
      const r = cliRun(args, env(xdg));
      expect(r.code, args.join(' ')).toBe(2);
      check(r.out, r.err);
    }
    expect(existsSync(xdg), 'nothing written').toBe(false);
  });

  it('stdin a terminal but stdout piped to a file → exit 2, the file has no escape codes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpc-flags-pipe-'));
    const outFile = path.join(dir, 'out.txt');
    const s = start({file: '/bin/sh', args: ['-c', `exec "${process.execPath}" "${cli}" > "${outFile}"`], env: baseEnv()});
    const exit = await s.waitExit(20_000);
    expect(exit.exitCode).toBe(2);
    check(readFileSync(outFile, 'utf8'), strip(s.raw()));
    expect(s.raw()).not.toMatch(/\u001B\[\?25l/); // the cursor was never hidden
  });

  it('stdout a terminal but stdin piped → exit 2, one sentence, no raw-mode error', async () => {
    const s = start({file: '/bin/sh', args: ['-c', `echo '{}' | exec "${process.execPath}" "${cli}"`], env: baseEnv()});
    const exit = await s.waitExit(20_000);
    expect(exit.exitCode).toBe(2);
    check('', strip(s.raw()));
  });
});
