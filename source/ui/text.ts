// Lines of styled text laid out by display width, so CJK wraps correctly and every screen knows its height.
import {displayWidth} from '../output/width.js';
import type {Tone} from './theme.js';

/** What a screen reader is told of a row (Ink's screen-reader mode): its role, its state and its text. */
export interface Aria {
  readonly role: 'option' | 'checkbox' | 'listitem';
  readonly state?: Readonly<{selected?: boolean; checked?: boolean; expanded?: boolean}>;
  readonly label: string;
}

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  /** On a row's first segment: the row as a screen reader should hear it (the row's other lines are hidden). */
  readonly aria?: Aria;
  /** Drawn, but not read out by a screen reader (a row's continuation lines, decoration). */
  readonly ariaHidden?: boolean;
}

export type Line = readonly Segment[];

export const FALLBACK_COLUMNS = 80;
export const FALLBACK_ROWS = 24;

// Kinsoku: punctuation that must not start a line (it stays with the character before it), and opening
// brackets and quotes that must not end one (they go with the character after them).
const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】’”,.;:?!)]}%']);
const NO_LINE_END = new Set([...'（「『《〈【‘“([{']);
const CLOSING: ReadonlyMap<string, string> = new Map([
  ['（', '）'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['【', '】'],
  ['‘', '’'],
  ['“', '”'],
  ['(', ')'],
]);
// A bracketed phrase this narrow, like "（可多选）", is kept on one line whole.
const SHORT_PHRASE = 12;

/** Latin words and numbers stay whole; each wide (CJK) character is its own unit; spaces are breaks. */
function tokens(text: string): string[] {
  return text.match(/ +|[^\s\u1100-\uFFFF]+|[\s\S]/gu) ?? [];
}

const isSpace = (token: string) => token.trim() === '';

/**
 * Tokens glued into the pieces a line may not break inside: an opening bracket with what follows it,
 * closing punctuation with what precedes it, and a short bracketed phrase whole.
 */
function units(parts: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const token = parts[i]!;
    const last = out.at(-1);
    const lastToken = last?.at(-1);
    const glue =
      last !== undefined &&
      lastToken !== undefined &&
      !isSpace(token) &&
      !isSpace(lastToken) &&
      (NO_LINE_END.has(lastToken) || NO_LINE_START.has(token));
    const unit = glue ? last : [];
    if (!glue) out.push(unit);
    unit.push(token);
    const close = CLOSING.get(token);
    if (close === undefined) continue;
    // A short bracketed phrase without spaces: take it whole, up to its closing bracket.
    let width = displayWidth(token);
    for (let j = i + 1; j < parts.length && !isSpace(parts[j]!); j++) {
      width += displayWidth(parts[j]!);
      if (width > SHORT_PHRASE) break;
      if (parts[j] === close) {
        unit.push(...parts.slice(i + 1, j + 1));
        i = j;
        break;
      }
    }
  }
  return out;
}

function wrapParagraph(text: string, width: number): string[] {
  const lines: string[][] = [[]];
  let used = 0;
  const newLine = () => {
    const last = lines.at(-1)!;
    while (last.length > 0 && last.at(-1)!.trim() === '') last.pop();
    lines.push([]);
    used = 0;
  };
  const push = (token: string) => {
    lines.at(-1)!.push(token);
    used += displayWidth(token);
  };
  // One token at a time, for a piece wider than the line: the old rules, and a word longer than the line
  // (a URL, a path) is cut by display width.
  const placeToken = (token: string) => {
    const w = displayWidth(token);
    const line = lines.at(-1)!;
    if (used + w <= width) {
      push(token);
      return;
    }
    if (NO_LINE_START.has(token) && line.length > 1) {
      // Carry what it must stay with down with it: the token before it, and before that one too if that
      // is closing punctuation itself ("a）" before "，").
      let take = 1;
      while (take < line.length - 1 && NO_LINE_START.has(line.at(-take)!)) take++;
      const carried = line.slice(-take);
      if (carried.reduce((sum, t) => sum + displayWidth(t), 0) + w <= width) {
        line.splice(-take);
        newLine();
        for (const part of carried) push(part);
        push(token);
        return;
      }
    }
    const hasText = line.some((part) => !isSpace(part));
    if (hasText) newLine();
    if (w <= width && hasText) {
      push(token);
      return;
    }
    for (const char of token) {
      if (used + displayWidth(char) > width) newLine();
      push(char);
    }
  };
  for (const unit of units(tokens(text))) {
    const w = unit.reduce((sum, token) => sum + displayWidth(token), 0);
    if (isSpace(unit[0]!)) {
      if (used + w > width) newLine();
      else if (!(used === 0 && lines.length > 1)) push(unit[0]!);
      continue;
    }
    if (used + w <= width) {
      for (const token of unit) push(token);
      continue;
    }
    const hasText = lines.at(-1)!.some((part) => !isSpace(part));
    if (w <= width && hasText) {
      newLine();
      for (const token of unit) push(token);
      continue;
    }
    // Wider than a line: placed token by token, an opening bracket joined to what follows it, so that
    // it never ends a line on its own (a long word after it is cut with the bracket on its first line).
    const joined: string[] = [];
    for (const token of unit) {
      const last = joined.at(-1);
      if (last !== undefined && NO_LINE_END.has([...last].at(-1)!)) joined[joined.length - 1] = last + token;
      else joined.push(token);
    }
    for (const token of joined) placeToken(token);
  }
  avoidWidow(lines, width);
  return lines.map((parts) => parts.join('').trimEnd());
}

