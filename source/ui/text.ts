// Lines of styled text laid out by display width, so CJK wraps correctly and every screen knows its height.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
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

/** Wraps plain text to a display width (CJK counts two columns); paragraphs ("\n") are kept. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  return wrapAnsi(text, w, {hard: true, trim: true, wordWrap: true}).split('\n');
}

/**
 * A paragraph with a hanging indent: the prefix on the first line, spaces of the same width on the others.
 */
export function hanging(prefix: Line, text: string, width: number, style: Omit<Segment, 'text'> = {}): Line[] {
  const indent = prefix.reduce((sum, s) => sum + displayWidth(s.text), 0);
  const body = wrap(text, Math.max(MIN_WIDTH / 2, width - indent));
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
