// The interface's state machine: the engine's questionnaire State plus what only the screen needs (the
// highlighted option, the ticked-but-unconfirmed options, scrolling). `update` is pure: it maps one
// command to the next state and a list of effects (save, copy, export, exit) that the controller runs.
// Every key in one read goes through it in turn against the latest state, so "Down+Enter" in one chunk
// picks the option below, not the stale one (the ink-select-input bug in TECH-NOTES).
import type {Content, Lang, Question} from '../content/types.js';
import {offeredOptions, visibleIds} from '../engine/conditions.js';
import {type Action, isComplete, reduce, type State, toggleOption} from '../engine/questionnaire.js';
import {t, type Vars} from '../i18n/index.js';
import type {ResultView} from '../output/present.js';
import type {Matched, Screen} from './keymap.js';
import {footerLines, nextLang, RESUME_CHOICES, resultsLines, type ResultsLayout} from './layout.js';
import {type Line, paragraph} from './text.js';
import type {Tone} from './theme.js';

export interface Message {
  readonly text: string;
  readonly tone: Tone;
}

export interface UiState {
  readonly app: State;
  /** Highlighted option (question) or choice (resume). */
  readonly cursor: number;
  /** Multiple choice: options ticked on this screen, not yet confirmed. */
  readonly picked: readonly string[];
  /** Enter was pressed on a multiple-choice screen with nothing ticked. */
  readonly showEmptyHint: boolean;
  /** Space was pressed on a single-choice screen: the how-to-pick line is shown as a warning. */
  readonly showPickHint: boolean;
  /**
   * The previous question was answered with a number key and this one has had no key yet. An Enter now is
   * the habit of "number, Enter" from multiple choice, not a choice: it must not answer this question too.
   */
  readonly afterNumberPick: boolean;
  /** Results (and welcome): first line shown; the checklist item that space ticks. */
  readonly scroll: number;
  readonly focus: number;
  readonly view: 'main' | 'letter';
  readonly letterScroll: number;
  readonly message: Message | undefined;
  /** Something changed this run that the saved file must reflect (so --fresh + q keeps the old file). */
  readonly dirty: boolean;
  /**
   * A destructive key was pressed once and its warning is on the message line: the same key again does it,
   * any other key cancels (and does nothing else, so a stray key cannot act on a screen the person is not
   * reading).
   */
  readonly confirm: Confirm | undefined;
}

export type Confirm = 'restart' | 'startOver' | 'delete';

const CONFIRM_MESSAGE: Readonly<Record<Confirm, string>> = {
  restart: 'tui.results.confirmRestart',
  startOver: 'tui.resume.confirmStartOver',
  delete: 'tui.resume.confirmDelete',
};

export type Effect =
  | {readonly type: 'persist'}
  | {readonly type: 'copy'; readonly what: 'checklist' | 'letter'}
  | {readonly type: 'export'; readonly what: 'checklist' | 'letter'}
  | {readonly type: 'exit'; readonly code: number};

export interface Env {
  readonly content: Content;
  readonly width: number;
  readonly rows: number;
  /** The result view for the current answers (memoised by the caller). */
  readonly view: () => ResultView;
  /** Lines of the letter at the current width. */
  readonly letterLineCount: () => number;
  /** Lines of the welcome text at the current width, in the current language. */
  readonly welcomeLineCount: () => number;
}

export function initialUi(app: State, message?: Message): UiState {
  return enter({
    app,
    cursor: 0,
    picked: [],
    showEmptyHint: false,
    showPickHint: false,
    afterNumberPick: false,
    scroll: 0,
    focus: 0,
    view: 'main',
    letterScroll: 0,
    message,
    dirty: false,
    confirm: undefined,
  });
}

