// The welcome screen: what the tool does (and that it is for someone called about another's debt too),
// where answers are kept, one quiet line of crisis help (help should not wait fifteen questions), the
// language. Scrolls only in a terminal too short for it; Enter starts the questionnaire.
import {MAX_PATH, untrusted} from '../../text/untrusted.js';
import type {Content, Lang} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import {framed, frameWidth} from '../chrome.js';
import type {Body, ScreenModule, UiContext} from '../context.js';
import {clampScroll, isScrollCommand, scrolled} from '../scroll.js';
import {blank, hanging, type Line, paragraph, wrapPath} from '../text.js';
import {engine, none} from '../transition.js';

export const LANG_NAME_KEY: Readonly<Record<Lang, string>> = {
  'zh-Hans': 'tui.lang.zhHans',
  'zh-Hant': 'tui.lang.zhHant',
  en: 'tui.lang.en',
};

/** Why nothing is saved when there is no path: --no-save, or no usable home folder (HOME empty or relative). */
export type NotSaved = 'noSave' | 'noHome';

export function welcomeLines(
  content: Content,
  lang: Lang,
  path: string | undefined,
  width: number,
  localeHint = false,
  notSaved: NotSaved = 'noSave',
): Line[] {
  const promise = path ? 'tui.welcome.privacy' : notSaved === 'noHome' ? 'tui.welcome.noHome' : 'tui.welcome.nosave';
  // First what must be on the first screen even at 40x20 (test/e2e/welcome-fold.test.ts): what this is, the
  // line for someone called about another's debt, the privacy promise, the crisis line. The details after.
  return [
    // A Chinese reader in a locale without UTF-8 reads first how to switch.
    ...(localeHint ? paragraph(t(content, 'tui.welcome.localeHint', lang), width, {tone: 'text.accent'}) : []),
    ...paragraph(t(content, 'tui.welcome.purpose', lang), width),
    ...paragraph(t(content, 'tui.welcome.someoneElse', lang), width),
    blank,
    ...paragraph(t(content, promise, lang), width),
    blank,
    ...paragraph(t(content, 'tui.welcome.crisis', lang), width, {tone: 'status.support'}),
    blank,
    // The path on lines of its own, indented on every one, broken after a "/" where it must be broken.
    ...(path
      ? [
          ...paragraph(t(content, 'tui.welcome.savedIn', lang), width),
          ...hanging([{text: '  '}], path, width, {}, wrapPath),
          ...paragraph(t(content, 'tui.welcome.privacyOptions', lang), width),
        ]
      : paragraph(t(content, 'tui.welcome.exportsOnly', lang), width)),
    blank,
    // "Continue next time" is only true when something is saved.
    ...paragraph(t(content, path ? 'tui.welcome.time' : 'tui.welcome.timeNoSave', lang, {count: content.questions.length}), width),
    blank,
    ...paragraph(t(content, 'tui.welcome.language', lang, {name: t(content, LANG_NAME_KEY[lang], lang)}), width, {
      tone: 'text.secondary',
    }),
  ];
}

export function welcomeBody(ctx: UiContext, lang: Lang, width: number): Body {
  // The path comes from the environment (HOME, XDG_CONFIG_HOME): shown escaped.
  const lines = welcomeLines(ctx.content, lang, ctx.storePath && untrusted(ctx.storePath, MAX_PATH), width, ctx.localeHint, ctx.noHome ? 'noHome' : 'noSave');
  // "Saved in:" never ends the window with its path below it.
  const label = t(ctx.content, 'tui.welcome.savedIn', lang);
  const at = lines.findIndex((line) => line.map((s) => s.text).join('') === label);
  return at < 0 ? {lines} : {lines, headings: new Set([at])};
}

export const welcomeScreen: ScreenModule<'welcome'> = {
  enter: () => ({kind: 'welcome', scroll: 0}),
  keys: () => 'welcome',
  frame(ctx, ui, s, size) {
    const body = welcomeBody(ctx, ui.app.lang, frameWidth(size));
    // In a terminal too short for it, the text scrolls, and only then do the hints say so.
    return framed(ctx, ui, 'welcome', size, body, (height) => ({top: clampScroll(s.scroll, body.lines.length, height)}), {scrollable: 'ifTaller'});
  },
  update(ctx, ui, s, frame, {command}) {
    if (command === 'select') return none(engine(ctx.content, ui, {type: 'START'}));
    if (!isScrollCommand(command)) return none(ui);
    return none({...ui, screen: {...s, scroll: scrolled(s.scroll, command, frame.body.lines.length, frame.height)}});
  },
};
