// "Question n, at most k to go": a counter that never grows as the person answers. Which later questions
// will be shown is not known until the answers they depend on are given, so each later question's condition
// is evaluated three-valued (shown / hidden / not known yet) and the unknown ones are counted as shown.
// Kleene logic is monotone: an answer can turn "not known" into shown or hidden, never "hidden" into shown,
// so the count only shrinks. Pure.
import type {Question} from '../content/types.js';
import {type Answers, truth} from './conditions.js';

export interface Counter {
  /** 1-based position of the current question among those shown. */
  readonly position: number;
  /** Questions after it that may still be shown (those not known yet counted). */
  readonly left: number;
  /** Every one of them will be shown: `left` is exact, not an upper bound. */
  readonly exact: boolean;
  /** For the bar: full on the last question. */
  readonly fraction: number;
}

/** The counter for `current`, where every question after it is treated as not answered yet. */
export function counter(questions: readonly Question[], answers: Answers, current: string): Counter {
  const index = questions.findIndex((q) => q.id === current);
  // Answers count only for questions before this one that are shown for certain; a question that may or may
  // not be shown reads as not known yet, whatever it holds.
  const known: Record<string, Answers[string]> = {};
  const visible = new Set<string>();
  let position = 0;
  let left = 0;
  let exact = true;
  questions.forEach((q, i) => {
    const shown = i === index ? true : q.showIf ? truth(q.showIf, {answers: known, visible, reading: 'given'}) : true;
    if (shown !== false) visible.add(q.id);
    if (shown === true && i < index && answers[q.id] !== undefined) known[q.id] = answers[q.id]!;
    if (i <= index && shown) position++;
    if (i > index && shown !== false) {
      left++;
      if (shown === undefined) exact = false;
    }
  });
  return {position, left, exact, fraction: position / (position + left)};
}
