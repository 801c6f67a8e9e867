import type {Content, Lang} from '../content/types.js';
import {initialState} from '../engine/questionnaire.js';
import type {ProgressStore, SavedProgress, StoreNotice} from '../persistence/types.js';
import {initialUi, type UiState} from './state.js';
import {noticeMessage} from './wording.js';

/** Saved progress (unless --fresh) and the language to show: --lang wins over the saved one. */
export function savedStart(
  store: ProgressStore,
  options: {readonly lang: Lang; readonly langFromFlag: boolean; readonly fresh: boolean},
): {readonly saved: SavedProgress | undefined; readonly lang: Lang; readonly notices: StoreNotice[]} {
  const saved = options.fresh ? undefined : store.load();
  return {saved, lang: options.langFromFlag ? options.lang : (saved?.lang ?? options.lang), notices: store.takeNotices()};
}

/** The first state: welcome, or resume when progress was saved; store notices become the message line. */
export function startState(
  content: Content,
  start: ReturnType<typeof savedStart>,
): {readonly initial: UiState; readonly savedAt: string | undefined} {
  const {saved, lang, notices} = start;
  const app = initialState(lang, saved && {answers: saved.answers, current: saved.current, done: saved.done});
  return {initial: initialUi(app, content, noticeMessage(content, lang, notices)), savedAt: saved?.updatedAt};
}
