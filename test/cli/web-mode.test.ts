// --web [FILE] (docs/cli.md): writes the built web edition, never over an existing file, and says where and
// how to open or send it. Needs `npm run build` (the page is dist/web/debt-privacy-check.html).
import {execFile} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {candidate} from '../../source/cli/web-mode.js';
import {cli} from '../support/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = readFileSync(path.join(root, 'dist', 'web', 'debt-privacy-check.html'));
const fresh = () => mkdtempSync(path.join(tmpdir(), 'dpc-web-'));

describe('--web [FILE]', () => {
  it('names the next file -2, -3… after the extension', () => {
    expect(candidate('/a/page.html', 1)).toBe('/a/page.html');
    expect(candidate('/a/page.html', 2)).toBe('/a/page-2.html');
    expect(candidate('/a/page', 3)).toBe('/a/page-3');
  });

  it('writes the page to FILE and prints its path and how to open or send it', async () => {
    const file = path.join(fresh(), 'help.html');
    const ran = await cli(['--web', file]);
    expect(ran).toMatchObject({code: 0, err: ''});
    expect(readFileSync(file)).toEqual(PAGE);
    expect(ran.out).toBe(`${content.ui['web.cli.written']!.en.replace('{path}', file)}\n${content.ui['web.cli.how']!.en}\n`);
  });

  it('never overwrites: an existing file stays, and the page goes to -2, then -3', async () => {
    const dir = fresh();
    const file = path.join(dir, 'help.html');
    writeFileSync(file, 'mine');
    expect((await cli(['--web', file])).code).toBe(0);
    expect((await cli(['--web', file, '--lang', 'zh-Hans'])).out).toContain(path.join(dir, 'help-3.html'));
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'help-2.html'))).toEqual(PAGE);
    expect(readFileSync(path.join(dir, 'help-3.html'))).toEqual(PAGE);
  });

  it('puts debt-privacy-check.html inside a folder given as FILE, and in the current folder without FILE', async () => {
    const dir = fresh();
    mkdirSync(path.join(dir, 'out'));
    expect((await cli(['--web', path.join(dir, 'out')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'debt-privacy-check.html'))).toEqual(PAGE);
    const {stdout} = await promisify(execFile)(process.execPath, [path.join(root, 'dist', 'cli.js'), '--web'], {cwd: dir, env: {...process.env, LANG: 'en_US.UTF-8'}});
    expect(stdout).toContain(path.join(dir, 'debt-privacy-check.html'));
    expect(readFileSync(path.join(dir, 'debt-privacy-check.html'))).toEqual(PAGE);
  });

  it('a file that cannot be written is one line and exit 2; a second argument is a usage error', async () => {
    const missing = path.join(fresh(), 'no-such-folder', 'page.html');
    const ran = await cli(['--web', missing]);
    expect(ran.code).toBe(2);
    expect(ran.err.split('\n')[0]).toBe(content.ui['error.webWrite']!.en.replace('{path}', missing).replace('{reason}', 'ENOENT'));
    expect(ran.err).not.toMatch(/\bat .*\(/);
    const extra = await cli(['--web', 'a.html', 'b.html']);
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('b.html');
  });
});
