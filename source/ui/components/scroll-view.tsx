import type {Line} from '../text.js';
import {Lines} from './lines.js';

interface Props {
  readonly lines: readonly Line[];
  readonly scroll: number;
  readonly height: number;
}

/** A window of pre-laid-out lines, for text longer than the terminal. */
export function ScrollView({lines, scroll, height}: Props) {
  const start = Math.max(0, Math.min(scroll, lines.length - height));
  return <Lines lines={lines.slice(start, start + height)} />;
}
