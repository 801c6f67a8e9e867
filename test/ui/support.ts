// Pure pieces of the interface put together as the controller does: a context, a frame, a key.
import {content} from '../../source/content/generated.js';
import type {Content} from '../../source/content/types.js';
import {initialState, type State} from '../../source/engine/questionnaire.js';
import type {Size, UiContext, UiEvent} from '../../source/ui/context.js';
import {type Frame, frameOf} from '../../source/ui/frame.js';
import type {Matched} from '../../source/ui/keymap.js';
import {initialUi} from '../../source/ui/screens/index.js';
import type {UiState} from '../../source/ui/state.js';
import {createUiContext} from '../../source/ui/ui-context.js';
import {update} from '../../source/ui/update.js';
import type {Line} from '../../source/ui/text.js';

export function context(options: {readonly content?: Content; readonly path?: string; readonly phoneCheck?: boolean} = {}) {
  const path = options.path ?? '/home/me/.config/debt-privacy-check/config.json';
  return createUiContext(options.content ?? content, path, '2026-05-01T10:00:00.000Z', {phoneCheck: options.phoneCheck ?? false});
}

/** The interface on the results for these answers. */
export function onResults(ctx: UiContext, answers: State['answers'], lang: State['lang'] = 'en', done: string[] = []): UiState {
  return initialUi({...initialState(lang), phase: 'results', answers, done}, ctx.content);
}

export function onQuestionState(ctx: UiContext, current: string, answers: State['answers']): UiState {
  return initialUi({...initialState('en'), phase: 'question', current, answers}, ctx.content);
}

export const text = (line: Line) => line.map((s) => s.text).join('');
export const screenText = (frame: Frame) => frame.lines.map(text).join('\n');

/** Presses `matched` (or sends an event) on the state's frame: the next state, its effects and its frame. */
export function press(ctx: UiContext, ui: UiState, size: Size, matched: Matched | UiEvent) {
  const next = update(ctx, ui, frameOf(ctx, ui, size), matched);
  return {...next, frame: frameOf(ctx, next.ui, size)};
}
