// Started from a folder that was deleted (docs/cli.md, exit codes): process.cwd() throws ENOENT, which ended
// the interface at start as an internal error. Only what needs the folder fails now: an export says so.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {answerShortestPath, baseEnv, KEY, launcher, requireBuiltCli} from '../support/pty.js';

const launch = launcher();

/** A shell that enters a new folder, deletes it, and runs the built CLI from there. */
function inDeletedFolder(args: string[]): {file: string; args: string[]} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-gone-'));
  const cli = [process.execPath, requireBuiltCli(), ...args].map((a) => `'${a}'`).join(' ');
  return {file: '/bin/sh', args: ['-c', `cd '${dir}' && rmdir '${dir}' && exec ${cli}`]};
}

describe.skipIf(process.platform === 'win32')('a deleted current folder', () => {
  test('the interface runs to the results; e says the folder is gone, c still copies, q leaves with 0', async () => {
    const env = baseEnv();
    const s = launch(env, {...inDeletedFolder([]), rows: 40});
    await s.waitFor('Enter start');
    await s.press(KEY.enter, /Question 1,/);
    await answerShortestPath(s);
    await s.press('e', /no longer exists, so nothing was exported/);
    await s.press('c', /Sent to your terminal's clipboard/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(fs.readdirSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check'))).toEqual(['config.json']);
  });

  test('--answers and --where need no folder', () => {
    const env = baseEnv();
    const answers = spawnSync('/bin/sh', inDeletedFolder(['--answers', '-']).args, {env, input: '{"answers": {"lenders": ["none"]}}', encoding: 'utf8'});
    expect(answers.status).toBe(0);
    expect(answers.stdout).toContain('Risk level');
    const where = spawnSync('/bin/sh', inDeletedFolder(['--where']).args, {env, encoding: 'utf8'});
    expect(where.status).toBe(0);
    expect(where.stdout.trim()).toBe(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'));
  });
});
