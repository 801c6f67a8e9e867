// The two screens a session starts on (welcome, or resume when progress was saved), on their own: the first
// frame (ui/first-paint.ts) is laid out before the interface has loaded, from these two and nothing of the
// other screens, whose modules (and the scoring, documents and phone check behind them) then load with the
// interface (docs/performance.md). The interface looks every screen up in index.ts, these two included.
import type {Content} from '../../content/types.js';
import type {State} from '../../engine/questionnaire.js';
import type {Frame, ScreenModule, Size, UiContext} from '../context.js';
import {type Message, NOTHING, type UiState} from '../state.js';
import {resumeScreen} from './resume.js';
import {welcomeScreen} from './welcome.js';

export const START_SCREENS = {welcome: welcomeScreen, resume: resumeScreen} as const;

type StartKind = keyof typeof START_SCREENS;

function startKind(kind: string): StartKind {
  if (kind === 'welcome' || kind === 'resume') return kind;
  throw new Error(`a session starts on the welcome or the resume screen, not on ${kind}`);
}

/** The interface's state on `screen`, with `message` on its message line and nothing changed yet. */
export function uiOn(app: State, screen: UiState['screen'], message?: Message): UiState {
  return {app, screen, once: message ? {message} : NOTHING, dirty: false};
}

/** The interface's state as a session starts (persistence/session.ts gives the questionnaire's). */
export function startUi(app: State, content: Content, message?: Message): UiState {
  return uiOn(app, START_SCREENS[startKind(app.phase)].enter(content, app), message);
}

/** The frame of a state on a start screen, as screens/index.ts lays it out for the interface. */
export function startFrame(ctx: UiContext, ui: UiState, size: Size): Frame {
  const screen = START_SCREENS[startKind(ui.screen.kind)] as unknown as ScreenModule<StartKind>;
  return screen.frame(ctx, ui, ui.screen as Parameters<typeof screen.frame>[2], size);
}
