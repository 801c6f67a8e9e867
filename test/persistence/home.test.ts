// An empty or relative HOME (docs/contract.md, saved progress): saving there put a `.config` in whatever
// folder the program was started from. Now nothing is saved, and one line says so.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {defaultConfigDir} from '../../source/persistence/config-path.js';
import {baseEnv, launcher, requireBuiltCli} from '../support/pty.js';

const launch = launcher();
const NO_HOME = 'HOME is not set to an absolute folder, so nothing will be saved on this computer during this run.';

describe('defaultConfigDir', () => {
  test.each([
    ['linux', ''],
    ['linux', 'relative/home'],
    ['darwin', ''],
    ['darwin', '.'],
    ['win32', 'rel'],
  ] as const)('%s with home %j: no folder at all', (platform, homedir) => {
    expect(defaultConfigDir({env: {}, platform, homedir})).toBeUndefined();
  });

  test('an absolute XDG_CONFIG_HOME still works without a home; a relative one is ignored', () => {
    expect(defaultConfigDir({env: {XDG_CONFIG_HOME: '/cfg'}, platform: 'linux', homedir: ''})).toBe('/cfg/debt-privacy-check');
    expect(defaultConfigDir({env: {XDG_CONFIG_HOME: 'cfg'}, platform: 'linux', homedir: ''})).toBeUndefined();
    expect(defaultConfigDir({env: {XDG_CONFIG_HOME: 'cfg'}, platform: 'linux', homedir: '/home/a'})).toBe('/home/a/.config/debt-privacy-check');
    expect(defaultConfigDir({env: {APPDATA: 'C:\\Users\\a\\AppData\\Roaming'}, platform: 'win32', homedir: ''})).toBeUndefined();
  });
});

describe.skipIf(process.platform === 'win32')('the built CLI with HOME empty or relative', () => {
  for (const home of ['', 'rel']) {
    test(`HOME=${JSON.stringify(home)}: --where prints no path and says why; nothing appears in the current folder`, () => {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-nohome-'));
      const env = {PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'en_US.UTF-8', HOME: home};
      const where = spawnSync(process.execPath, [requireBuiltCli(), '--where'], {cwd, env, encoding: 'utf8'});
      expect(where.status).toBe(0);
      expect(where.stdout).toBe('');
      expect(where.stderr).toBe(`${NO_HOME}\n`);
      expect(fs.readdirSync(cwd)).toEqual([]);
    });

    test(`HOME=${JSON.stringify(home)}: --plain answers a question, says once that nothing is saved, writes nothing`, async () => {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-nohome-'));
      const env = baseEnv({HOME: home, XDG_CONFIG_HOME: undefined});
      const s = launch(env, {args: ['--plain'], cwd});
      await s.waitFor('Your answer');
      await s.press('1\r', /Question 2,/);
      await s.waitFor('Your answer');
      s.write('q\r');
      expect((await s.waitExit()).exitCode).toBe(0);
      const said = s.raw().replace(/\s+/g, ' ');
      expect(said.split(NO_HOME).length - 1).toBe(1);
      expect(said).toContain('Nothing was saved during this run.');
      expect(fs.readdirSync(cwd)).toEqual([]);
    });
  }
});
