// One session of answering, kept the same way by both shells (the interface and --plain): where it starts
// (the saved progress unless --fresh; --lang wins over the saved language) and how a change is saved (no
// answer and no tick left: the file is removed; otherwise the ids, the question to come back to, the
// language and the time). What the store then has to say (a failed save) is taken by the shell.
import type {Lang} from '../content/types.js';
import {initialState, type State} from '../engine/questionnaire.js';
import type {ProgressStore, SavedProgress, StoreNotice} from './types.js';

export interface SessionStart {
  /** The saved progress taken up, if any (none under --fresh). */
  readonly saved: SavedProgress | undefined;
  readonly lang: Lang;
  /** What the store found while loading (a corrupt file kept aside, answers dropped by a migration). */
  readonly notices: StoreNotice[];
  /** The questionnaire as it starts: the saved answers, question and ticks, in `lang`. */
  readonly app: State;
}

export function startSession(
  store: ProgressStore,
  options: {readonly lang: Lang; readonly langFromFlag: boolean; readonly fresh: boolean},
): SessionStart {
  const saved = options.fresh ? undefined : store.load();
  const lang = options.langFromFlag ? options.lang : (saved?.lang ?? options.lang);
  const app = initialState(lang, saved && {answers: saved.answers, current: saved.current, done: saved.done});
  return {saved, lang, notices: store.takeNotices(), app};
}

/** Saves the questionnaire as it now is (after a change: the shells call it only then). */
export function saveSession(store: ProgressStore, app: Pick<State, 'answers' | 'current' | 'done' | 'lang'>, now: Date): void {
  const {answers, current, done, lang} = app;
  if (Object.keys(answers).length === 0 && done.length === 0) store.clear();
  else store.save({answers, current, done, lang, updatedAt: now.toISOString()});
}
