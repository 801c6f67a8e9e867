// The `validate` hook for createProgressStore, built from the content: keeps the saved answers the current
// questions still accept and counts the rest. Pure; takes the content as an argument (no content import here).
import type {Question} from '../content/types.js';
import {type AnswerValue, visibleIds} from '../engine/conditions.js';
import {normalizeAnswers} from '../engine/questionnaire.js';
import type {ValidateSaved} from './progress-store.js';

export interface ValidatorContent {
  readonly questions: readonly Question[];
  readonly checklist: readonly {readonly id: string}[];
}

/**
 * An answer counts as dropped when its question is gone, it has the wrong shape for the question's type,
 * it combines an exclusive option with another, it lost options that no longer exist, or it now belongs
 * to a question hidden by the other answers. Unknown ticked items and a stale position are dropped silently.
 */
export function createSavedValidator(content: ValidatorContent): ValidateSaved {
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const itemIds = new Set(content.checklist.map((c) => c.id));
  return (saved) => {
    const shaped: Record<string, AnswerValue> = {};
    for (const [id, value] of Object.entries(saved.answers)) {
      const question = byId.get(id);
      const kept = question ? reshape(question, value) : undefined;
      if (kept !== undefined) shaped[id] = kept;
    }
    const answers = normalizeAnswers(content.questions, shaped);
    // Each saved answer that did not come through unchanged counts once, whatever removed or trimmed it.
    const dropped = Object.entries(saved.answers).filter(([id, value]) => !sameAnswer(answers[id], value)).length;
    // The position must be a question shown for these answers (the engine's cursor invariant).
    const current =
      saved.current !== undefined && visibleIds(content.questions, answers).has(saved.current) ? saved.current : undefined;
    const progress = {
      answers,
      ...(current === undefined ? {} : {current}),
      done: saved.done.filter((id) => itemIds.has(id)),
      lang: saved.lang,
      updatedAt: saved.updatedAt,
    };
    return {progress, dropped};
  };
}

function sameAnswer(a: AnswerValue | undefined, b: AnswerValue): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The answer as the question accepts it now: the same value, a reduced list, or undefined when nothing is left. */
function reshape(question: Question, value: AnswerValue): AnswerValue | undefined {
  const exists = new Set(question.options.map((o) => o.value));
  if (question.type === 'single') return typeof value === 'string' && exists.has(value) ? value : undefined;
  if (typeof value === 'string') return undefined;
  const known = [...new Set(value)].filter((v) => exists.has(v));
  if (known.length === 0) return undefined;
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
  if (known.length > 1 && known.some((v) => exclusive.has(v))) return undefined;
  return known.length === value.length ? value : known;
}
