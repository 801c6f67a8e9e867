// Whether a value is a well-formed answer to a question: the one rule the reducer and the answers file share.
import type {Question} from '../content/types.js';

export type AnswerProblem =
  | {readonly kind: 'expectString'}
  | {readonly kind: 'expectList'}
  | {readonly kind: 'emptyList'}
  | {readonly kind: 'unknownOption'; readonly value: unknown}
  | {readonly kind: 'duplicate'; readonly value: string}
  | {readonly kind: 'exclusive'; readonly value: string};

/** The first problem with `value` as an answer to `question` (from any source, so typed unknown), if any. */
export function checkAnswer(question: Question, value: unknown): AnswerProblem | undefined {
  const known = (v: string) => question.options.some((o) => o.value === v);
  if (question.type === 'single') {
    if (typeof value !== 'string') return {kind: 'expectString'};
    return known(value) ? undefined : {kind: 'unknownOption', value};
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return {kind: 'expectList'};
  if (value.length === 0) return {kind: 'emptyList'};
  const seen = new Set<string>();
  for (const v of value as string[]) {
    if (!known(v)) return {kind: 'unknownOption', value: v};
    if (seen.has(v)) return {kind: 'duplicate', value: v};
    seen.add(v);
  }
  const exclusive = question.options.find((o) => o.exclusive && seen.has(o.value));
  return exclusive && value.length > 1 ? {kind: 'exclusive', value: exclusive.value} : undefined;
}
