// The languages, as one table (docs/languages.md: how to add one). The program, scripts/build-content.js
// and scripts/build.js read it. A region pack (the content of another country) would add a dimension
// beside this one: the content is keyed by language only, and `REGION` names the one region there is.

export interface Typography {
  /** Quotation marks, outer and inner (zh-Hans: GB/T 15834-2011; zh-Hant: 「」 and 『』). */
  readonly quotes: readonly [string, string];
  readonly innerQuotes: readonly [string, string];
  /** What joins two sentences written one after the other: a space in English, nothing in Chinese. */
  readonly sentenceJoin: string;
  /** How a numbered line in a document starts. */
  readonly numbering: 'arabic' | 'chinese';
}

export interface Language {
  readonly id: string;
  /** Its own name, as the language switch shows it. */
  readonly name: string;
  /** Written by hand in questions/, or derived at build time from another language. */
  readonly source: {readonly authored: true} | {readonly derivedFrom: string; readonly by: 'opencc-tw'};
  /**
   * The --lang spellings taken for it, lower case: an exact tag, or a prefix ending in `-` (`en-` takes
   * en-GB). The locale (LANG) is read with the same table, then any other `zh*` is the first Chinese.
   */
  readonly tags: readonly string[];
  readonly typography: Typography;
  /**
   * Chinese, which the region's lenders, regulators and courts read: a document for one of them
   * (`sendInChinese`), shown in another language, says to send the Chinese version.
   */
  readonly chinese: boolean;
}

export const LANGUAGES = [
  {
    id: 'zh-Hans',
    name: '简体中文',
    source: {authored: true},
    tags: ['zh', 'zh-cn', 'zh-sg', 'zh-hans', 'zh-hans-'],
    typography: {quotes: ['“', '”'], innerQuotes: ['‘', '’'], sentenceJoin: '', numbering: 'chinese'},
    chinese: true,
  },
  {
    id: 'zh-Hant',
    name: '繁體中文',
    source: {derivedFrom: 'zh-Hans', by: 'opencc-tw'},
    tags: ['zh-tw', 'zh-hk', 'zh-mo', 'zh-hant', 'zh-hant-'],
    typography: {quotes: ['「', '」'], innerQuotes: ['『', '』'], sentenceJoin: '', numbering: 'chinese'},
    chinese: true,
  },
  {
    id: 'en',
    name: 'English',
    source: {authored: true},
    tags: ['en', 'en-'],
    typography: {quotes: ['"', '"'], innerQuotes: ["'", "'"], sentenceJoin: ' ', numbering: 'arabic'},
    chinese: false,
  },
] as const satisfies readonly Language[];

export type Lang = (typeof LANGUAGES)[number]['id'];
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.id);

/** A language's id exactly as written (an answers file's "lang", saved progress). */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
/** A language written by hand in questions/ (the others are derived from them). */
export type Authored = Extract<(typeof LANGUAGES)[number], {source: {authored: true}}>['id'];
/** The languages written by hand in questions/, in table order. */
export const AUTHORED = LANGUAGES.filter((l) => 'authored' in l.source).map((l) => l.id) as readonly Authored[];

export const language = (lang: Lang): Language => LANGUAGES.find((l) => l.id === lang)!;

/** The one region the content is written for; a region pack would add another (docs/languages.md). */
export const REGION = 'cn';

/** The language a --lang value or a locale names, by the table's tags (case-insensitive), if any. */
export function langOfTag(tag: string): Lang | undefined {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  for (const l of LANGUAGES) {
    if (l.tags.some((x) => (x.endsWith('-') ? t.startsWith(x) : t === x))) return l.id;
  }
  return undefined;
}