export function screenOf(ui: UiState, questions: readonly Question[]): Screen {
  switch (ui.app.phase) {
    case 'welcome':
      return 'welcome';
    case 'resume':
      return 'resume';
    case 'question':
      return currentQuestion(ui.app, questions)?.type === 'multi' ? 'multi' : 'single';
    case 'results':
      return ui.view === 'letter' ? 'letter' : 'results';
  }
}

export function currentQuestion(app: State, questions: readonly Question[]): Question | undefined {
  return app.phase === 'question' ? questions.find((q) => q.id === app.current) : undefined;
}

export function optionsOf(app: State, question: Question, questions: readonly Question[]) {
  return offeredOptions(question, app.answers, visibleIds(questions, app.answers));
}

/** Resets the per-screen state after the engine moved: previous answers are pre-selected. */
function enter(ui: UiState, questions?: readonly Question[]): UiState {
  const base = {...ui, showEmptyHint: false, showPickHint: false, afterNumberPick: false, confirm: undefined, scroll: 0, focus: 0, view: 'main' as const, letterScroll: 0};
  if (ui.app.phase !== 'question' || !questions) return {...base, cursor: 0, picked: []};
  const question = currentQuestion(ui.app, questions);
  if (!question) return {...base, cursor: 0, picked: []};
  const options = optionsOf(ui.app, question, questions);
  const previous = ui.app.answers[question.id];
  if (question.type === 'single') {
    const index = options.findIndex((o) => o.value === previous);
    return {...base, cursor: Math.max(0, index), picked: []};
  }
  const picked = previous === undefined || typeof previous === 'string' ? [] : [...previous];
  const first = options.findIndex((o) => picked.includes(o.value));
  return {...base, cursor: Math.max(0, first), picked};
}

export interface Room {
  /** The key hints. */
  readonly footer: Line[];
  /** Rows for the body. */
  readonly height: number;
  /** The body is taller than its rows (the welcome screen then scrolls, and its footer says so). */
  readonly scrollable: boolean;
}

/**
 * The footer and the body height of a screen: the rows left after the title and the blank line under it,
 * the blank line under the body, the message and the blank line under it (if any), the footer, and the
 * last row (Ink ends the frame with a newline). The welcome screen shows its scroll hint only when its text
 * does not fit, and the hint may itself take a row.
 */
export function room(env: Env, ui: UiState, screen: Screen): Room {
  const lang = ui.app.lang;
  const message = ui.message ? paragraph(ui.message.text, env.width).length + 1 : 0;
  const heightWith = (footer: readonly Line[]) => Math.max(3, env.rows - 1 - 3 - footer.length - message);
  const footer = footerLines(env.content, lang, screen, env.width);
  const height = heightWith(footer);
  if (screen !== 'welcome' || env.welcomeLineCount() <= height) return {footer, height, scrollable: false};
  const scrolling = footerLines(env.content, lang, screen, env.width, true);
  return {footer: scrolling, height: heightWith(scrolling), scrollable: true};
}

export function bodyHeight(env: Env, ui: UiState, screen: Screen): number {
  return room(env, ui, screen).height;
}

/** Whether every visible question is answered, so "continue" would land on the results. */
export function allAnswered(app: State, questions: readonly Question[]): boolean {
  return isComplete(questions, app.answers);
}

export function resultsLayout(env: Env, ui: UiState): ResultsLayout {
  return resultsLines(env.content, env.view(), ui.app.done, ui.focus, env.width);
}

export interface Update {
  readonly ui: UiState;
  readonly effects: readonly Effect[];
}

const none = (ui: UiState): Update => ({ui, effects: []});

export function message(content: Content, lang: Lang, key: string, tone: Tone, vars: Vars = {}): Message {
  return {text: t(content, key, lang, vars), tone};
}

/** A key the keymap does not know: it only cancels a pending confirmation. */
export function cancelConfirm(ui: UiState): UiState {
  return ui.confirm ? {...ui, confirm: undefined, message: undefined} : ui;
}