const isWideToken = (token: string) => token.trim() !== '' && displayWidth(token) === 2 * [...token].length;
const visibleChars = (parts: readonly string[]) => [...parts.join('').trim()].length;

/**
 * A Chinese paragraph must not end on a line of one or two characters (“条”, “第二款）。”): characters move
 * down from the line above until the last line holds three, keeping the line-break rules (a closing mark
 * never starts the line, an opening one never ends the line above). Only between wide characters, where no
 * space is needed; English is left as it is.
 */
function avoidWidow(lines: string[][], width: number): void {
  const last = lines.at(-1)!;
  const above = lines.at(-2);
  if (!above || visibleChars(last) === 0 || visibleChars(last) > 2) return;
  const moved: string[] = [];
  while (visibleChars(last) + moved.length < 3 || NO_LINE_START.has(moved[0] ?? '') || NO_LINE_END.has(above.at(-1) ?? '')) {
    const token = above.at(-1);
    if (token === undefined || !isWideToken(token) || above.length <= 2) break;
    moved.unshift(above.pop()!);
  }
  const fits = displayWidth([...moved, ...last].join('')) <= width;
  const kept = !NO_LINE_START.has(moved[0] ?? '') && !NO_LINE_END.has(above.at(-1) ?? '');
  if (moved.length === 0 || !fits || !kept || visibleChars(moved) + visibleChars(last) < 3) {
    above.push(...moved);
    return;
  }
  last.unshift(...moved);
}

/**
 * Wraps plain text to a display width (CJK counts two columns), breaking between CJK characters or at
 * spaces, never before closing punctuation or after an opening bracket; paragraphs ("\n") are kept.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(2, width);
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, w));
}

/**
 * A file path wrapped to a display width: broken after a "/" where it can be, so each line is a whole
 * folder name; a name wider than the line is cut by display width.
 */
export function wrapPath(path: string, width: number): string[] {
  const w = Math.max(2, width);
  const lines: string[] = [''];
  for (const piece of path.split(/(?<=\/)/)) {
    const last = lines.at(-1)!;
    if (displayWidth(last + piece) <= w) {
      lines[lines.length - 1] = last + piece;
      continue;
    }
    if (last !== '') lines.push('');
    for (const char of piece) {
      if (displayWidth(lines.at(-1)! + char) > w) lines.push('');
      lines[lines.length - 1] += char;
    }
  }
  return lines;
}

/**
 * A paragraph with a hanging indent: the prefix on the first line, spaces of the same width on the others.
 * `wrapper` lays out the text (wrapPath for a path).
 */
export function hanging(
  prefix: Line,
  text: string,
  width: number,
  style: Omit<Segment, 'text'> = {},
  wrapper: (text: string, width: number) => string[] = wrap,
): Line[] {
  const indent = prefix.reduce((sum, s) => sum + displayWidth(s.text), 0);
  const body = wrapper(text, Math.max(4, width - indent));
  return body.map((part, i) => [
    ...(i === 0 ? prefix : [{text: ' '.repeat(indent)}]),
    {...style, text: part},
  ]);
}

export function paragraph(text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  return wrap(text, width).map((part) => [{...style, text: part}]);
}

export const blank: Line = [{text: ''}];

/** The lines of one row, told to a screen reader as one: `aria` on the first, the others hidden. */
export function labelled(lines: readonly Line[], aria: Aria): Line[] {
  return lines.map((line, i) =>
    i === 0 ? [{...line[0]!, aria}, ...line.slice(1)] : line.map((segment) => ({...segment, ariaHidden: true})),
  );
}

/** An ASCII bar "[####------]": block characters are ambiguous-width in CJK terminals. */
export function bar(fraction: number, width: number): string {
  const inner = Math.max(4, width - 2);
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * inner);
  return `[${'#'.repeat(filled)}${'-'.repeat(inner - filled)}]`;
}

/** `text` cut to `width` columns, ending in "..." when it was cut (ASCII: never of ambiguous width). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(`${out}${char}...`) > width) break;
    out += char;
  }
  return `${out.trimEnd()}...`;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, s) => sum + displayWidth(s.text), 0);
}
