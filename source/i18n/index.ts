// Language detection and UI string lookup. Pure apart from reading the environment passed in.
import {isLang, langOfTag} from '../content/languages.js';
import type {Content, Lang} from '../content/types.js';

export {isLang, langOfTag};

/**
 * The locale's language (docs/cli.md, language), read with the languages table's tags (zh_TW, zh_HK, zh_MO,
 * zh-Hant* give zh-Hant), then any other zh* is Simplified Chinese; else English.
 */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return langOfLocale(raw.split(/[.@]/)[0]!) ?? 'en';
}

/**
 * The language a locale or a browser's language tag names (zh_TW, zh-Hant-TW, en-GB): by the languages
 * table's tags, then any other zh* is Simplified Chinese; undefined for a language the tool is not in.
 * The terminal reads its locale with it, the web edition the browser's languages.
 */
export function langOfLocale(locale: string): Lang | undefined {
  const tag = locale.replace(/_/g, '-').toLowerCase();
  // A region subtag after the script, as in zh_TW or zh-Hant-TW; a locale may carry more (zh_TW_x).
  const found = langOfTag(tag) ?? langOfTag(tag.split('-').slice(0, 2).join('-'));
  if (found) return found;
  return tag === 'zh' || tag.startsWith('zh-') ? 'zh-Hans' : undefined;
}

/** The locale names no UTF-8 encoding (LANG=C, POSIX, unset): Chinese may be chosen by hand instead. */
export function plainLocale(env: Readonly<Record<string, string | undefined>>): boolean {
  return !/utf-?8/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

export type Vars = Readonly<Record<string, string | number>>;

/** A UI string in the given language with `{name}` placeholders filled. Unknown keys are a programming error. */
export function t(content: Pick<Content, 'ui'>, key: string, lang: Lang, vars: Vars = {}): string {
  const entry = content.ui[key];
  if (!entry) throw new Error(`Missing UI string "${key}"`);
  return fill(entry[lang], vars);
}

export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
