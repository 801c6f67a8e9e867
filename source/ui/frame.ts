// One frame per render: every line on the screen (title, the visible part of the body, message, status,
// key hints) for a state and a terminal size, plus what the update needs of it (body height, rows), typed
// by the screen's kind. The view draws `lines`; the update reads the same frame; the first paint writes it
// before Ink has loaded. Each kind of screen lays out its own (screens/index.ts); this is the lookup.
// Pure: no React, no Ink.
import type {Size, UiContext} from './context.js';
import {type AnyFrame, screenFrame} from './screens/index.js';
import type {UiState} from './state.js';

export type {Frame} from './context.js';
export type {AnyFrame} from './screens/index.js';
export {MAX_WIDTH} from './chrome.js';

export function frameOf(ctx: UiContext, ui: UiState, size: Size): AnyFrame {
  return screenFrame(ctx, ui, size);
}
