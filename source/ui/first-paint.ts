// The first frame on the terminal before React, Ink and yoga have loaded (they take most of a start-up):
// the frame's lines, styled with Ink's own colour library, written in one go. Ink then draws its own first
// frame over it, line for line (handOver puts the cursor back at the frame's top): the same lines, so
// nothing on screen is blanked or changes. Keys typed meanwhile wait in the terminal's buffer (raw mode is
// on, so nothing is echoed) and reach Ink in order. Loads nothing of Ink's but chalk.
import chalk from 'chalk';
import type {Size, UiContext} from './context.js';
import {startFrame} from './screens/start.js';
import type {UiState} from './state.js';
import type {Line} from './text.js';
import {colour} from './theme.js';

const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';

/** One line, styled as the interface's Text components style it (source/ui/components/lines.tsx). */
export function styledLine(line: Line): string {
  let out = '';
  for (const segment of line) {
    let text = segment.text;
    if (segment.dim) text = chalk.dim(text);
    const name = colour(segment.tone);
    if (name) text = (chalk as unknown as Record<string, (s: string) => string>)[name]!(text);
    if (segment.bold) text = chalk.bold(text);
    if (segment.inverse) text = chalk.inverse(text);
    out += text;
  }
  return out;
}

export interface Painted {
  readonly size: Size;
  /** Moves the cursor back to the frame's first line, where Ink will write its own. */
  readonly handOver: () => void;
  /** Puts the terminal back (cursor, line discipline) when the program leaves before Ink took over. */
  readonly restore: () => void;
}

export interface PaintTarget {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
}

/** Writes the first frame for `initial`; nothing when the terminal will not take raw mode. */
export function firstPaint(ctx: UiContext, initial: UiState, {stdout, stdin}: PaintTarget): Painted | undefined {
  const size = {columns: stdout.columns > 0 ? stdout.columns : 80, rows: stdout.rows > 0 ? stdout.rows : 24};
  const lines = startFrame(ctx, initial, size).lines;
  try {
    // Keys typed from now on are not echoed and wait, in order, for Ink to read them.
    stdin.setRawMode(true);
  } catch {
    return undefined;
  }
  // As Ink ends a frame: a newline after the last line, unless the frame fills the terminal.
  const fills = lines.length >= size.rows;
  stdout.write(`${HIDE_CURSOR}${lines.map(styledLine).join('\n')}${fills ? '' : '\n'}`);
  const up = fills ? lines.length - 1 : lines.length;
  return {
    size,
    handOver: () => stdout.write(`${up > 0 ? `\u001B[${up}A` : ''}\r`),
    restore: () => {
      try {
        stdin.setRawMode(false);
      } catch {
        // Already closed.
      }
      stdout.write(SHOW_CURSOR);
    },
  };
}
