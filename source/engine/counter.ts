// "Question n, at most k to go": a counter that never grows as the person answers. Which later questions
// will be shown is not known until the answers they depend on are given, so each later question's condition
// is evaluated three-valued (shown / hidden / not known yet) and the unknown ones are counted as shown.
// Kleene logic is monotone: an answer can turn "not known" into shown or hidden, never "hidden" into shown,
// so the count only shrinks. Pure.
import type {Condition, Question} from '../content/types.js';
import {type Answers, valuesOf} from './conditions.js';

type Maybe = boolean | undefined;

function evaluate3(cond: Condition, answers: Answers, shown: ReadonlyMap<string, Maybe>): Maybe {
  if ('all' in cond) {
    const parts = cond.all.map((c) => evaluate3(c, answers, shown));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => evaluate3(c, answers, shown));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in cond) {
    const inner = evaluate3(cond.not, answers, shown);
    return inner === undefined ? undefined : !inner;
  }
  if ('flag' in cond) return undefined;
  const visible = shown.get(cond.q);
  // A hidden question's answer does not count (as in the engine's evaluate).
  if (visible === false) return false;
  if (answers[cond.q] === undefined) return undefined;
  if (visible === undefined) return undefined;
  const given = valuesOf(answers[cond.q]);
  return 'in' in cond ? given.some((v) => cond.in.includes(v)) : !given.some((v) => cond.notIn.includes(v));
}

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
  const known: Record<string, Answers[string]> = {};
  for (const q of questions.slice(0, index)) if (answers[q.id] !== undefined) known[q.id] = answers[q.id]!;
  const shown = new Map<string, Maybe>();
  let position = 0;
  let left = 0;
  let exact = true;
  questions.forEach((q, i) => {
    const visible = i === index ? true : q.showIf ? evaluate3(q.showIf, known, shown) : true;
    shown.set(q.id, visible);
    if (i <= index && visible) position++;
    if (i > index && visible !== false) {
      left++;
      if (visible === undefined) exact = false;
    }
  });
  return {position, left, exact, fraction: position / (position + left)};
}
