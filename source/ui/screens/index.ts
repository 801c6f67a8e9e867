// Every kind of screen, by the kind its state names: the interface looks the module up (to enter a screen,
// for the frame, for a key) instead of switching on the kind. A screen's update moves the questionnaire
// (transition.ts); the screen it lands on is entered here, by its phase's module.
import type {Content} from '../../content/types.js';
import type {State} from '../../engine/questionnaire.js';
import type {Body, Frame, ScreenModule, Size, UiContext, Update} from '../context.js';
import type {Matched} from '../keymap.js';
import type {Message, Once, ScreenKind, ScreenState, UiState} from '../state.js';
import {documentScreen, documentsScreen} from './documents.js';
import {phoneScreen} from './phone-update.js';
import {questionScreen} from './question.js';
import type {ResultsBody} from './results.js';
import {resultsScreen} from './results-update.js';
import {START_SCREENS, uiOn} from './start.js';

type Modules = {readonly [K in ScreenKind]: ScreenModule<K, BodyOf<K>>};
/** The body each kind of screen lays out: the results' carries its rows and paragraph starts. */
export type BodyOf<K extends ScreenKind> = K extends 'results' ? ResultsBody : Body;

export const SCREENS: Modules = {
  ...START_SCREENS,
  question: questionScreen,
  results: resultsScreen,
  documents: documentsScreen,
  document: documentScreen,
  phone: phoneScreen,
};

/** The frame of a state, by its kind, typed by it. */
export type AnyFrame = {readonly [K in ScreenKind]: Frame<BodyOf<K>> & {readonly kind: K}}[ScreenKind];

/**
 * The module of a kind of screen. TypeScript cannot tie the key of a lookup to the type of its value: the
 * one cast of the dispatch is here, and it holds because SCREENS is typed kind by kind.
 */
function moduleOf(kind: ScreenKind): ScreenModule<ScreenKind> {
  return SCREENS[kind] as unknown as ScreenModule<ScreenKind>;
}

/** The screen the questionnaire is on, as entered (a phase is the kind of its screen): previous answers pre-selected. */
export function enterScreen(content: Content, app: State): ScreenState {
  return SCREENS[app.phase].enter(content, app);
}

/** `next` after an update from `before`: if the questionnaire moved (another phase or question), the screen it lands on, entered. */
export function landed(content: Content, before: State, next: Update): Update {
  const {app} = next.ui;
  if (app.phase === before.phase && app.current === before.current) return next;
  return {...next, ui: {...next.ui, screen: enterScreen(content, app)}};
}

export function initialUi(app: State, content: Content, message?: Message): UiState {
  return uiOn(app, enterScreen(content, app), message);
}

export function screenFrame(ctx: UiContext, ui: UiState, size: Size): AnyFrame {
  return {...moduleOf(ui.screen.kind).frame(ctx, ui, ui.screen, size), kind: ui.screen.kind} as AnyFrame;
}

/** A key on the screen on display, against its frame (a frame of another state is not this screen's). */
export function screenUpdate(ctx: UiContext, ui: UiState, frame: AnyFrame, matched: Matched, was: Once): Update {
  if (frame.kind !== ui.screen.kind) return {ui, effects: []};
  return moduleOf(ui.screen.kind).update(ctx, ui, ui.screen, frame, matched, was);
}
