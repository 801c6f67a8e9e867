// --plain's text laid out for the terminal, so that the terminal never breaks a line in the middle of a
// word: each line is wrapped at the width between words and between CJK characters, with the interface's
// rules (source/ui/text.ts, `wrap`), and never inside a Latin word. A word wider than the line (a path, a
// web address) stands on a line of its own, whole, for the terminal to fold and the person to copy. A
// line's indent and list marker ("- ", "3. ", "☐ ") hang: what follows lines up under its text. (A table
// comes here already as records of lines: plain-document.ts.)
import {displayWidth} from '../output/width.js';
import {wrap} from '../ui/text.js';

/** Indent, then a list marker and its spaces, if any. */
const MARKER = /^ *(?:(?:[-•☐☑]|!!|\d{1,2}[.)])(?: +|(?=[^\x20-\x7e])))?/u;
/** A run of Latin text, with the opening marks before it and the closing marks after it that go with it. */
const WORD = /[（「『《〈【‘“]*[^\s\u1100-\uFFFF]+[，。、；：？！）」』》〉】’”]*/gu;

/** One line of text (no "\n") as lines of at most `width` columns, except a word wider than that. */
function wrapKeepingWords(text: string, width: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (const match of text.matchAll(WORD)) {
    if (displayWidth(match[0]) <= width) continue;
    const before = text.slice(from, match.index).trim();
    if (before !== '') out.push(...wrap(before, width));
    out.push(match[0]);
    from = match.index + match[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest !== '' || out.length === 0) out.push(...wrap(from === 0 ? text : rest, width));
  return out;
}

/** One line laid out at `width`, its indent and marker hanging. */
function layoutLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  let prefix = MARKER.exec(line)?.[0] ?? '';
  // A marker that would leave too little room for the text is not hung.
  if (displayWidth(prefix) > width / 2) prefix = '';
  const indent = displayWidth(prefix);
  const body = wrapKeepingWords(line.slice(prefix.length), width - indent);
  return body.map((part, i) => `${i === 0 ? prefix : ' '.repeat(indent)}${part}`);
}

/**
 * `text` laid out at `columns` (undefined: as it is). The last line keeps what follows it: a text that does
 * not end in "\n" (a prompt) is continued on the same line by what the person types.
 */
export function layoutPlain(text: string, columns: number | undefined): string {
  if (columns === undefined || !(columns > 0)) return text;
  // One column spare: a terminal that wraps at the last column would otherwise add an empty line.
  const width = Math.max(20, columns - 1);
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line;
      // A prompt's space before the answer stays.
      const trailing = / +$/.exec(line)?.[0] ?? '';
      const laid = layoutLine(line.trimEnd(), width).join('\n');
      return `${laid}${trailing}`;
    })
    .join('\n');
}
