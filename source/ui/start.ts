// The interface's first state, from the session as it starts (persistence/session.ts, shared with --plain):
// welcome, or resume when progress was saved; what the store found becomes the message line.
import type {Content} from '../content/types.js';
import {type SessionStart, startSession} from '../persistence/session.js';
import {startUi} from './screens/start.js';
import type {UiState} from './state.js';
import {noticeMessage} from './wording.js';

/** Saved progress (unless --fresh) and the language to show: --lang wins over the saved one. */
export const savedStart = startSession;

export function startState(content: Content, start: SessionStart): {readonly initial: UiState; readonly savedAt: string | undefined} {
  const {saved, lang, notices, app} = start;
  // No usable home folder: the welcome itself says why nothing is saved (tui.welcome.noHome), on the lines
  // that stay; the message line would say it twice and push the crisis line below the fold at 40x20.
  const told = notices.filter((n) => n.kind !== 'noHome');
  return {initial: startUi(app, content, noticeMessage(content, lang, told)), savedAt: saved?.updatedAt};
}
