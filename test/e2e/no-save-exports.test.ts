// --no-save in a real terminal: the answers are not saved, and what the person exported is still written
// and named again on the way out, so that "not saved" is never read as "nothing written". --forget says
// that it leaves exported files alone.
import {existsSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {answerShortestPath, baseEnv, KEY, launcher, strip} from '../support/pty.js';

const launch = launcher();
const flat = (s: string) => s.replace(/\s+/g, '');

describe('--no-save', () => {
  test('an export is written, and the goodbye says the answers were not saved and names the file', async () => {
    const env = baseEnv();
    const cwd = mkdtempSync(path.join(tmpdir(), 'dpc-nosave-cwd-'));
    const s = launch(env, {args: ['--no-save'], cwd});
    await s.waitFor(/--no-save/);
    await s.press(KEY.enter, /Question 1,/);
    await answerShortestPath(s);
    await s.press('e', /\.md/);
    const files = readdirSync(cwd);
    expect(files).toHaveLength(1);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const out = flat(strip(s.raw()));
    expect(out).toContain(flat(t(content, 'tui.byeNoSave', 'en')));
    expect(out).toContain(flat(t(content, 'tui.byeWritten', 'en', {paths: path.join(cwd, files[0]!)})));
    // Nothing saved.
    expect(existsSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check'))).toBe(false);
  });

  test('without an export, the goodbye names no file', async () => {
    const env = baseEnv();
    const s = launch(env, {args: ['--no-save']});
    await s.waitFor(/--no-save/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const out = flat(strip(s.raw()));
    expect(out).toContain(flat(t(content, 'tui.byeNoSave', 'en')));
    expect(out).not.toContain(flat(t(content, 'tui.byeWritten', 'en', {paths: ''})));
  });
});

describe('--forget', () => {
  test('deletes saved progress and says that exported files are not touched; an exported file is still there', async () => {
    const {cli} = await import('../support/run-cli.js');
    const {openStore} = await import('../../source/cli/store.js');
    const {writeExport} = await import('../../source/services/export.js');
    const config = mkdtempSync(path.join(tmpdir(), 'dpc-forget-'));
    const store = openStore({XDG_CONFIG_HOME: config}, content, {noSave: false});
    store.save({answers: {lenders: ['bank_loan']}, done: [], lang: 'en', updatedAt: new Date().toISOString()});
    const exported = writeExport(mkdtempSync(path.join(tmpdir(), 'dpc-forget-cwd-')), 'checklist.md', 'text');
    const {code, out} = await cli(['--forget'], {env: {XDG_CONFIG_HOME: config}});
    expect(code).toBe(0);
    expect(out.trim()).toBe(t(content, 'cli.forgotten', 'en', {path: store.path!}));
    expect(existsSync(store.path!)).toBe(false);
    expect(existsSync(exported)).toBe(true);
    const again = await cli(['--forget'], {env: {XDG_CONFIG_HOME: config}});
    expect(again.out.trim()).toBe(t(content, 'cli.nothingToForget', 'en'));
    expect(again.out).toContain('--forget');
  });
});
