// How many terminal columns a text takes: CJK and full-width forms two, and characters of ambiguous East
// Asian width (“ ” ‘ ’ · — … ①) two as well, since CJK terminals draw them wide. Counting them wide can
// only leave a line a little short in other terminals, never make it overflow.
import stringWidth from 'string-width';

// Layout measures the same short pieces (characters, words) over and over: remember their widths.
const widths = new Map<string, number>();
const measure = (text: string) => stringWidth(text, {ambiguousIsNarrow: false});

export function displayWidth(text: string): number {
  if (text.length > 16) return measure(text);
  let width = widths.get(text);
  if (width === undefined) {
    width = measure(text);
    if (widths.size < 10_000) widths.set(text, width);
  }
  return width;
}