function ask(env: Env, ui: UiState, confirm: Confirm): Update {
  return none({...ui, confirm, message: message(env.content, ui.app.lang, CONFIRM_MESSAGE[confirm], 'status.warning')});
}

export function update(env: Env, previous: UiState, matched: Matched): Update {
  const questions = env.content.questions;
  const pending = previous.confirm;
  // A message, a pending confirmation and the pick hint each last until the next key.
  const ui: UiState =
    previous.message || pending || previous.showPickHint || previous.afterNumberPick
      ? {...previous, message: undefined, confirm: undefined, showPickHint: false, afterNumberPick: false}
      : previous;
  // A pending confirmation: any key but the confirming one (or quitting) only cancels it.
  if (pending && matched.command !== 'interrupt' && matched.command !== 'quit') {
    const confirms = pending === 'restart' ? matched.command === 'restart' : matched.command === 'select';
    if (!confirms) return none(ui);
  }
  const engine = (action: Action, dirty = ui.dirty): UiState => {
    const app = reduce(questions, ui.app, action);
    if (app === ui.app) return ui;
    const moved = app.phase !== ui.app.phase || app.current !== ui.app.current;
    return moved ? enter({...ui, app, dirty}, questions) : {...ui, app, dirty};
  };
  const screen = screenOf(ui, questions);

  if (matched.command === 'interrupt') return {ui, effects: [{type: 'persist'}, {type: 'exit', code: 130}]};
  if (matched.command === 'quit') return {ui, effects: [{type: 'persist'}, {type: 'exit', code: 0}]};
  if (matched.command === 'lang') {
    const changed = engine({type: 'SET_LANG', lang: nextLang(ui.app.lang)});
    // The welcome text is laid out anew in the other language: start it from the top.
    const next = screen === 'welcome' ? {...changed, scroll: 0} : changed;
    return {ui: next, effects: next.dirty ? [{type: 'persist'}] : []};
  }

  switch (screen) {
    case 'welcome': {
      if (matched.command === 'select') return none(engine({type: 'START'}));
      const height = bodyHeight(env, ui, 'welcome');
      const max = Math.max(0, env.welcomeLineCount() - height);
      // From what is shown: the terminal may have grown taller since the last key.
      const at = Math.min(ui.scroll, max);
      const scrollTo = (n: number) => none({...ui, scroll: Math.min(max, Math.max(0, n))});
      switch (matched.command) {
        case 'up':
          return scrollTo(at - 1);
        case 'down':
          return scrollTo(at + 1);
        case 'pageUp':
          return scrollTo(at - Math.max(1, height - 1));
        case 'pageDown':
          return scrollTo(at + Math.max(1, height - 1));
        default:
          return none(ui);
      }
    }
    case 'resume': {
      if (matched.command === 'up') return none({...ui, cursor: (ui.cursor + 2) % 3});
      if (matched.command === 'down') return none({...ui, cursor: (ui.cursor + 1) % 3});
      if (matched.command !== 'select') return none(ui);
      const choice = RESUME_CHOICES[ui.cursor];
      if (choice === 'tui.resume.continue') return {ui: engine({type: 'RESUME'}, true), effects: [{type: 'persist'}]};
      if (choice === 'tui.resume.startOver') {
        if (pending !== 'startOver') return ask(env, ui, 'startOver');
        return {ui: engine({type: 'START_OVER'}, true), effects: [{type: 'persist'}]};
      }
      if (pending !== 'delete') return ask(env, ui, 'delete');
      const app: State = {phase: 'welcome', lang: ui.app.lang, answers: {}, current: undefined, done: []};
      return {
        ui: enter({
          ...ui,
          app,
          dirty: true,
          message: message(env.content, ui.app.lang, 'tui.resume.deleted', 'status.success'),
        }),
        effects: [{type: 'persist'}],
      };
    }
    case 'single':
    case 'multi':
      return updateQuestion(env, ui, matched, engine, previous.afterNumberPick);
    case 'results':
      return updateResults(env, ui, matched, engine, pending);
    case 'letter': {
      const height = bodyHeight(env, ui, 'letter');
      const max = Math.max(0, env.letterLineCount() - height);
      const scrollTo = (n: number) => none({...ui, letterScroll: Math.min(max, Math.max(0, n))});
      switch (matched.command) {
        case 'up':
          return scrollTo(ui.letterScroll - 1);
        case 'down':
          return scrollTo(ui.letterScroll + 1);
        case 'pageUp':
          return scrollTo(ui.letterScroll - (height - 1));
        case 'pageDown':
          return scrollTo(ui.letterScroll + (height - 1));
        case 'copy':
          return {ui, effects: [{type: 'copy', what: 'letter'}]};
        case 'export':
          return {ui, effects: [{type: 'export', what: 'letter'}]};
        case 'back':
          return none({...ui, view: 'main'});
        default:
          return none(ui);
      }
    }
  }
}

