// The shell around the pure update: a reducer (React applies each key of a chunk to the state the previous
// key left, so "Down+Enter" in one read picks the option below) whose state carries the effects the keys
// asked for, queued with the state each was asked in; an effect drains the queue after each commit and
// carries them out. What an effect tells later (a copy's outcome, the phone's reading) comes back as an
// action. One frame is laid out per state and size; the view and the next key read the same one.
import {type Key, useApp, useInput} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useState} from 'react';
import type {Lang} from '../../content/types.js';
import type {Effect, Size, UiContext, UiEvent} from '../context.js';
import {runEffect, type Services} from '../effects.js';
import {type AnyFrame, frameOf} from '../frame.js';
import {match, splitKeys} from '../keymap.js';
import type {Message, UiState} from '../state.js';
import {createUiContext} from '../ui-context.js';
import {unknownKey, update} from '../update.js';

export interface Controls extends Services {
  /** When the saved progress was saved, for the resume screen. */
  readonly savedAt: string | undefined;
  /** The locale is not UTF-8: the welcome says how to switch to Chinese. */
  readonly localeHint?: boolean;
  /** Called once, when the person leaves: the exit code and where they left, for the goodbye line. */
  readonly onExit: (code: number, state: UiState) => void;
  /** Signals (SIGTERM, SIGHUP) that should save and leave as Ctrl+C does. */
  readonly signals?: {on(listener: (code: number) => void): void; off(listener: (code: number) => void): void};
}

/** An effect to carry out, with the state it was asked in and its place in the queue. */
interface Queued {
  readonly n: number;
  readonly effect: Effect;
  readonly state: UiState;
}

interface Shell {
  readonly ui: UiState;
  readonly queue: readonly Queued[];
  /** How many effects were ever queued: the next one's number. */
  readonly queued: number;
  /** An exit was asked for: nothing more is done. */
  readonly leaving: boolean;
}

type Action =
  | {readonly type: 'key'; readonly input: string; readonly key: Key; readonly read: number}
  | {readonly type: 'event'; readonly event: UiEvent}
  | {readonly type: 'say'; readonly message: Message}
  | {readonly type: 'signal'; readonly code: number};

/**
 * The next shell: `ui`, with `effects` queued after those not yet carried out (`ranUpTo`: the last one that
 * was). Nothing new: the same shell, so React draws nothing again.
 */
function queued(shell: Shell, ui: UiState, effects: readonly Effect[], ranUpTo: number): Shell {
  if (ui === shell.ui && effects.length === 0) return shell;
  const queue = [...shell.queue.filter((q) => q.n > ranUpTo), ...effects.map((effect, i) => ({n: shell.queued + i, effect, state: ui}))];
  return {ui, queue, queued: shell.queued + effects.length, leaving: effects.some((e) => e.type === 'exit')};
}

export function useController(controls: Controls, initial: UiState, size: Size): AnyFrame {
  const {contentFor, store} = controls;
  const {exit: exitInk} = useApp();
  const phoneCheck = controls.phone !== undefined;
  // One context per language, made when the person first switches to it: the content is read in the
  // language on screen only.
  const ctxFor = useMemo(() => {
    const made = new Map<Lang, UiContext>();
    return (lang: Lang): UiContext => {
      let ctx = made.get(lang);
      if (!ctx) {
        ctx = createUiContext(contentFor(lang), store.path, controls.savedAt, {localeHint: controls.localeHint, phoneCheck, noHome: store.noHome});
        made.set(lang, ctx);
      }
      return ctx;
    };
  }, [contentFor, store, controls.savedAt, controls.localeHint, phoneCheck]);

  // One frame per state and size (a memo, keyed by the state object): the key reads the frame on display.
  const [frames] = useState(() => new WeakMap<UiState, {size: Size; frame: AnyFrame}>());
  const frameFor = useCallback(
    (state: UiState): AnyFrame => {
      const known = frames.get(state);
      if (known && known.size.columns === size.columns && known.size.rows === size.rows) return known.frame;
      const frame = frameOf(ctxFor(state.app.lang), state, size);
      frames.set(state, {size, frame});
      return frame;
    },
    [ctxFor, frames, size],
  );

  // The effects carried out so far, by their number. They leave the queue with the next change of state, not
  // by one of their own: that would be a second render of the same frame for every key that saves.
  const [ran] = useState(() => ({upTo: -1, left: false}));
  const reducer = (shell: Shell, action: Action): Shell => {
    if (shell.leaving) return shell;
    const {ui} = shell;
    const enqueue = (next: UiState, effects: readonly Effect[]) => queued(shell, next, effects, ran.upTo);
    switch (action.type) {
      case 'key': {
        const matched = match(frameFor(ui).keys, action.input, action.key);
        // A key the keymap does not know only ends what lasted one key (a pending confirmation).
        if (!matched) return enqueue(unknownKey(ui, action.read), []);
        const next = update(ctxFor(ui.app.lang), ui, frameFor(ui), {...matched, read: action.read});
        return enqueue(next.ui, next.effects);
      }
      case 'event': {
        const next = update(ctxFor(ui.app.lang), ui, frameFor(ui), action.event);
        return enqueue(next.ui, next.effects);
      }
      case 'say':
        return enqueue({...ui, once: {message: action.message}}, []);
      case 'signal':
        // A signal saves and leaves, as Ctrl+C does.
        return enqueue(ui, [{type: 'persist'}, {type: 'exit', code: action.code}]);
    }
  };
  const [shell, dispatch] = useReducer(reducer, {ui: initial, queue: [], queued: 0, leaving: false});

  // The effects the last keys asked for, in order, each once, against the state it was asked in. Drained as
  // soon as the frame is committed (a layout effect: in the same turn as the frame, before any later key),
  // so what is on screen is saved the moment it is shown.
  useLayoutEffect(() => {
    const fresh = shell.queue.filter((q) => q.n > ran.upTo);
    if (fresh.length === 0) return;
    ran.upTo = fresh.at(-1)!.n;
    const sink = {
      say: (message: Message) => dispatch({type: 'say', message}),
      send: (event: UiEvent) => dispatch({type: 'event', event}),
    };
    for (const {effect, state} of fresh) {
      runEffect(effect, state, ctxFor(state.app.lang), controls, {
        ...sink,
        exit: (code) => {
          if (ran.left) return;
          ran.left = true;
          controls.onExit(code, state);
          exitInk();
        },
      });
    }
  }, [shell.queue, ran, ctxFor, controls, exitInk]);

  // Reads are numbered so a confirmation answers only a key read after it was asked (update.ts). Ink hands
  // one read over in parts (text, each escape sequence), synchronously: a part that comes while the last
  // read's number is still open (until the microtask queue runs) is of the same read. A later read comes
  // after React has committed the previous one's frame (Ink renders each batch of keys synchronously).
  const [reads] = useState(() => ({n: 0, open: false}));
  useInput(
    useCallback(
      (input: string, key: Key) => {
        if (!reads.open) {
          reads.n += 1;
          reads.open = true;
          queueMicrotask(() => {
            reads.open = false;
          });
        }
        for (const [one, oneKey] of splitKeys(input, key)) dispatch({type: 'key', input: one, key: oneKey, read: reads.n});
      },
      [reads],
    ),
  );

  useEffect(() => {
    const {signals} = controls;
    if (!signals) return;
    const onSignal = (code: number) => dispatch({type: 'signal', code});
    signals.on(onSignal);
    return () => signals.off(onSignal);
  }, [controls]);

  return frameFor(shell.ui);
}
