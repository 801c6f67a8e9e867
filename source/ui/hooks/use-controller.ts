// Runs the pure update against the latest state for every key (held in a ref, so several keys in one read
// each see the state the previous one left), lays out one frame per state, and carries out the effects.
import {type Key, useApp, useInput} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Lang} from '../../content/types.js';
import type {Size, UiContext, UiEvent} from '../context.js';
import {runEffect, type Services} from '../effects.js';
import {type Frame, frameOf} from '../frame.js';
import {type Matched, match, splitKeys} from '../keymap.js';
import type {Message, UiState} from '../state.js';
import {createUiContext} from '../ui-context.js';
import {cancelConfirm, update} from '../update.js';

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

export function useController(controls: Controls, initial: UiState, size: Size): Frame {
  const {contentFor, store} = controls;
  const {exit: exitInk} = useApp();
  const uiRef = useRef(initial);
  const [ui, setUi] = useState(initial);
  const exited = useRef(false);

  const phoneCheck = controls.phone !== undefined;
  // One context per language, made when the person first switches to it: the content is read in the
  // language on screen only.
  const ctxFor = useMemo(() => {
    const made = new Map<Lang, UiContext>();
    return (lang: Lang): UiContext => {
      let ctx = made.get(lang);
      if (!ctx) {
        ctx = createUiContext(contentFor(lang), store.path, controls.savedAt, {localeHint: controls.localeHint, phoneCheck});
        made.set(lang, ctx);
      }
      return ctx;
    };
  }, [contentFor, store, controls.savedAt, controls.localeHint, phoneCheck]);

  // One frame per state and size: the update reads the frame the person is looking at.
  const frameCache = useRef<{ui: UiState; size: Size; frame: Frame} | undefined>(undefined);
  const frameFor = useCallback(
    (state: UiState): Frame => {
      const cached = frameCache.current;
      if (cached && cached.ui === state && cached.size.columns === size.columns && cached.size.rows === size.rows) return cached.frame;
      const frame = frameOf(ctxFor(state.app.lang), state, size);
      frameCache.current = {ui: state, size, frame};
      return frame;
    },
    [ctxFor, size],
  );

  const set = useCallback((next: UiState) => {
    uiRef.current = next;
    setUi(next);
  }, []);

  const say = useCallback(
    (message: Message) => {
      if (!exited.current) set({...uiRef.current, message});
    },
    [set],
  );

  const leave = useCallback(
    (code: number, state: UiState) => {
      if (exited.current) return;
      exited.current = true;
      controls.onExit(code, state);
      exitInk();
    },
    [controls, exitInk],
  );

  // A key or a phone event: the update against the latest state, then its effects. An effect's outcome
  // that comes later (the phone's reading) comes back through `send`, so it is applied the same way.
  const apply = useCallback(
    (input: Matched | UiEvent) => {
      if (exited.current) return;
      const current = uiRef.current;
      const {ui: next, effects} = update(ctxFor(current.app.lang), current, frameFor(current), input);
      if (next !== current) set(next);
      const sink = {say, exit: (code: number) => leave(code, uiRef.current), send: (event: UiEvent) => applyRef.current(event)};
      for (const effect of effects) runEffect(effect, next, ctxFor(next.app.lang), controls, sink);
    },
    [ctxFor, controls, frameFor, leave, say, set],
  );
  const applyRef = useRef(apply);
  applyRef.current = apply;

  const dispatchOne = useCallback(
    (input: string, key: Key) => {
      if (exited.current) return;
      const current = uiRef.current;
      const matched = match(frameFor(current).screen, input, key);
      if (matched) {
        apply(matched);
        return;
      }
      // Any key at all cancels a pending "press again" confirmation.
      const next = cancelConfirm(current);
      if (next !== current) set(next);
    },
    [apply, frameFor, set],
  );

  useInput(
    useCallback(
      (input: string, key: Key) => {
        for (const [one, oneKey] of splitKeys(input, key)) dispatchOne(one, oneKey);
      },
      [dispatchOne],
    ),
  );

  // A signal saves and leaves, as Ctrl+C does.
  useEffect(() => {
    const {signals} = controls;
    if (!signals) return;
    const onSignal = (code: number) => {
      const state = uiRef.current;
      runEffect({type: 'persist'}, state, ctxFor(state.app.lang), controls, {say, exit: () => {}, send: () => {}});
      leave(code, state);
    };
    signals.on(onSignal);
    return () => signals.off(onSignal);
  }, [controls, ctxFor, leave, say]);

  return frameFor(ui);
}
