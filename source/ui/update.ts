// What a key does: one pure function from the state, the frame on screen and the key to the next state
// and the effects to carry out (save, copy, export, exit). Every key of one read goes through it in turn,
// against the state the previous key left, so "Down+Enter" in one chunk picks the option below. The keys
// every screen shares (Ctrl+C, q, the language, a pending confirmation) are decided here; the rest is the
// screen module's, looked up by the screen's kind (screens/index.ts).
import {LANGS} from '../content/types.js';
import type {UiContext, UiEvent, Update} from './context.js';
import type {AnyFrame} from './frame.js';
import type {Matched} from './keymap.js';
import {phoneEvent} from './screens/phone-update.js';
import {landed, screenUpdate} from './screens/index.js';
import {NOTHING, type UiState} from './state.js';
import {engine, none, PERSIST} from './transition.js';

/**
 * A key the keymap does not know: it does nothing, but it is a key, so what lasted one key is gone (a
 * pending confirmation is cancelled), unless it came in the read that asked the confirmation (`read`).
 */
export function unknownKey(ui: UiState, read?: number): UiState {
  if (typedAhead(ui, read)) return ui;
  return ui.once === NOTHING ? ui : {...ui, once: NOTHING};
}

/**
 * A confirmation is pending and this key came in the same read as the key that asked it: it was typed
 * before the question was on screen (two Enters in one read, a double tap), so it may not answer it.
 */
function typedAhead(ui: UiState, read: number | undefined): boolean {
  return ui.once.confirm !== undefined && read !== undefined && ui.once.askedIn === read;
}

function nextLang(lang: UiState['app']['lang']) {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/** A key (matched by the keymap), or an event from the phone check under way. */
export function update(ctx: UiContext, ui: UiState, frame: AnyFrame, input: Matched | UiEvent): Update {
  if ('event' in input) return phoneEvent(ctx, ui, input);
  const leaving = input.command === 'interrupt' || input.command === 'quit';
  // Typed ahead of a confirmation: dropped, the question stays (leaving still leaves).
  if (!leaving && typedAhead(ui, input.read)) return none(ui);
  const out = landed(ctx.content, ui.app, keyUpdate(ctx, ui, frame, input));
  // A confirmation this key asked: remember its read, so the rest of that read cannot answer it.
  const {once} = out.ui;
  if (once.confirm === undefined || input.read === undefined) return out;
  return {...out, ui: {...out.ui, once: {...once, askedIn: input.read}}};
}

function keyUpdate(ctx: UiContext, ui: UiState, frame: AnyFrame, matched: Matched): Update {
  // What the previous key left for one key goes to the update as `was`; the next state starts without it.
  const was = ui.once;
  const next = unknownKey(ui);
  // A pending confirmation: any key but the confirming one (or leaving) only cancels it.
  if (was.confirm && matched.command !== 'interrupt' && matched.command !== 'quit') {
    const confirms = was.confirm === 'restart' ? matched.command === 'restart' : matched.command === 'select';
    if (!confirms) return none(next);
  }
  switch (matched.command) {
    case 'interrupt':
      return {ui: next, effects: [PERSIST, {type: 'exit', code: 130}]};
    case 'quit':
      return {ui: next, effects: [PERSIST, {type: 'exit', code: 0}]};
    case 'keep':
      return {ui: next, effects: [{type: 'keep'}]};
    case 'lang': {
      const changed = engine(ctx.content, next, {type: 'SET_LANG', lang: nextLang(next.app.lang)});
      // The welcome text is laid out anew in the other language: start it from the top.
      const screen = changed.screen.kind === 'welcome' ? {...changed.screen, scroll: 0} : changed.screen;
      return {ui: {...changed, screen}, effects: changed.dirty ? [PERSIST] : []};
    }
    default:
      return screenUpdate(ctx, next, frame, matched, was);
  }
}
