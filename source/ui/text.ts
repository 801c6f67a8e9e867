// Lines of styled text laid out by display width, so CJK wraps correctly and every screen knows its height.
import stringWidth from 'string-width';
import type {Tone} from './theme.js';

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
}

export type Line = readonly Segment[];

export const MIN_WIDTH = 20;
export const FALLBACK_COLUMNS = 80;
export const FALLBACK_ROWS = 24;

export function displayWidth(text: string): number {
  return stringWidth(text);
}

// Punctuation that must not start a line (kinsoku): it is pulled onto the line before with one character.
const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】’”,.;:?!)]}%']);

/** Latin words and numbers stay whole; each wide (CJK) character is its own unit; spaces are breaks. */
function tokens(text: string): string[] {
  return text.match(/ +|[^\s\u1100-\uFFFF]+|[\s\S]/gu) ?? [];
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
  for (const token of tokens(text)) {
    const w = stringWidth(token);
    const line = lines.at(-1)!;
    if (used + w <= width) {
      if (!(used === 0 && token.trim() === '' && lines.length > 1)) {
        line.push(token);
        used += w;
      }
      continue;
    }
    if (token.trim() === '') {
      newLine();
      continue;
    }
    if (NO_LINE_START.has(token) && line.length > 1 && stringWidth(line.at(-1)!) + w <= width) {
      const carried = line.pop()!;
      newLine();
      lines.at(-1)!.push(carried, token);
      used = stringWidth(carried) + w;
      continue;
    }
    const hasText = line.some((part) => part.trim() !== '');
    if (hasText) newLine();
    if (w <= width && hasText) {
      lines.at(-1)!.push(token);
      used = w;
      continue;
    }
    // A word longer than the line (a URL, a path): cut it by display width.
    for (const char of token) {
      const cw = stringWidth(char);
      if (used + cw > width) newLine();
      lines.at(-1)!.push(char);
      used += cw;
    }
  }
  return lines.map((parts) => parts.join('').trimEnd());
}

/**
 * Wraps plain text to a display width (CJK counts two columns), breaking between CJK characters or at
 * spaces, never before closing punctuation; paragraphs ("\n") are kept.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(2, width);
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, w));
}

/**
 * A paragraph with a hanging indent: the prefix on the first line, spaces of the same width on the others.
 */
export function hanging(prefix: Line, text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  const indent = prefix.reduce((sum, s) => sum + displayWidth(s.text), 0);
  const body = wrap(text, Math.max(4, width - indent));
  return body.map((part, i) => [
    ...(i === 0 ? prefix : [{text: ' '.repeat(indent)}]),
    {...style, text: part},
  ]);
}

export function paragraph(text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  return wrap(text, width).map((part) => [{...style, text: part}]);
}

export const blank: Line = [{text: ''}];

/** An ASCII bar "[####------]": block characters are ambiguous-width in CJK terminals. */
export function bar(fraction: number, width: number): string {
  const inner = Math.max(4, width - 2);
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * inner);
  return `[${'#'.repeat(filled)}${'-'.repeat(inner - filled)}]`;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, s) => sum + displayWidth(s.text), 0);
}
