import {blank, type Line} from '../text.js';
import {Lines} from './lines.js';

interface Props {
  readonly lines: readonly Line[];
  readonly scroll: number;
  readonly height: number;
  /** Heading lines that must not end the window (with nothing of their section under them). */
  readonly headings?: ReadonlySet<number>;
}

const isBlank = (line: Line | undefined) => line?.every((s) => s.text.trim() === '') === true;

/**
 * The visible window: `height` lines from `scroll`. When it would end on a heading (perhaps followed by blank
 * lines) whose first line of content is below the screen, those lines are left empty: the heading shows up
 * with its content on the next scroll, instead of standing alone at the bottom.
 */
export function visibleWindow(lines: readonly Line[], scroll: number, height: number, headings?: ReadonlySet<number>) {
  const start = Math.max(0, Math.min(scroll, lines.length - height));
  const end = Math.min(lines.length, start + height);
  let cut = end;
  // Headings can follow one another ("Checklist", then "== Now =="): drop them all, with their blank lines.
  while (headings && end < lines.length) {
    let i = cut - 1;
    while (i > start && isBlank(lines[i])) i--;
    if (i <= start || !headings.has(i)) break;
    cut = i;
  }
  const shown = lines.slice(start, cut);
  return cut > start ? [...shown, ...Array.from({length: end - cut}, () => blank)] : lines.slice(start, end);
}

/** A window of pre-laid-out lines, for text longer than the terminal. */
export function ScrollView({lines, scroll, height, headings}: Props) {
  return <Lines lines={visibleWindow(lines, scroll, height, headings)} />;
}
