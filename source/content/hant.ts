// zh-Hant from zh-Hans (docs/content.md, Traditional Chinese): ordinary text gets OpenCC's phrase-level
// Taiwan conversion (s2twp), but for the reviewed words of questions/zh-hant.yaml; the names of laws,
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

type Dict = string | readonly (readonly [string, string])[];
type Config = {normalizationChain: Dict[][]; segmentation: Dict[]; conversionChain: Dict[][]};

/**
 * OpenCC's s2tw (Traditional characters) and s2twp (with Taiwan phrases), run as opencc-js runs them:
 * normalise, cut into Simplified phrases, convert each through the chain. They share all but the last step,
 * and building a converter costs more than converting the whole content, so the shared tries are built once.
 */
function taiwanConverters() {
  const {s2tw, s2twp} = OpenCC.Locale.configs as unknown as Record<'s2tw' | 's2twp', Config>;
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((one, i) => one === b[i]);
  const [simplified, characters, ...more] = s2tw.conversionChain;
  const [simplifiedToo, phrases, ...morePhrases] = s2twp.conversionChain;
  if (
    !(simplified && characters && simplifiedToo && phrases) ||
    more.length + morePhrases.length > 0 ||
    !same(simplified, simplifiedToo) ||
    !same(s2tw.segmentation, s2twp.segmentation) ||
    !same(s2tw.normalizationChain.flat(), s2twp.normalizationChain.flat())
  ) {
    throw new Error('opencc-js: s2tw and s2twp no longer share their first steps');
  }
  const trie = (group: readonly Dict[]): OpenCC.Trie => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(group);
    return t;
  };
  const normalize = s2tw.normalizationChain.map(trie);
  const segments = trie(s2tw.segmentation);
  const first = trie(simplified);
  const run = (last: OpenCC.Trie) => (text: string) =>
    segments
      .segment(normalize.reduce((t, n) => n.convert(t), text))
      .map((segment: string) => last.convert(first.convert(segment)))
      .join('');
  return {characters: run(trie(characters)), taiwan: run(trie(phrases))};
}

/** Converts one zh-Hans text to zh-Hant by the rules (quotation marks are left to the caller). */
export function hantConverter(rules: ZhHantRules): (hans: string) => string {
  const {characters, taiwan} = taiwanConverters();
  const menus = new Map(Object.entries(rules.menus));
  const words = new Map(Object.entries(rules.vocabulary));
  // The first to start wins; of those starting at one place, the longest (a name, or a phrase of the table).
  const spans = [...rules.protected, ...words.keys()]
    .filter((one) => one.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(literal);
  const special = new RegExp([TITLE.source, ...spans].join('|'), 'gu');
  const kept = new Set(rules.protected);

  /** Ordinary text: names kept as written, the table's words as it says, the rest in Taiwan phrases. */
  const prose = (text: string) => {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(special)) {
      const [found] = m;
      const table = kept.has(found) || found.startsWith('《') ? undefined : words.get(found);
      out += taiwan(text.slice(at, m.index)) + (table ?? characters(found));
      at = m.index + found.length;
    }
    return out + taiwan(text.slice(at));
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
