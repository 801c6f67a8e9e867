// The steps every screen's update is made of: stay, move the questionnaire (the update's dispatch then
// enters the screen it lands on: screens/index.ts), save, ask before something destructive.
import type {Content} from '../content/types.js';
import {type Action, reduce} from '../engine/questionnaire.js';
import type {Effect, Update} from './context.js';
import type {Confirm, UiState} from './state.js';
import {confirmMessage} from './wording.js';

export const none = (ui: UiState): Update => ({ui, effects: []});

export const PERSIST: Effect = {type: 'persist'};

/**
 * `ui` after the questionnaire takes `action`. A new phase or question gets its screen state afresh when the
 * update returns (`landed` in screens/index.ts): read `app`, not `screen`, for where it went.
 */
export function engine(content: Content, ui: UiState, action: Action, dirty = ui.dirty): UiState {
  const app = reduce(content.questions, ui.app, action);
  return app === ui.app ? ui : {...ui, app, dirty};
}

/** The questionnaire takes `action` and, when it changed anything, the change is saved. */
export function saved(content: Content, ui: UiState, action: Action): Update {
  const next = engine(content, ui, action, true);
  return next === ui ? none(ui) : {ui: next, effects: [PERSIST]};
}

/** The first press of a destructive key: its warning on the message line, nothing done yet. */
export function ask(content: Content, ui: UiState, confirm: Confirm): Update {
  return none({...ui, once: {confirm, message: confirmMessage(content, ui.app.lang, confirm)}});
}
