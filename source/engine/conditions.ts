// Evaluates the structured conditions of the content over answers. Pure.
import type {Condition, Flag, Question} from '../content/types.js';

export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface ConditionContext {
  readonly answers: Answers;
  /** Questions visible given the answers; a hidden question's answer does not count. */
  readonly visible: ReadonlySet<string>;
  readonly flags?: ReadonlySet<Flag>;
}

export function valuesOf(answer: AnswerValue | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

export function evaluate(cond: Condition, ctx: ConditionContext): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluate(c, ctx));
  if ('any' in cond) return cond.any.some((c) => evaluate(c, ctx));
  if ('not' in cond) return !evaluate(cond.not, ctx);
  if ('flag' in cond) return ctx.flags?.has(cond.flag) ?? false;
  if (!ctx.visible.has(cond.q)) return false;
  const given = valuesOf(ctx.answers[cond.q]);
  if ('in' in cond) return given.some((v) => cond.in.includes(v));
  return !given.some((v) => cond.notIn.includes(v));
}

/** Ids of the questions visible for these answers, in content order (conditions only look back). */
export function visibleIds(questions: readonly Question[], answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const q of questions) {
    if (!q.showIf || evaluate(q.showIf, {answers, visible})) visible.add(q.id);
  }
  return visible;
}

/** Options of a question that are offered for these answers (e.g. no call log on an iPhone). */
export function offeredOptions(question: Question, answers: Answers, visible: ReadonlySet<string>) {
  return question.options.filter((o) => !o.showIf || evaluate(o.showIf, {answers, visible}));
}
