// Every kind of screen, by the kind its state names: the interface looks the module up (frame.ts for the
// frame, update.ts for a key) instead of switching on the kind. The phone check's steps are one kind whose
// layout and update live in phone.ts and phone-update.ts.
import {framed, frameWidth} from '../chrome.js';
import type {Body, Frame, ScreenModule, Size, UiContext, Update} from '../context.js';
import type {Matched} from '../keymap.js';
import type {Once, ScreenKind, UiState} from '../state.js';
import {documentScreen, documentsScreen} from './documents.js';
import {phoneBody, phoneWindow} from './phone.js';
import {updatePhone} from './phone-update.js';
import {questionScreen} from './question.js';
import type {ResultsBody} from './results.js';
import {resultsScreen} from './results-update.js';
import {resumeScreen} from './resume.js';
import {welcomeScreen} from './welcome.js';

const PHONE_STEPS = {reading: 'phoneReading', findings: 'phoneFindings', revoke: 'phoneRevoke', confirm: 'phoneConfirm'} as const;

const phoneScreen: ScreenModule<'phone'> = {
  keys: (_ctx, _ui, s) => PHONE_STEPS[s.step],
  frame(ctx, ui, s, size) {
    const body = phoneBody(ctx, ui.app, s, frameWidth(size));
    return framed(ctx, ui, PHONE_STEPS[s.step], size, body, (height) => phoneWindow(body, s, height));
  },
  update: (ctx, ui, s, _frame, matched, was) => updatePhone(ctx, ui, s, matched, was.confirm),
};

type Modules = {readonly [K in ScreenKind]: ScreenModule<K, BodyOf<K>>};
/** The body each kind of screen lays out: the results' carries its rows and paragraph starts. */
export type BodyOf<K extends ScreenKind> = K extends 'results' ? ResultsBody : Body;

export const SCREENS: Modules = {
  welcome: welcomeScreen,
  resume: resumeScreen,
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

export function screenFrame(ctx: UiContext, ui: UiState, size: Size): AnyFrame {
  return {...moduleOf(ui.screen.kind).frame(ctx, ui, ui.screen, size), kind: ui.screen.kind} as AnyFrame;
}

/** A key on the screen on display, against its frame (a frame of another state is not this screen's). */
export function screenUpdate(ctx: UiContext, ui: UiState, frame: AnyFrame, matched: Matched, was: Once): Update {
  if (frame.kind !== ui.screen.kind) return {ui, effects: []};
  return moduleOf(ui.screen.kind).update(ctx, ui, ui.screen, frame, matched, was);
}