function updateQuestion(
  env: Env,
  ui: UiState,
  matched: Matched,
  engine: (action: Action, dirty?: boolean) => UiState,
  afterNumberPick: boolean,
): Update {
  const questions = env.content.questions;
  const question = currentQuestion(ui.app, questions);
  if (!question) return none(ui);
  const options = optionsOf(ui.app, question, questions);
  const count = options.length;
  const answer = (value: string | readonly string[]): Update => {
    const next = engine({type: 'ANSWER', question: question.id, value}, true);
    return next === ui ? none(ui) : {ui: next, effects: [{type: 'persist'}]};
  };
  const toggle = (index: number): Update => {
    const option = options[index];
    if (!option) return none(ui);
    const picked = toggleOption(question, ui.picked, option.value);
    return none({...ui, cursor: index, picked, showEmptyHint: false});
  };
  switch (matched.command) {
    case 'up':
      return none({...ui, cursor: (ui.cursor + count - 1) % count});
    case 'down':
      return none({...ui, cursor: (ui.cursor + 1) % count});
    case 'back':
      return none(engine({type: 'BACK'}));
    case 'pick': {
      const index = matched.index ?? -1;
      if (index < 0 || index >= count) return none(ui);
      if (question.type === 'multi') return toggle(index);
      const picked = answer(options[index]!.value);
      const moved = picked.ui.app.phase === 'question' && picked.ui.app.current !== question.id;
      return moved ? {...picked, ui: {...picked.ui, afterNumberPick: true}} : picked;
    }
    case 'toggle':
      // Space cannot pick on a single-choice question: say how to pick instead, leaving the answer alone.
      return question.type === 'multi' ? toggle(ui.cursor) : none({...ui, showPickHint: true});
    case 'select': {
      // Enter right after a number answered the previous question: show how to pick instead of picking.
      if (afterNumberPick && question.type === 'single') return none({...ui, showPickHint: true});
      if (question.type === 'single') {
        const option = options[ui.cursor];
        return option ? answer(option.value) : none(ui);
      }
      if (ui.picked.length === 0) return none({...ui, showEmptyHint: true});
      // In the content's order, whatever order they were ticked in.
      return answer(options.filter((o) => ui.picked.includes(o.value)).map((o) => o.value));
    }
    default:
      return none(ui);
  }
}

function updateResults(
  env: Env,
  ui: UiState,
  matched: Matched,
  engine: (action: Action, dirty?: boolean) => UiState,
  pending: Confirm | undefined,
): Update {
  switch (matched.command) {
    case 'toggle': {
      const item = env.view().checklist[ui.focus];
      if (!item) return none(ui);
      return {ui: engine({type: 'TOGGLE_DONE', item: item.id}, true), effects: [{type: 'persist'}]};
    }
    case 'copy':
      return {ui, effects: [{type: 'copy', what: 'checklist'}]};
    case 'export':
      return {ui, effects: [{type: 'export', what: 'checklist'}]};
    case 'letter':
      return none({...ui, view: 'letter', letterScroll: 0});
    case 'restart':
      if (pending !== 'restart') return ask(env, ui, 'restart');
      return {ui: engine({type: 'RESTART'}, true), effects: [{type: 'persist'}]};
    case 'back':
      return none(engine({type: 'BACK'}));
    case 'up':
    case 'down':
    case 'pageUp':
    case 'pageDown':
      return none(scrollResults(env, ui, matched.command));
    default:
      return none(ui);
  }
}

