import type {Content, Lang} from '../content/types.js';
import {initialState} from '../engine/questionnaire.js';
import type {ProgressStore} from '../persistence/types.js';
import {initialUi, type UiState} from './state.js';
import {noticeMessage} from './wording.js';

export interface StartOptions {
  readonly content: Content;
  readonly store: ProgressStore;
  readonly lang: Lang;
  /** --lang given: it wins over the language saved with the progress. */
  readonly langFromFlag: boolean;
  /** --fresh: ignore saved progress (it is replaced on the first answer). */
  readonly fresh: boolean;
}

/** The first state: welcome, or resume when progress was saved; store notices become the message line. */
export function startState({content, store, lang, langFromFlag, fresh}: StartOptions): {
  readonly initial: UiState;
  readonly savedAt: string | undefined;
} {
  const saved = fresh ? undefined : store.load();
  const chosen = langFromFlag ? lang : (saved?.lang ?? lang);
  const app = initialState(chosen, saved && {answers: saved.answers, current: saved.current, done: saved.done});
  return {initial: initialUi(app, content, noticeMessage(content, chosen, store.takeNotices())), savedAt: saved?.updatedAt};
}
