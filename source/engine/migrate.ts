// Answers written under an older content version, read against the current questions: the one rule saved
// progress and an older answers file share. Pure.
import type {Question} from '../content/types.js';
import {compareVersions} from '../content/version.js';
import {type Answers, type AnswerValue, type Reading, visibleIds} from './conditions.js';
import {normalizeAnswers} from './questionnaire.js';

export interface Migrated {
  /** Every answer still valid: the same value, or a list without the options that are gone. */
  readonly answers: Answers;
  /** How many of the answers given did not come through unchanged (gone, reshaped, or hidden now). */
  readonly dropped: number;
  /**
   * Kept answers to questions whose meaning changed after `fromVersion`, in content order: they are a
   * starting selection to be confirmed, not an answer to the question as it is now.
   */
  readonly revised: readonly string[];
  /** Questions added after `fromVersion` that apply to these answers and are unanswered, in content order. */
  readonly added: readonly string[];
}

/** The answer as the question accepts it now: the same value, a reduced list, or undefined when nothing is left. */
export function reshape(question: Question, value: unknown): AnswerValue | undefined {
  const exists = new Set(question.options.map((o) => o.value));
  if (question.type === 'single') return typeof value === 'string' && exists.has(value) ? value : undefined;
  if (!Array.isArray(value)) return undefined;
  const known = [...new Set(value)].filter((v): v is string => typeof v === 'string' && exists.has(v));
  if (known.length === 0) return undefined;
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
  if (known.length > 1 && known.some((v) => exclusive.has(v))) return undefined;
  return known.length === value.length ? (value as string[]) : known;
}

function sameAnswer(a: AnswerValue | undefined, b: unknown): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function migrateAnswers(
  questions: readonly Question[],
  given: Readonly<Record<string, unknown>>,
  fromVersion: string,
  reading: Reading,
): Migrated {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const shaped: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(given)) {
    const question = byId.get(id);
    const kept = question ? reshape(question, value) : undefined;
    if (kept !== undefined) shaped[id] = kept;
  }
  const answers = normalizeAnswers(questions, shaped, reading);
  // Own answers only: `given` may name "constructor" or "toString", which every object has.
  const dropped = Object.entries(given).filter(([id, value]) => !sameAnswer(Object.hasOwn(answers, id) ? answers[id] : undefined, value)).length;
  const visible = visibleIds(questions, answers, reading);
  const since = (version: string | undefined) => version !== undefined && compareVersions(fromVersion, version) < 0;
  const revised = questions.filter((q) => since(q.revised) && visible.has(q.id) && answers[q.id] !== undefined).map((q) => q.id);
  const added = questions.filter((q) => since(q.added) && visible.has(q.id) && answers[q.id] === undefined).map((q) => q.id);
  return {answers, dropped, revised, added};
}