/**
 * A line index of one results layout in another whose focused item (the one showing its references) is
 * different: the same line of text, or where the closed references were. Both layouts are the lines with
 * no references, plus the focused item's references after it.
 */
function carry(from: ResultsLayout, to: ResultsLayout, line: number): number {
  const open = (layout: ResultsLayout) => layout.items.find((item) => item.references > 0);
  const closing = open(from);
  let base = line;
  if (closing) {
    const refs = closing.end - closing.references;
    base = line < refs ? line : line < closing.end ? refs : line - closing.references;
  }
  const opening = open(to);
  return opening && base >= opening.end - opening.references ? base + opening.references : base;
}

/**
 * ↑/↓ move the highlighted checklist item and scroll so it is in view; an item taller than the screen is
 * scrolled through first. PgUp/PgDn scroll a page and highlight the first item that starts on it. Only the
 * highlighted item shows its references, so moving the highlight changes the lines: the top line is carried
 * across, then the newly highlighted item is brought into view, references and all.
 */
function scrollResults(env: Env, ui: UiState, command: 'up' | 'down' | 'pageUp' | 'pageDown'): UiState {
  const layout = resultsLayout(env, ui);
  const height = bodyHeight(env, ui, 'results');
  const clampIn = (l: ResultsLayout) => (n: number) => Math.min(Math.max(0, l.lines.length - height), Math.max(0, n));
  const clamp = clampIn(layout);
  const step = Math.max(1, height - 2);
  const {items} = layout;
  const item = items[ui.focus];
  /** Highlights item `focus`; `reveal`: which end of it to show when it is taller than the screen. */
  const moveTo = (focus: number, scroll: number, reveal?: 'start' | 'end'): UiState => {
    if (focus === ui.focus) return {...ui, scroll};
    const next = {...ui, focus};
    const to = resultsLayout(env, next);
    let top = carry(layout, to, scroll);
    const target = to.items[focus];
    if (reveal && target) {
      const lowest = target.end - height;
      const highest = target.start;
      if (lowest <= highest) top = Math.min(Math.max(top, lowest), highest);
      else top = reveal === 'start' ? highest : lowest;
    }
    return {...next, scroll: clampIn(to)(top)};
  };
  if (command === 'pageUp' || command === 'pageDown') {
    const scroll = clamp(ui.scroll + (command === 'pageDown' ? step : -step));
    const onScreen = items.findIndex((it) => it.start >= scroll && it.start < scroll + height);
    return moveTo(onScreen >= 0 ? onScreen : ui.focus, scroll);
  }
  if (!item) return {...ui, scroll: clamp(ui.scroll + (command === 'down' ? 1 : -1))};
  if (command === 'down') {
    // The rest of the highlighted item is below the screen: show it before moving on.
    if (item.end > ui.scroll + height) return {...ui, scroll: clamp(Math.min(ui.scroll + step, item.end - height))};
    if (!items[ui.focus + 1]) return {...ui, scroll: clamp(ui.scroll + step)};
    return moveTo(ui.focus + 1, ui.scroll, 'start');
  }
  if (item.start < ui.scroll) return {...ui, scroll: clamp(Math.max(item.start, ui.scroll - step))};
  if (!items[ui.focus - 1]) return {...ui, scroll: clamp(ui.scroll - step)};
  return moveTo(ui.focus - 1, ui.scroll, 'end');
}
