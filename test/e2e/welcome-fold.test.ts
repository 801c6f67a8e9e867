// The welcome in a real terminal: what matters is on the first screen without scrolling, at 40x20, 40x24 and
// 80x24, in zh-Hans, English and zh-Hant: what this is, the line for someone called about another's debt, the
// privacy promise, the crisis line (12356) and the key to start (docs/cli.md, the questionnaire). With an
// empty or relative HOME nothing can be saved: the welcome and the goodbye give that reason, not --no-save.
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import {t} from '../../source/i18n/index.js';
import {baseEnv, launcher, type Session, strip} from '../support/pty.js';

const launch = launcher();
const flat = (s: string) => s.replace(/\s+/g, '');

/** The welcome as Ink painted it, once the key to start is on screen. */
async function welcome(s: Session, lang: Lang): Promise<string> {
  await s.waitFor(flat(t(content, 'tui.key.start', lang)).slice(0, 5));
  await s.frameDone();
  return s.lastFrame();
}

const matters = (lang: Lang, promise: string) => ({
  purpose: t(content, 'tui.welcome.purpose', lang),
  someoneElse: t(content, 'tui.welcome.someoneElse', lang),
  promise: t(content, promise, lang),
  crisis: t(content, 'tui.welcome.crisis', lang),
  start: t(content, 'tui.key.start', lang),
});

describe('the welcome, first screen', () => {
  for (const lang of ['zh-Hans', 'en', 'zh-Hant'] as const) {
    for (const [cols, rows] of [
      [40, 20],
      [40, 24],
      [80, 24],
    ] as const) {
      test(`${lang} at ${cols}x${rows}: every line that matters is visible without scrolling`, async () => {
        const s = launch(baseEnv(), {args: ['--lang', lang], cols, rows});
        const frame = await welcome(s, lang);
        expect(frame.split('\n').length, frame).toBeLessThanOrEqual(rows);
        for (const [what, text] of Object.entries(matters(lang, 'tui.welcome.privacy'))) {
          expect(flat(frame), `${what} at ${cols}x${rows}:\n${frame}`).toContain(flat(text));
        }
        expect(frame).toContain('12356');
      });
    }
  }
});

describe('no usable home folder (HOME empty or relative)', () => {
  for (const [home, lang] of [
    ['', 'en'],
    ['relative-home', 'zh-Hans'],
  ] as const) {
    test(`HOME=${JSON.stringify(home)} (${lang}): the welcome and the goodbye say why nothing is saved, never --no-save`, async () => {
      const env = baseEnv({HOME: home, LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8'});
      // XDG_CONFIG_HOME would give a place to save: the home folder alone decides here.
      delete env.XDG_CONFIG_HOME;
      const s = launch(env, {cols: 40, rows: 20});
      const frame = await welcome(s, lang);
      for (const [what, text] of Object.entries(matters(lang, 'tui.welcome.noHome'))) {
        expect(flat(frame), `${what}:\n${frame}`).toContain(flat(text));
      }
      expect(frame).not.toContain('--no-save');
      s.mark();
      s.write('q');
      expect((await s.waitExit()).exitCode).toBe(0);
      const bye = flat(s.sinceMark());
      expect(bye).toContain(flat(t(content, 'tui.byeNoHome', lang)));
      expect(flat(strip(s.raw()))).not.toContain(flat(t(content, 'tui.byeNoSave', lang)));
    });
  }
});
