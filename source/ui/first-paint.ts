// The first frame on the terminal before React, Ink and yoga have loaded (they take most of a start-up):
// the same frame Ink will draw, written byte for byte as Ink writes it, so that when Ink takes over it
// finds the frame already on screen and writes nothing. Keys typed meanwhile wait in the terminal's buffer
// (raw mode is on, so nothing is echoed) and reach Ink in order. Loads nothing of Ink's.
import type {Size, UiContext} from './context.js';
import {frameOf} from './frame.js';
import type {UiState} from './state.js';
import type {Line, Segment} from './text.js';
import {colour} from './theme.js';

const HIDE_CURSOR = '\u001B[?25l';
const SHOW_CURSOR = '\u001B[?25h';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether Ink's colour library will write any style at all: the decisions of its colour detection (chalk's
 * supports-color) that tell level 0 from the rest, for an interactive terminal.
 */
export function stylesOn(env: Env, platform: NodeJS.Platform, isTTY: boolean): boolean {
  let force: number | undefined;
  if (env.FORCE_COLOR !== undefined) {
    const value = env.FORCE_COLOR;
    force = value === 'true' || value === '' ? 1 : value === 'false' ? 0 : Math.min(Number.parseInt(value, 10), 3);
  }
  if (force === 0) return false;
  if ('TF_BUILD' in env && 'AGENT_NAME' in env) return true;
  if (!isTTY && force === undefined) return false;
  const least = (force || 0) > 0;
  if (env.TERM === 'dumb') return least;
  if (platform === 'win32') return true;
  if ('CI' in env) {
    const known = ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI', 'TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'];
    return known.some((key) => key in env) || env.CI_NAME === 'codeship' || least;
  }
  if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION ?? '');
  if (env.COLORTERM === 'truecolor' || ['xterm-kitty', 'xterm-ghostty', 'wezterm'].includes(env.TERM ?? '')) return true;
  if (env.TERM_PROGRAM === 'iTerm.app' || env.TERM_PROGRAM === 'Apple_Terminal') return true;
  const term = env.TERM ?? '';
  if (/-256(color)?$/i.test(term) || /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(term)) return true;
  return 'COLORTERM' in env || least;
}

/** An SGR style: the code that opens it and the one that closes it. */
interface Style {
  readonly open: string;
  readonly close: string;
}

const sgr = (open: number, close: number): Style => ({open: `\u001B[${open}m`, close: `\u001B[${close}m`});
const BOLD = sgr(1, 22);
const DIM = sgr(2, 22);
const INVERSE = sgr(7, 27);
/** The colour names the theme uses, as their 16-colour codes (the same at every colour level). */
const COLOURS: Readonly<Record<string, Style>> = {
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  magenta: sgr(35, 39),
  cyan: sgr(36, 39),
  gray: sgr(90, 39),
  blueBright: sgr(94, 39),
};

/** A segment's styles in the order Ink's Text applies them, outermost first (inverse, bold, colour, dim). */
function stylesOf(segment: Segment, on: boolean): Style[] {
  if (!on) return [];
  const name = colour(segment.tone);
  const fg = name ? COLOURS[name] : undefined;
  if (name && !fg) throw new Error(`first paint: no code for the colour "${name}"`);
  return [...(segment.inverse ? [INVERSE] : []), ...(segment.bold ? [BOLD] : []), ...(fg ? [fg] : []), ...(segment.dim ? [DIM] : [])];
}

const isIntensity = (style: Style) => style === BOLD || style === DIM;

/**
 * The codes from one cell's styles to the next's, as Ink's output computes them (the ansi-tokenize diff):
 * close what ends, in reverse order, then open what starts; a code string never twice.
 */
function transition(from: readonly Style[], to: readonly Style[]): string {
  const removed = from.filter((style) =>
    isIntensity(style) ? !to.includes(style) : !to.some((next) => next.close === style.close),
  );
  const codes = [...removed.reverse().map((style) => style.close), ...to.filter((style) => !from.includes(style)).map((style) => style.open)];
  return [...new Set(codes)].join('');
}

/** One line as Ink's output writes it: its cells with the codes between them, trailing blanks trimmed. */
export function serializeLine(line: Line, on: boolean): string {
  const cells: {value: string; styles: Style[]}[] = [];
  for (const segment of line) {
    const styles = stylesOf(segment, on);
    for (const char of segment.text) cells.push({value: char, styles});
  }
  let out = '';
  let previous: Style[] = [];
  for (const cell of cells) {
    out += transition(previous, cell.styles) + cell.value;
    previous = cell.styles;
  }
  out += transition(previous, []);
  // Ink pads each line with unstyled spaces to the frame's width, then trims them away.
  return out.replace(/ +$/, '');
}

/** The frame's text as Ink hands it to its log: lines joined, and a newline after the last. */
export function serializeFrame(lines: readonly Line[], on: boolean): string {
  return `${lines.map((line) => serializeLine(line, on)).join('\n')}\n`;
}

export interface Painted {
  /** What was written, exactly as Ink's log would write it for this frame. */
  readonly text: string;
  readonly size: Size;
  /** Puts the terminal back (cursor, line discipline) when the program leaves before Ink took over. */
  readonly restore: () => void;
}

export interface PaintTarget {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly env: Env;
}

/** Writes the first frame for `initial`; nothing when the terminal will not take raw mode. */
export function firstPaint(ctx: UiContext, initial: UiState, {stdout, stdin, env}: PaintTarget): Painted | undefined {
  const size = {columns: stdout.columns > 0 ? stdout.columns : 80, rows: stdout.rows > 0 ? stdout.rows : 24};
  const frame = frameOf(ctx, initial, size);
  const text = serializeFrame(frame.lines, stylesOn(env, process.platform, stdout.isTTY === true));
  try {
    // Keys typed from now on are not echoed and wait, in order, for Ink to read them.
    stdin.setRawMode(true);
  } catch {
    return undefined;
  }
  stdout.write(HIDE_CURSOR + text);
  const restore = () => {
    try {
      stdin.setRawMode(false);
    } catch {
      // Already closed.
    }
    stdout.write(SHOW_CURSOR);
  };
  return {text, size, restore};
}
