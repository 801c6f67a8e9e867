// A short terminal (40x12, in tmux, which shows what a person sees): the welcome and resume screens keep
// their title on the first row; the welcome text scrolls with Down and says so in its footer.
import {execFileSync, spawnSync} from 'node:child_process';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {baseEnv, requireBuiltCli, until} from '../support/pty.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
// Our own server, so a person's tmux sessions are never touched; a new one per test, so a server still
// shutting down after the previous test is never reused.
let serial = 0;
let SOCKET = `dpc-short-${process.pid}-${serial}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'});

describe.skipIf(!hasTmux)('a 40x12 terminal', () => {
  const session = 'short';
  afterEach(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    serial += 1;
    SOCKET = `dpc-short-${process.pid}-${serial}`;
  });

  const launch = (env: Record<string, string>) => {
    const vars = Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    const command = `env -i ${vars.join(' ')} ${JSON.stringify(process.execPath)} ${JSON.stringify(requireBuiltCli())}`;
    tmux('new-session', '-d', '-s', session, '-x', '40', '-y', '12', command);
  };
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  const rows = () => screen().split('\n');
  const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);

  for (const lang of ['zh-Hans', 'en'] as const) {
    test(`welcome (${lang}): the title stays on the first row; Down scrolls to the last line`, async () => {
      const env = baseEnv({LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8'});
      launch(env);
      const title = t(content, 'tui.title', lang);
      const scrollHint = t(content, 'tui.key.scroll', lang);
      await until(() => screen().includes(t(content, 'tui.key.start', lang)), 'the welcome screen');
      expect(rows()[0], screen()).toBe(title);
      expect(screen(), screen()).toContain(scrollHint);
      // The start of the purpose is on screen, under the title.
      expect(rows()[2]!.length, screen()).toBeGreaterThan(0);
      const language = t(content, 'tui.welcome.language', lang, {name: t(content, 'tui.lang.zhHans', lang)}).slice(0, 4);
      expect(screen()).not.toContain(language);
      // Each Down scrolls one line: wait for the screen it leads to before the next.
      for (let i = 0; i < 40 && !screen().includes(language); i++) {
        const before = screen();
        keys('Down');
        await until(() => screen() !== before, `the welcome scrolled by Down ${i + 1}`);
      }
      expect(screen(), screen()).toContain(language);
      expect(rows()[0], screen()).toBe(title);
      for (const line of rows()) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
      keys('Enter');
      // The first question is multiple choice: its footer says Enter confirms.
      await until(() => screen().includes(t(content, 'tui.key.confirm', lang)), 'the first question');
    }, 120_000); // some twenty Downs, each waited for: slow on a loaded machine, never a failure for it
  }

  test('resume (zh-Hans): title, when it was saved and the three choices', async () => {
    const env = baseEnv({LANG: 'zh_CN.UTF-8'});
    launch(env);
    await until(() => screen().includes(t(content, 'tui.key.start', 'zh-Hans')), 'the welcome screen');
    keys('Enter');
    await until(() => screen().includes(t(content, 'tui.key.confirm', 'zh-Hans')), 'the first question');
    keys('1');
    await until(() => screen().includes('[x]'), 'a tick');
    keys('Enter');
    await until(() => !screen().includes(t(content, 'tui.key.confirm', 'zh-Hans')), 'the second question');
    keys('q');
    await until(() => spawnSync('tmux', ['-L', SOCKET, 'has-session', '-t', session]).status !== 0, 'the exit', 5000).catch(
      () => undefined,
    );
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    launch(env);
    await until(() => screen().includes(t(content, 'tui.resume.delete', 'zh-Hans')), 'the resume screen');
    const text = screen();
    expect(rows()[0], text).toContain(t(content, 'tui.resume.title', 'zh-Hans'));
    expect(text.replace(/\s+/g, ''), text).toContain('上次保存于');
    expect(text).toContain(t(content, 'tui.resume.continue', 'zh-Hans'));
    expect(text).toContain(t(content, 'tui.resume.startOver', 'zh-Hans'));
    // The footer is all there, and there is no scroll hint to read.
    expect(text).toContain(t(content, 'tui.key.quit', 'zh-Hans'));
    for (const line of rows()) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });
});
