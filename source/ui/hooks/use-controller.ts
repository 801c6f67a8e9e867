// Runs the pure update function against the latest state for every key (held in a ref, so several keys in
// one read each see the state the previous one left), and carries out its effects.
import {type Key, useInput} from 'ink';
import {useCallback, useMemo, useRef, useState} from 'react';
import type {Content, Lang} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import {checklistText} from '../../output/checklist-text.js';
import {letterText} from '../../output/letter.js';
import {present, type ResultView} from '../../output/present.js';
import type {ProgressStore, StoreNotice} from '../../persistence/types.js';
import {assess} from '../../scoring/score.js';
import type {Clipboard, CopyOutcome} from '../../services/types.js';
import {match, splitKeys} from '../keymap.js';
import {localDate} from '../dates.js';
import {welcomeLines} from '../layout.js';
import {paragraph} from '../text.js';
import {cancelConfirm, type Effect, type Env, type Message, screenOf, type UiState, update} from '../model.js';

export interface Services {
  readonly content: Content;
  readonly store: ProgressStore;
  readonly clipboard: Clipboard;
  readonly exportDir: string;
  readonly writeExport: (dir: string, basename: string, text: string) => string;
  readonly now: () => Date;
  /** Called once, when the person leaves; `state` is where they left, for the goodbye line. */
  readonly onExit: (code: number, state: UiState) => void;
}

function noticeText(content: Content, lang: Lang, notice: StoreNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return t(content, 'store.corrupt', lang, {path: notice.keptAs});
    case 'migrated':
      return t(content, 'store.migrated', lang, {count: notice.dropped});
    case 'unwritable':
      return t(content, 'store.unwritable', lang);
  }
}

export function noticeMessage(content: Content, ui: UiState, notices: readonly StoreNotice[]): Message | undefined {
  if (notices.length === 0) return undefined;
  const lang = ui.app.lang;
  const text = notices.map((n) => noticeText(content, lang, n)).join(' ');
  return {text, tone: 'status.warning'};
}

function copyMessage(content: Content, ui: UiState, outcome: CopyOutcome): Message {
  const lang = ui.app.lang;
  switch (outcome.method) {
    case 'system':
      return {text: t(content, 'copy.system', lang), tone: 'status.success'};
    case 'osc52':
      return {text: t(content, 'copy.osc52', lang), tone: 'status.success'};
    case 'file':
      return {text: t(content, 'copy.file', lang, {path: outcome.path}), tone: 'status.success'};
    case 'failed':
      return {text: t(content, 'copy.failed', lang, {reason: outcome.reason}), tone: 'status.warning'};
  }
}

export function useController(services: Services, initial: UiState, size: {columns: number; rows: number}) {
  const {content, store} = services;
  const uiRef = useRef(initial);
  const [ui, setUi] = useState(initial);
  const exited = useRef(false);
  const width = Math.min(size.columns, 100);

  // Results are derived from answers, never stored: memoised on the answers object and the language.
  const viewCache = useRef<{answers: unknown; lang: string; view: ResultView} | undefined>(undefined);
  const viewOf = useCallback(
    (state: UiState): ResultView => {
      const cached = viewCache.current;
      if (cached && cached.answers === state.app.answers && cached.lang === state.app.lang) return cached.view;
      const view = present(content, assess(content, state.app.answers), state.app.lang);
      viewCache.current = {answers: state.app.answers, lang: state.app.lang, view};
      return view;
    },
    [content],
  );

  const envFor = useCallback(
    (state: UiState): Env => ({
      content,
      width,
      rows: size.rows,
      view: () => viewOf(state),
      letterLineCount: () => paragraph(letterText(content, state.app.lang), width).length,
      welcomeLineCount: () => welcomeLines(content, state.app.lang, store.path, width).length,
    }),
    [content, store, width, size.rows, viewOf],
  );

  const set = useCallback((next: UiState) => {
    uiRef.current = next;
    setUi(next);
  }, []);

  const say = useCallback(
    (message: Message | undefined) => {
      if (message && !exited.current) set({...uiRef.current, message});
    },
    [set],
  );

  const run = useCallback(
    (effect: Effect, state: UiState) => {
      switch (effect.type) {
        case 'persist': {
          if (!state.dirty) return;
          const {answers, current, done, lang} = state.app;
          if (Object.keys(answers).length === 0 && done.length === 0) store.clear();
          else store.save({answers, current, done, lang, updatedAt: services.now().toISOString()});
          say(noticeMessage(content, state, store.takeNotices()));
          return;
        }
        case 'copy': {
          const text =
            effect.what === 'checklist'
              ? checklistText(content, viewOf(state), {
                  done: state.app.done,
                  date: localDate(services.now()),
                  format: 'plain',
                })
              : letterText(content, state.app.lang);
          void services.clipboard
            .copy(text)
            .catch((error: unknown) => ({method: 'failed' as const, reason: String(error)}))
            .then((outcome) => say(copyMessage(content, uiRef.current, outcome)));
          return;
        }
        case 'export': {
          const date = localDate(services.now());
          const isLetter = effect.what === 'letter';
          const text = isLetter
            ? letterText(content, state.app.lang)
            : checklistText(content, viewOf(state), {done: state.app.done, date, format: 'markdown'});
          const basename = isLetter ? `debt-privacy-letter-${date}.txt` : `debt-privacy-checklist-${date}.md`;
          try {
            const path = services.writeExport(services.exportDir, basename, text);
            say({text: t(content, 'export.done', state.app.lang, {path}), tone: 'status.success'});
          } catch {
            say({text: t(content, 'export.failed', state.app.lang), tone: 'status.warning'});
          }
          return;
        }
        case 'exit':
          exited.current = true;
          services.onExit(effect.code, state);
          return;
      }
    },
    [content, store, services, viewOf, say],
  );

  const dispatchOne = useCallback(
    (input: string, key: Key) => {
      if (exited.current) return;
      const current = uiRef.current;
      const matched = match(screenOf(current, content.questions), input, key);
      if (!matched) {
        // Any key at all cancels a pending "press again" confirmation.
        const next = cancelConfirm(current);
        if (next !== current) set(next);
        return;
      }
      const {ui: next, effects} = update(envFor(current), current, matched);
      if (next !== current) set(next);
      for (const effect of effects) run(effect, next);
    },
    [content, envFor, run, set],
  );

  const dispatchKey = useCallback(
    (input: string, key: Key) => {
      for (const [one, oneKey] of splitKeys(input, key)) dispatchOne(one, oneKey);
    },
    [dispatchOne],
  );

  useInput(dispatchKey);

  /** For signals: save and leave, as Ctrl+C does. */
  const interrupt = useCallback(
    (code: number) => {
      if (exited.current) return;
      run({type: 'persist'}, uiRef.current);
      run({type: 'exit', code}, uiRef.current);
    },
    [run],
  );

  return useMemo(() => ({ui, width, env: envFor(ui), viewOf, interrupt}), [ui, width, envFor, viewOf, interrupt]);
}
