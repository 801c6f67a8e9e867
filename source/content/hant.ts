// zh-Hant from zh-Hans (docs/content.md, "Traditional Chinese"): ordinary text gets OpenCC's phrase-level
// Taiwan conversion (s2twp) with the reviewed vocabulary of questions/zh-hant.yaml; the names of laws,
// institutions, hotlines and documents are kept as written, in Traditional characters (s2tw); the steps of a
// menu path are what a Traditional-Chinese phone shows, where the content's sources give it.
import * as OpenCC from 'opencc-js';
import {z} from 'zod';

const word = z.string().regex(/^\S(.*\S)?$/u, 'a word, without spaces around it');
export const zhHantFile = z.strictObject({
  protected: z.array(word).min(1),
  vocabulary: z.record(word, word),
  menus: z.record(word, word),
});
export type ZhHantRules = z.infer<typeof zhHantFile>;

/** The title of a law, a regulation, a standard or a document, between 《 and 》: kept as written. */
export const TITLE = /《[^》\n]*》/gu;

/** A step of a menu path: Chinese words, with a Latin word before or after them (借款 App, USB 调试). */
const STEP = '(?:[A-Za-z0-9]+ )?[^\\s>，。；：、“”‘’（）()《》]+(?: [A-Za-z0-9]+)?';
/** Two steps or more joined by " > ", beginning after a space, a mark or the start of the text. */
export const MENU_PATH = new RegExp(`(?<![^\\s“‘（(：，、；])${STEP}(?: > ${STEP})+`, 'gu');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Dict = string | (readonly [string, string])[];
type Config = {normalizationChain: Dict[][]; segmentation: Dict[]; conversionChain: Dict[][]};

/**
 * OpenCC's s2twp as opencc-js runs it (normalise, cut the text into Simplified phrases, convert each phrase
 * through the chain), with the vocabulary's phrases cut out whole and converted to what the table says.
 */
export function phraseConverter(vocabulary: Readonly<Record<string, string>>): (text: string) => string {
  const s2twp = OpenCC.Locale.configs.s2twp as unknown as Config;
  const toStandard = OpenCC.Converter({from: 'cn', to: 't'});
  const words = Object.entries(vocabulary);
  const trie = (group: Dict[]): OpenCC.Trie => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(group);
    return t;
  };
  const normalize = s2twp.normalizationChain.map(trie);
  // In a group the first dictionary wins a tie, so the vocabulary goes first.
  const segments = trie([words.map(([hans]) => [hans, hans] as const), ...s2twp.segmentation]);
  const [characters, taiwan, ...rest] = s2twp.conversionChain;
  if (!characters || !taiwan || rest.length > 0) throw new Error('opencc-js: unexpected s2twp chain');
  const chain = [trie(characters), trie([words.map(([hans, hant]) => [toStandard(hans), hant] as const), ...taiwan])];
  return (text) => {
    const normal = normalize.reduce((t, n) => n.convert(t), text);
    return segments
      .segment(normal)
      .map((segment: string) => chain.reduce((t, c) => c.convert(t), segment))
      .join('');
  };
}

/** Converts one zh-Hans text to zh-Hant by the rules (quotation marks are left to the caller). */
export function hantConverter(rules: ZhHantRules): (hans: string) => string {
  const characters = OpenCC.Converter({from: 'cn', to: 'tw'});
  const phrases = phraseConverter(rules.vocabulary);
  const menus = new Map(Object.entries(rules.menus));
  // At one place the longest name wins; a name starting earlier wins over one starting inside it.
  const names = rules.protected
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(literal);
  const named = new RegExp([TITLE.source, ...names].join('|'), 'gu');

  /** Ordinary text, with the names in it kept as written. */
  const prose = (text: string) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(named)) {
      out += phrases(text.slice(at, m.index)) + characters(m[0]);
      at = m.index + m[0].length;
    }
    return out + phrases(text.slice(at));
  };
  /** A step the table names is the phone's; any other is kept as written, but the first (an icon, 设置). */
  const step = (one: string, first: boolean) => menus.get(one) ?? (first ? prose(one) : characters(one));

  return (hans) => {
    let out = '';
    let at = 0;
    for (const m of hans.matchAll(MENU_PATH)) {
      out += prose(hans.slice(at, m.index)) + m[0].split(' > ').map((one, i) => step(one, i === 0)).join(' > ');
      at = m.index + m[0].length;
    }
    return out + prose(hans.slice(at));
  };
}
