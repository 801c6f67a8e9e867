// The welcome screen: what the tool does, where answers are kept, one quiet line of crisis help (help
// should not wait fifteen questions), the language. Scrolls only in a terminal too short for it.
import {MAX_PATH, untrusted} from '../../text/untrusted.js';
import type {Content, Lang} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import type {Body, UiContext} from '../context.js';
import {blank, hanging, type Line, paragraph, wrapPath} from '../text.js';

export const LANG_NAME_KEY: Readonly<Record<Lang, string>> = {
  'zh-Hans': 'tui.lang.zhHans',
  'zh-Hant': 'tui.lang.zhHant',
  en: 'tui.lang.en',
};

export function welcomeLines(content: Content, lang: Lang, path: string | undefined, width: number, localeHint = false): Line[] {
  // The path on lines of its own, indented on every one, broken after a "/" where it must be broken.
  const privacy = path
    ? [
        ...paragraph(t(content, 'tui.welcome.privacy', lang), width),
        ...hanging([{text: '  '}], path, width, {}, wrapPath),
        ...paragraph(t(content, 'tui.welcome.privacyOptions', lang), width),
      ]
    : paragraph(t(content, 'tui.welcome.nosave', lang), width);
  return [
    ...paragraph(t(content, 'tui.welcome.purpose', lang), width),
    blank,
    ...privacy,
    blank,
    // "Continue next time" is only true when something is saved.
    ...paragraph(t(content, path ? 'tui.welcome.time' : 'tui.welcome.timeNoSave', lang, {count: content.questions.length}), width),
    blank,
    ...paragraph(t(content, 'tui.welcome.crisis', lang), width, {tone: 'status.support'}),
    blank,
    ...paragraph(t(content, 'tui.welcome.language', lang, {name: t(content, LANG_NAME_KEY[lang], lang)}), width, {
      tone: 'text.secondary',
    }),
    ...(localeHint ? paragraph(t(content, 'tui.welcome.localeHint', lang), width, {tone: 'text.accent'}) : []),
  ];
}

export function welcomeBody(ctx: UiContext, lang: Lang, width: number): Body {
  // The path comes from the environment (HOME, XDG_CONFIG_HOME): shown escaped.
  return {lines: welcomeLines(ctx.content, lang, ctx.storePath && untrusted(ctx.storePath, MAX_PATH), width, ctx.localeHint)};
}
