// Language detection and UI string lookup. Pure apart from reading the environment passed in.
import type {Content, Lang} from '../content/types.js';
import {LANGS} from '../content/types.js';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The locale's language (docs/cli.md, language): zh_TW, zh_HK, zh_MO, zh-Hant* -> zh-Hant; other zh* -> zh-Hans; else en. */
export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const tag = raw.split('.')[0]!.replace('_', '-').toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-Hant';
  if (tag.startsWith('zh')) return 'zh-Hans';
  return 'en';
}

/** The locale names no UTF-8 encoding (LANG=C, POSIX, unset): Chinese may be chosen by hand instead. */
export function plainLocale(env: Readonly<Record<string, string | undefined>>): boolean {
  return !/utf-?8/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

export type Vars = Readonly<Record<string, string | number>>;

/** A UI string in the given language with `{name}` placeholders filled. Unknown keys are a programming error. */
export function t(content: Content, key: string, lang: Lang, vars: Vars = {}): string {
  const entry = content.ui[key];
  if (!entry) throw new Error(`Missing UI string "${key}"`);
  return fill(entry[lang], vars);
}

export function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
