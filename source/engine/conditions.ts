// Evaluates the structured conditions of the content over answers. Pure.
//
// A condition can be true, false or unknown (three-valued logic): unknown when it rests on a question that
// has no answer and could still be answered either way. Who reads the answers decides what unanswered means:
// the questionnaire asks in order, so an unanswered question is one where nothing has been chosen yet; an
// answers file or a saved set of answers is taken as it is, so an unanswered question could hold anything,
// and a question whose condition is unknown is kept rather than hidden (partial answers err on the side of
// caution).
import type {Condition, Flag, Question} from '../content/types.js';

export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * How an unanswered question reads.
 * - `asked`: the questionnaire so far. Nothing is chosen yet: `in` does not hold, `notIn` does.
 * - `given`: answers taken as they are (an answers file, an assessment). The answer is unknown, and so is
 *   any condition on it; a question or option whose condition is unknown is shown (it may apply).
 */
export type Reading = 'asked' | 'given';

/** true, false, or undefined for unknown. */
export type Truth = boolean | undefined;

export interface ConditionContext {
  readonly answers: Answers;
  /** Questions that may be shown given the answers; a hidden question's answer does not count. */
  readonly visible: ReadonlySet<string>;
  readonly flags?: ReadonlySet<Flag>;
  /** Default `asked`. */
  readonly reading?: Reading;
}

export function valuesOf(answer: AnswerValue | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

/** The truth of a condition: never undefined when reading `asked`. */
export function truth(cond: Condition, ctx: ConditionContext): Truth {
  if ('all' in cond) {
    const parts = cond.all.map((c) => truth(c, ctx));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => truth(c, ctx));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in cond) {
    const inner = truth(cond.not, ctx);
    return inner === undefined ? undefined : !inner;
  }
  if ('flag' in cond) return ctx.flags?.has(cond.flag) ?? false;
  if (!ctx.visible.has(cond.q)) return false;
  const answer = ctx.answers[cond.q];
  if (answer === undefined && ctx.reading === 'given') return undefined;
  const given = valuesOf(answer);
  if ('in' in cond) return given.some((v) => cond.in.includes(v));
  if ('notIn' in cond) return !given.some((v) => cond.notIn.includes(v));
  return given.length >= cond.atLeast;
}

/** Whether the condition holds for certain. */
export function evaluate(cond: Condition, ctx: ConditionContext): boolean {
  return truth(cond, ctx) === true;
}

/** Whether something guarded by the condition is shown: unless it is false for certain. */
const shown = (cond: Condition | undefined, ctx: ConditionContext) => !cond || truth(cond, ctx) !== false;

/** Ids of the questions visible for these answers, in content order (conditions only look back). */
export function visibleIds(questions: readonly Question[], answers: Answers, reading: Reading = 'asked'): Set<string> {
  const visible = new Set<string>();
  for (const q of questions) {
    if (shown(q.showIf, {answers, visible, reading})) visible.add(q.id);
  }
  return visible;
}

/** Options of a question that are offered for these answers (e.g. no call log on an iPhone). */
export function offeredOptions(
  question: Question,
  answers: Answers,
  visible: ReadonlySet<string>,
  reading: Reading = 'asked',
) {
  return question.options.filter((o) => shown(o.showIf, {answers, visible, reading}));
}
