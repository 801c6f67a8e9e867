// docs/content.md: every string in three languages, zh-Hant really converted, English really English,
// no pinyin artefacts, full-width punctuation in Chinese.
import {describe, expect, it} from 'vitest';
import {PINYIN_ARTEFACT} from '../../source/content/compile.js';
import {content} from '../../source/content/generated.js';
import {type DocumentContent, LANGS} from '../../source/content/types.js';
import {localizedStrings} from './helpers.js';

const strings = localizedStrings(content);
/** Language names are written in their own script in every language (the language switch). */
/** Language names in their own script, and the hints for a non-UTF-8 locale, which are bilingual on purpose. */
const ownScript = (where: string) => where.startsWith('content.ui.tui.lang.') || where.endsWith('.localeHint');
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const HAN_G = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** A document's title, its paragraphs and lines, and its table's label, column names and rules. */
const documentStrings = (d: DocumentContent) =>
  1 +
  [...d.text, ...d.howToSend].reduce((n, b) => n + ('text' in b ? 1 : 'list' in b ? b.list.length + (b.otherwise?.length ?? 0) : 0), 0) +
  (d.table ? 1 + d.table.columns.reduce((n, c) => n + (c.limit ? 2 : 1), 0) : 0);

describe('every string of the content', () => {
  it('the walk finds all the strings (questions, options, checklist, references, reasons, answers, documents, ui)', () => {
    const optionLabels = content.questions.reduce((n, q) => n + q.options.length, 0);
    const minimum =
      content.sections.length +
      2 * content.questions.length +
      optionLabels +
      content.checklist.reduce((n, c) => n + 1 + c.why.length + c.steps.length, 0) +
      content.references.length +
      content.reasons.length +
      content.answers.reduce((n, a) => n + a.text.length, 0) +
      content.documents.reduce((n, d) => n + documentStrings(d), 0) +
      Object.keys(content.ui).length;
    expect(strings.length).toBe(minimum);
  });

  it('is non-empty in zh-Hans, zh-Hant and en', () => {
    for (const {where, text} of strings) {
      for (const lang of LANGS) expect(text[lang].trim().length, `${where} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('has no pinyin artefact in any language', () => {
    const bad = strings.flatMap(({where, text}) =>
      LANGS.filter((lang) => PINYIN_ARTEFACT.test(text[lang])).map((lang) => `${where} ${lang}: ${text[lang]}`),
    );
    expect(bad).toEqual([]);
  });

  it('zh-Hant is converted: it differs from zh-Hans wherever zh-Hans uses a simplified-only character', () => {
    // Characters whose traditional form differs; each pair must appear converted.
    const PAIRS: readonly [string, string][] = [
      ['个', '個'],
      ['权', '權'],
      ['们', '們'],
      ['时', '時'],
      ['请', '請'],
      ['联', '聯'],
      ['录', '錄'],
      ['还', '還'],
    ];
    const checked = new Set<string>();
    for (const {where, text} of strings) {
      for (const [hans, hant] of PAIRS) {
        if (!text['zh-Hans'].includes(hans)) continue;
        checked.add(hans);
        // The word may change (联系 → 聯絡, 通讯录 → 聯絡人 in a menu path: test/content/zh-hant.test.ts), so only
        // the Simplified character is checked gone; ${hant} is its Traditional form.
        expect(text['zh-Hant'], `${where}: ${hans} left unconverted (${hant})`).not.toContain(hans);
        expect(text['zh-Hant']).not.toBe(text['zh-Hans']);
      }
    }
    // The spot-check only means something if these characters occur in the content.
    expect([...checked].sort()).toEqual(PAIRS.map(([h]) => h).sort());
  });

  it('zh-Hant has the same placeholders as zh-Hans (its words may differ in length: 卸载 → 解除安裝)', () => {
    for (const {where, text} of strings) {
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(text['zh-Hant']), where).toEqual(ph(text['zh-Hans']));
    }
  });

  it('Chinese strings contain Chinese: zh-Hans has Han characters wherever en has letters that are not just a name', () => {
    // A zh-Hans text that equals its en text was not translated (brand names like "iPhone" excepted).
    const same = strings.filter(({where, text}) => !ownScript(where) && text['zh-Hans'] === text.en && /[a-z]{3,}\s+[a-z]{3,}/i.test(text.en));
    expect(same.map(({where}) => where)).toEqual([]);
  });

  it('en is English: no en string is more than half CJK characters', () => {
    const bad = strings.filter(({where, text}) => {
      if (ownScript(where)) return false;
      const letters = text.en.replace(/[\s\p{P}\p{S}\d]/gu, '');
      const han = text.en.match(HAN_G)?.length ?? 0;
      return letters.length > 0 && han / letters.length > 0.5;
    });
    expect(bad.map(({where, text}) => `${where}: ${text.en}`)).toEqual([]);
  });

  it('en uses Han characters only inside quotes or parentheses (Chinese names), never in running text', () => {
    // Strip "…", “…”, '…', (…), （…）, 《…》 and menu steps ("> 我要投诉") and see whether any Han is left.
    const outside = (s: string) =>
      s
        .replace(/>\s*[\u3400-\u9fff\w]+/gu, '')
        .replace(/"[^"]*"/g, '')
        .replace(/“[^”]*”/g, '')
        .replace(/'[^'\n]*'/g, '')
        .replace(/\([^)]*\)/g, '')
        .replace(/（[^）]*）/g, '')
        .replace(/《[^》]*》/g, '');
    const bad = strings.filter(({where, text}) => !ownScript(where) && HAN.test(outside(text.en)));
    expect(bad.map(({where, text}) => `${where}: ${text.en}`)).toEqual([]);
  });

  it('zh-Hans and zh-Hant use full-width punctuation: no ASCII , ; ? ! ( ) next to a Han character', () => {
    // URLs and {placeholders} are removed first: ASCII punctuation is right there.
    const clean = (s: string) => s.replace(/https?:\/\/\S+/g, ' ').replace(/\{\w+\}/g, ' ');
    const SLOPPY = /[\u3400-\u9fff][,;?!()]|[,;?!()][\u3400-\u9fff]/u;
    const bad = strings.flatMap(({where, text}) =>
      (['zh-Hans', 'zh-Hant'] as const)
        .filter((lang) => SLOPPY.test(clean(text[lang])))
        .map((lang) => `${where} ${lang}: …${clean(text[lang]).match(new RegExp(`.{0,8}${SLOPPY.source}.{0,8}`, 'u'))?.[0]}…`),
    );
    expect(bad).toEqual([]);
  });

  it('zh-Hans and zh-Hant pair parentheses of the same width: no "（…)" or "(…）"', () => {
    const clean = (s: string) => s.replace(/https?:\/\/\S+/g, ' ');
    const count = (s: string, c: string) => s.split(c).length - 1;
    const bad = strings.flatMap(({where, text}) =>
      (['zh-Hans', 'zh-Hant'] as const)
        .filter((lang) => {
          const t = clean(text[lang]);
          return count(t, '（') !== count(t, '）') || count(t, '(') !== count(t, ')');
        })
        .map((lang) => `${where} ${lang}: ${text[lang].slice(0, 60)}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('terminal-safe characters', () => {
  it('questions, options and reasons avoid ambiguous-width characters (they misalign in CJK terminals)', () => {
    const ambiguous = /[\u00B7\u2026\u2190-\u2199\u2460-\u24FF\u00B1\u2500-\u25FF\u2013\u2014\u2018\u2019\u201C\u201D]|\uFE0F|\u200D/u;
    const texts = [
      ...content.questions.flatMap((q) => [q.prompt, q.help, ...q.options.map((o) => o.label)]),
      ...content.sections.map((s) => s.title),
      ...content.reasons.map((r) => r.text),
    ].flatMap((l) => Object.values(l));
    expect(texts.filter((text) => ambiguous.test(text))).toEqual([]);
  });
});
