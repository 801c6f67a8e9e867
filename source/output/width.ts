// How many terminal columns a text takes: CJK and full-width forms two, and characters of ambiguous East
// Asian width (“ ” ‘ ’ · — … ①) two as well, since CJK terminals draw them wide. Counting them wide can
// only leave a line a little short in other terminals, never make it overflow.
//
// Plain text (Latin, CJK, their punctuation and forms: blocks without combining marks, joiners or emoji) is
// measured code point by code point; only the rest goes through string-width, whose grapheme segmenter
// starts ICU's break iterators: about 8 ms, which a screen of Chinese would otherwise pay before its first
// frame. (A list of ranges, not Unicode property classes, which take a while to compile.)
import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';

/** Plain text: every code point its own grapheme. The build reads this pattern for Ink's libraries too. */
export const PLAIN =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2460-\u24ff\u3000-\u3029\u3030-\u303f\u3041-\u3096\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]*$/;

// Layout measures the same short pieces (characters, words) over and over: remember their widths.
const widths = new Map<string, number>();

const AMBIGUOUS_WIDE = {ambiguousAsWide: true} as const;

function measure(text: string): number {
  if (!PLAIN.test(text)) return stringWidth(text, {ambiguousIsNarrow: false});
  // Plain text is all in the BMP: one UTF-16 unit per code point, read without making a string of each.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    width += code >= 0x20 && code < 0x7f ? 1 : eastAsianWidth(code, AMBIGUOUS_WIDE);
  }
  return width;
}

export function displayWidth(text: string): number {
  if (text.length > 16) return measure(text);
  let width = widths.get(text);
  if (width === undefined) {
    width = measure(text);
    if (widths.size < 10_000) widths.set(text, width);
  }
  return width;
}
