// Chinese typography over every zh string of the compiled content: “” and ‘’ in zh-Hans (GB/T 15834-2011),
// 「」 and 『』 in zh-Hant by conversion, no ASCII quotes or half-width punctuation in Chinese text, one
// spacing rule between Chinese and Latin letters or digits (a space: “拨打 12378”, “借款 App”), and no
// " - " separator in titles.
import {describe, expect, it} from 'vitest';
import {HANT_MISCONVERSIONS, requote} from '../../source/content/compile.js';
import {language} from '../../source/content/languages.js';
import {content} from '../../source/content/generated.js';
import {localizedStrings} from './helpers.js';

const strings = localizedStrings(content);
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const ZH = ['zh-Hans', 'zh-Hant'] as const;
/** zh-Hant's quotation marks from zh-Hans', by the languages table. */
const toHantQuotes = requote(language('zh-Hans').typography, language('zh-Hant').typography);

/** Placeholders filled with words of the string's own language (a permission's name: 通讯录), not Latin text. */
const WORD_PLACEHOLDERS = new Set(['permission', 'state']);

/**
 * URLs and {placeholders} stand for Latin text (a path, a file, a number), but for those filled with words of
 * the string's language; command lines and JSON in the help are code, not prose.
 */
const prose = (s: string) =>
  s
    .replace(/https?:\/\/\S+/g, 'URL')
    .replace(/\{(\w+)\}/g, (_, name: string) => (WORD_PLACEHOLDERS.has(name) ? '词' : 'X'))
    .split('\n')
    .filter((line) => !/^\s+(debt-privacy-check|\[--|\{ "|"answers")/.test(line))
    .join('\n');

/** Every place in a zh string where `pattern` matches, with a little context, for readable failures. */
function offences(pattern: RegExp, langs: readonly ('zh-Hans' | 'zh-Hant')[] = ZH): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  return strings.flatMap(({where, text}) =>
    langs.flatMap((lang) =>
      [...prose(text[lang]).matchAll(global)].map((m) => {
        const at = m.index ?? 0;
        return `${where} ${lang}: …${prose(text[lang]).slice(Math.max(0, at - 8), at + m[0].length + 8)}…`;
      }),
    ),
  );
}

describe('Chinese typography (every zh string)', () => {
  it('the walk covers the content: questions, checklist, references, reasons, the answers, the documents and the UI strings', () => {
    const where = new Set(strings.map((s) => s.where.split(/[.[(]/)[1]));
    expect([...where].sort()).toEqual(['answers', 'checklist', 'documents', 'questions', 'reasons', 'references', 'sections', 'ui'].sort());
    // Every document's paragraphs and lines, of the text to send and of how to send it, and its table.
    for (const doc of content.documents) {
      for (const part of ['title', 'text', 'howToSend', ...(doc.table ? ['table'] : [])]) {
        const at = new RegExp(`^content\\.documents\\[\\d+\\]\\(${doc.id}\\)\\.${part}\\b`);
        expect(strings.some(({where}) => at.test(where)), `${doc.id}.${part}`).toBe(true);
      }
    }
  });

  it('zh-Hans quotes with “” and ‘’, never 「」 or 『』', () => {
    expect(offences(/[「」『』]/u, ['zh-Hans'])).toEqual([]);
  });

  it('zh-Hant quotes with 「」 and 『』, converted one for one from zh-Hans', () => {
    expect(offences(/[“”‘’]/u, ['zh-Hant'])).toEqual([]);
    const marks = (s: string) => [...s].filter((c) => '“”‘’「」『』'.includes(c)).join('');
    for (const {where, text} of strings) expect(marks(text['zh-Hant']), where).toBe(toHantQuotes(marks(text['zh-Hans'])));
    // The conversion is real: the content has quotations to convert.
    expect(strings.filter(({text}) => text['zh-Hant'].includes('「')).length).toBeGreaterThan(20);
  });

  it('zh-Hant has none of the words opencc gets wrong here (发卡银行 is 發卡, not 髮卡), and the content does use them', () => {
    for (const [wrong, right] of HANT_MISCONVERSIONS) {
      expect(strings.filter(({text}) => text['zh-Hant'].includes(wrong)).map(({where}) => where)).toEqual([]);
      expect(strings.some(({text}) => text['zh-Hant'].includes(right))).toBe(true);
    }
  });

  it('no ASCII quotation mark in Chinese text', () => {
    expect(offences(new RegExp(`[${HAN}，。：；、]["']|["'][${HAN}，。：；、]`, 'u'))).toEqual([]);
    // Nor a pair of them around Chinese words.
    expect(offences(new RegExp(`"[^"\\n]*[${HAN}][^"\\n]*"`, 'u'))).toEqual([]);
  });

  it('full-width punctuation next to Chinese: no ASCII , . ; : ? ! ( ) beside a Han character', () => {
    expect(offences(new RegExp(`[${HAN}][,.;:?!()]|[,;:?!()][${HAN}]`, 'u'))).toEqual([]);
  });

  it('one spacing rule: a space between Chinese and Latin letters or digits, on both sides', () => {
    expect(offences(new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]`, 'u'))).toEqual([]);
    // and never a space between Chinese and full-width punctuation
    expect(offences(new RegExp(`[${HAN}] [，。；：？！、）]|[（“‘「] `, 'u'))).toEqual([]);
  });

  it('no " - " separator in any title', () => {
    const titles = strings.filter(({where}) => /\.title$/.test(where));
    expect(titles.length).toBeGreaterThan(50);
    const bad = titles.flatMap(({where, text}) => Object.entries(text).filter(([, t]) => t.includes(' - ')).map(([lang]) => `${where} ${lang}`));
    expect(bad).toEqual([]);
  });

  it('paragraphs are not hard-wrapped: questions, options, checklist texts, documents, references and reasons are one line each', () => {
    const single = strings.filter(({where}) => !/^content\.ui\b/.test(where));
    expect(single.filter(({where}) => where.startsWith('content.documents')).length).toBeGreaterThan(300);
    expect(single.filter(({text}) => Object.values(text).some((t) => t.includes('\n'))).map(({where}) => where)).toEqual([]);
  });
});

describe('the checks catch what they are for', () => {
  it('each rule flags a known bad string', () => {
    const bad = {
      cornerInHans: /[「」『』]/u.test('「爆通讯录」'),
      asciiQuote: new RegExp(`[${HAN}]["']`, 'u').test('担心"爆通讯录"'),
      halfWidth: new RegExp(`[${HAN}][,.;:?!()]`, 'u').test('逾期,怎么办'),
      spacing: new RegExp(`[${HAN}][A-Za-z0-9]`, 'u').test('拨打12378'),
    };
    expect(Object.values(bad)).toEqual([true, true, true, true]);
    expect(toHantQuotes('他说“不要再打来”，‘好’')).toBe('他说「不要再打来」，『好』');
  });
});
