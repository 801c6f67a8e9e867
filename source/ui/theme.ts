// Semantic colour tokens: components name what a colour means, never the colour itself. Colour is always
// paired with a word or a symbol, so NO_COLOR (or FORCE_COLOR=0) loses no meaning.
import type {Level} from '../scoring/types.js';

export type Tone =
  | 'text.primary'
  | 'text.secondary'
  | 'text.accent'
  | 'status.success'
  | 'status.warning'
  | 'status.danger'
  /** Crisis help: calm and distinct, never the alarm red of "critical". */
  | 'status.support'
  | 'level.low'
  | 'level.moderate'
  | 'level.high'
  | 'level.critical';

const palette: Readonly<Record<Tone, string | undefined>> = {
  'text.primary': undefined,
  'text.secondary': 'gray',
  'text.accent': 'cyan',
  'status.success': 'green',
  'status.warning': 'yellow',
  'status.danger': 'red',
  'status.support': 'blueBright',
  'level.low': 'green',
  'level.moderate': 'yellow',
  'level.high': 'magenta',
  'level.critical': 'red',
};

/** True when the environment asks for no colour (https://no-color.org, FORCE_COLOR=0). */
export function colourDisabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.FORCE_COLOR === '0';
}

/** The colour name Ink should use for a tone, or undefined for the terminal's default. */
export function colour(tone: Tone | undefined): string | undefined {
  if (tone === undefined || colourDisabled()) return undefined;
  return palette[tone];
}

export function levelTone(level: Level): Tone {
  return `level.${level}`;
}
