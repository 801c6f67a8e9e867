// Package smoke test: what `npm publish` would ship, installed the way a user gets it. `npm pack` the
// built package, install the tarball into an empty folder (no registry needed: it has no dependencies),
// and run the installed copy; `npx ./<tarball>` too. Budgets: tarball <= 570 kB, install <= 2.3 MB.
import {execFile} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PUBLIC_CASES} from '../support/cases.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Both were 400 kB and 2 MB before the web edition: its one HTML file (the page's code, its style and the
// content of all three languages, docs/web.md) adds about 120 kB packed and 430 kB installed. Content
// version 3 (the answer, who the lender is, the new checklist items and references, in three languages)
// added about 41 kB packed (its text is shipped twice, in dist/content/ and in the page) and the code of
// that round 3 kB: 537 kB in all. The content file a result reads (generated-<lang>-main.json) repeats the
// first frame's part rather than completing it, so that no run merges two files (docs/performance.md): about
// 17 kB packed and 75 kB installed, 570 kB in all.
const PACK_BUDGET = 590_000;
const INSTALL_BUDGET = 2_300_000;

/** A complete case whose level is "high" (public calibration case B, docs/scoring.md). */
const CASE_B = {lang: 'en', answers: PUBLIC_CASES.B.answers};

let dir: string;
let tarball: string;
let packed: {size: number; unpackedSize: number; files: {path: string}[]};
/** npm run isolated from the user's and the parent npm's settings: private cache, no registry calls. */
let npmEnv: NodeJS.ProcessEnv;

function diskUsage(target: string): number {
  const stat = lstatSync(target);
  // Blocks actually allocated (512 B each), never less than the file's length.
  const own = Math.max(stat.blocks * 512, stat.isDirectory() ? 0 : stat.size);
  if (!stat.isDirectory()) return own;
  return readdirSync(target).reduce((sum, name) => sum + diskUsage(path.join(target, name)), own);
}

beforeAll(async () => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) await run(npm, ['run', 'build', '--silent'], {cwd: root});
  dir = mkdtempSync(path.join(tmpdir(), 'dpc-package-'));
  npmEnv = {...process.env};
  for (const key of Object.keys(npmEnv)) if (/^npm_/i.test(key)) delete npmEnv[key];
  Object.assign(npmEnv, {
    npm_config_cache: path.join(dir, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  });
  // --ignore-scripts: packing must not rebuild (the build is checked by `npm test` itself).
  const {stdout} = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {cwd: root, env: npmEnv});
  const [info] = JSON.parse(stdout) as [{filename: string; size: number; unpackedSize: number; files: {path: string}[]}];
  packed = info;
  tarball = path.join(dir, path.basename(info.filename));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

describe('package.json', () => {
  it('has no runtime dependencies: everything is bundled', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({'debt-privacy-check': 'dist/cli.js'});
  });
});

describe('npm pack', () => {
  it(`stays within ${PACK_BUDGET / 1000} kB and ships only what runs`, () => {
    expect(packed.size).toBeLessThanOrEqual(PACK_BUDGET);
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('package.json');
    // The entry and the chunks the build splits off (ES modules: the package says
    // "type": "module"), the content files per language, and the package's own files.
    for (const file of files) {
      expect(file).toMatch(/^(dist\/cli\.js|dist\/chunks\/[\w-]+\.mjs|dist\/content\/generated-(zh-Hans|zh-Hant|en)-(start|main|documents)\.json|dist\/web\/debt-privacy-check\.html|package\.json|README\.md|LICENSE)$/);
    }
    expect(files.filter((f) => f.startsWith('dist/chunks/run-'))).toHaveLength(1);
    // Per language: the part the first frame reads, the rest, and the documents' texts.
    expect(files.filter((f) => f.startsWith('dist/content/'))).toHaveLength(9);
    // The web edition, which --web hands out.
    expect(files).toContain('dist/web/debt-privacy-check.html');
  });
});

describe('the installed tarball', () => {
  let app: string;
  let bin: string;

  beforeAll(async () => {
    app = path.join(dir, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'app', private: true}));
    await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], {cwd: app, env: npmEnv});
    bin = path.join(app, 'node_modules', '.bin', 'debt-privacy-check');
  }, 60_000);

  it(`pulls no other package and takes at most ${INSTALL_BUDGET / 1e6} MB`, () => {
    const modules = path.join(app, 'node_modules');
    const installed = readdirSync(modules).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual([pkg.name]);
    expect(diskUsage(path.join(modules, pkg.name))).toBeLessThanOrEqual(INSTALL_BUDGET);
  });

  it('runs --version from the installed bin', async () => {
    const {stdout, stderr} = await run(process.execPath, [bin, '--version'], {cwd: app});
    expect(stderr).toBe('');
    expect(stdout).toContain(pkg.version);
  });

  it('runs an --answers case and prints the JSON result', async () => {
    const answers = path.join(app, 'answers.json');
    writeFileSync(answers, JSON.stringify(CASE_B));
    const {stdout, stderr} = await run(process.execPath, [bin, '--answers', answers, '--format', 'json'], {cwd: app});
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as {level: string; lang: string; checklist: unknown[]};
    expect(result).toMatchObject({level: 'high', lang: 'en'});
    expect(result.checklist.length).toBeGreaterThan(0);
  });

  it('writes the web edition with --web from the installed bin', async () => {
    const {stdout} = await run(process.execPath, [bin, '--web', 'page.html'], {cwd: app});
    expect(stdout).toContain(path.join(app, 'page.html'));
    expect(readFileSync(path.join(app, 'page.html'))).toEqual(readFileSync(path.join(app, 'node_modules', pkg.name, 'dist', 'web', 'debt-privacy-check.html')));
  });

  it('the bin is the executable entry with a node shebang', () => {
    const entry = path.join(app, 'node_modules', pkg.name, 'dist', 'cli.js');
    expect(readFileSync(entry, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(lstatSync(entry).mode & 0o111).not.toBe(0);
  });
});

describe('npx', () => {
  it('npx ./<tarball> --version works', async () => {
    // A relative path: npx does not treat `npx /absolute/path.tgz` as a package to run.
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const {stdout} = await run(npx, ['--yes', `./${path.basename(tarball)}`, '--version'], {
      cwd: dir,
      env: {...npmEnv, npm_config_offline: 'true'},
    });
    expect(stdout).toContain(pkg.version);
  }, 60_000);
});
