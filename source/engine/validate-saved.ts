// Saved progress read against the current content, for both shells (the terminal's store and the web
// edition's "remember"): keeps the saved answers the current questions still accept and counts the rest.
// Pure; takes the content as an argument (no content import here).
import type {Question} from '../content/types.js';
import {visibleIds} from './conditions.js';
import {migrateAnswers} from './migrate.js';
import type {SavedProgress} from './saved-file.js';

export interface ValidateResult {
  /** The progress with everything the current content no longer has removed. */
  readonly progress: SavedProgress;
  /** How many saved answers were removed (a `migrated` notice is raised when > 0). */
  readonly dropped: number;
}

/** Checks saved progress against the current content; `savedContentVersion` is the version that saved it. */
export type ValidateSaved = (saved: SavedProgress, savedContentVersion: string) => ValidateResult;

export interface ValidatorContent {
  readonly questions: readonly Question[];
  readonly checklist: readonly {readonly id: string}[];
}

/**
 * An answer counts as dropped when its question is gone, it has the wrong shape for the question's type,
 * it combines an exclusive option with another, it lost options that no longer exist, or it now belongs
 * to a question hidden by the other answers. Unknown ticked items and a stale position are dropped silently.
 * A question whose meaning changed since the saved version keeps its answer and becomes the position, so
 * resuming asks it again with the old answer as the starting selection. A question added since, that applies
 * and sits before the saved position (the person went past where it is now), becomes the position too: the
 * flow would not come back to it. The earliest of these in the questionnaire is asked first.
 */
export function createSavedValidator(content: ValidatorContent): ValidateSaved {
  const itemIds = new Set(content.checklist.map((c) => c.id));
  return (saved, savedContentVersion) => {
    const {answers, dropped, revised, added} = migrateAnswers(content.questions, saved.answers, savedContentVersion, 'asked');
    // The position must be a question shown for these answers (the engine's cursor invariant).
    const visible = visibleIds(content.questions, answers);
    const at = (id: string) => content.questions.findIndex((q) => q.id === id);
    const passed = added.filter((id) => saved.current === undefined || at(id) < at(saved.current));
    const position = [...revised, ...passed].sort((a, b) => at(a) - at(b))[0] ?? saved.current;
    const current = position !== undefined && visible.has(position) ? position : undefined;
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
