// What a key does: one pure function from the state, the frame on screen and the key to the next state
// and the effects to carry out (save, copy, export, exit). Every key of one read goes through it in turn,
// against the state the previous key left, so "Down+Enter" in one chunk picks the option below.
import {toggleOption} from '../engine/questionnaire.js';
import type {Effect, UiContext, UiEvent, Update} from './context.js';
import type {Frame} from './frame.js';
import type {Matched, Screen} from './keymap.js';
import {documentIds} from './screens/documents.js';
import {phoneOffered} from './screens/phone.js';
import {phoneEvent, startPhoneCheck, updatePhone} from './screens/phone-update.js';
import {RESUME_CHOICES} from './screens/resume.js';
import {updateResults} from './screens/results-update.js';
import {isScrollCommand, scrolled} from './scroll.js';
import {currentQuestion, optionsOf, type ScreenState, type UiState} from './state.js';
import {LANGS} from '../content/types.js';
import {ask, engine, none, PERSIST, saved} from './transition.js';
import {message} from './wording.js';

const EXIT = (code: number): Effect => ({type: 'exit', code});

/** A key the keymap does not know: it only cancels a pending confirmation. */
export function cancelConfirm(ui: UiState): UiState {
  return ui.confirm ? {...ui, confirm: undefined, message: undefined} : ui;
}

function nextLang(lang: UiState['app']['lang']) {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/** What lasts only until the next key: the message, a pending confirmation, the question's warning hints. */
function settle(ui: UiState): UiState {
  const s = ui.screen;
  const hinted = s.kind === 'question' && (s.hint === 'pick' || s.afterNumberPick);
  if (!ui.message && !ui.confirm && !hinted) return ui;
  const screen: ScreenState = hinted ? {...s, hint: 'none', afterNumberPick: false} : s;
  return {...ui, message: undefined, confirm: undefined, screen};
}

/** A key (matched by the keymap), or an event from the phone check under way. */
export function update(ctx: UiContext, previous: UiState, frame: Frame, input: Matched | UiEvent): Update {
  if ('event' in input) return phoneEvent(ctx, previous, input);
  const matched = input;
  const {content} = ctx;
  const pending = previous.confirm;
  const ui = settle(previous);
  // A pending confirmation: any key but the confirming one (or quitting) only cancels it.
  if (pending && matched.command !== 'interrupt' && matched.command !== 'quit') {
    const confirms = pending === 'restart' ? matched.command === 'restart' : matched.command === 'select';
    if (!confirms) return none(ui);
  }
  if (matched.command === 'interrupt') return {ui, effects: [PERSIST, EXIT(130)]};
  if (matched.command === 'quit') return {ui, effects: [PERSIST, EXIT(0)]};
  if (matched.command === 'keep') return {ui, effects: [{type: 'keep'}]};
  if (matched.command === 'lang') {
    const next = engine(content, ui, {type: 'SET_LANG', lang: nextLang(ui.app.lang)});
    // The welcome text is laid out anew in the other language: start it from the top.
    const screen = next.screen.kind === 'welcome' ? {...next.screen, scroll: 0} : next.screen;
    return {ui: {...next, screen}, effects: next.dirty ? [PERSIST] : []};
  }
  const s = ui.screen;
  switch (s.kind) {
    case 'welcome':
      if (matched.command === 'select') return none(engine(content, ui, {type: 'START'}));
      if (isScrollCommand(matched.command)) {
        return none({...ui, screen: {...s, scroll: scrolled(s.scroll, matched.command, frame.body.lines.length, frame.height)}});
      }
      return none(ui);
    case 'resume':
      return updateResume(ctx, ui, matched, pending);
    case 'question':
      return updateQuestion(ctx, ui, frame.screen, matched, previous);
    case 'results':
      return updateResults(ctx, ui, s, frame, matched, pending);
    case 'documents': {
      const ids = documentIds(ctx, ui.app);
      if (matched.command === 'up') return none({...ui, screen: {...s, cursor: Math.max(0, s.cursor - 1)}});
      if (matched.command === 'down') return none({...ui, screen: {...s, cursor: Math.max(0, Math.min(ids.length - 1, s.cursor + 1))}});
      if (matched.command === 'back') return none({...ui, screen: s.from});
      const id = ids[s.cursor];
      if (matched.command === 'select' && id) return none({...ui, screen: {kind: 'document', id, scroll: 0, from: s.from}});
      return none(ui);
    }
    case 'document': {
      if (isScrollCommand(matched.command)) {
        return none({...ui, screen: {...s, scroll: scrolled(s.scroll, matched.command, frame.body.lines.length, frame.height)}});
      }
      if (matched.command === 'copy') return {ui, effects: [{type: 'copy', what: {kind: 'document', id: s.id}}]};
      if (matched.command === 'export') return {ui, effects: [{type: 'export', what: {kind: 'document', id: s.id}}]};
      if (matched.command === 'back') {
        const cursor = Math.max(0, documentIds(ctx, ui.app).indexOf(s.id));
        return none({...ui, screen: {kind: 'documents', cursor, from: s.from}});
      }
      return none(ui);
    }
    case 'phone':
      return updatePhone(ctx, ui, s, matched, pending);
  }
}

function updateResume(ctx: UiContext, ui: UiState, matched: Matched, pending: UiState['confirm']): Update {
  const {content} = ctx;
  const s = ui.screen;
  if (s.kind !== 'resume') return none(ui);
  const count = RESUME_CHOICES.length;
  if (matched.command === 'up') return none({...ui, screen: {...s, cursor: (s.cursor + count - 1) % count}});
  if (matched.command === 'down') return none({...ui, screen: {...s, cursor: (s.cursor + 1) % count}});
  if (matched.command !== 'select') return none(ui);
  const choice = RESUME_CHOICES[s.cursor];
  if (choice === 'tui.resume.continue') return {ui: engine(content, ui, {type: 'RESUME'}, true), effects: [PERSIST]};
  if (choice === 'tui.resume.startOver') {
    if (pending !== 'startOver') return ask(content, ui, 'startOver');
    return {ui: engine(content, ui, {type: 'START_OVER'}, true), effects: [PERSIST]};
  }
  if (pending !== 'delete') return ask(content, ui, 'delete');
  const cleared = engine(content, ui, {type: 'DELETE_SAVED'}, true);
  return {ui: {...cleared, message: message(content, ui.app.lang, 'tui.resume.deleted', 'status.success')}, effects: [PERSIST]};
}

function updateQuestion(ctx: UiContext, ui: UiState, screen: Screen, matched: Matched, previous: UiState): Update {
  const {content} = ctx;
  const s = ui.screen;
  const question = currentQuestion(ui.app, content.questions);
  if (s.kind !== 'question' || !question) return none(ui);
  const options = optionsOf(ui.app, question, content.questions);
  const count = options.length;
  const multi = screen === 'multi';
  const answer = (value: string | readonly string[]) => saved(content, ui, {type: 'ANSWER', question: question.id, value});
  const toggle = (index: number): Update => {
    const option = options[index];
    if (!option) return none(ui);
    return none({...ui, screen: {...s, cursor: index, picked: toggleOption(question, s.picked, option.value), hint: 'none'}});
  };
  switch (matched.command) {
    case 'up':
      return none({...ui, screen: {...s, cursor: (s.cursor + count - 1) % count}});
    case 'down':
      return none({...ui, screen: {...s, cursor: (s.cursor + 1) % count}});
    case 'back':
      return none(engine(content, ui, {type: 'BACK'}));
    case 'phone':
      return phoneOffered(ctx, ui.app) ? startPhoneCheck(ui) : none(ui);
    case 'pick': {
      const index = matched.index ?? -1;
      if (index < 0 || index >= count) return none(ui);
      if (multi) return toggle(index);
      const picked = answer(options[index]!.value);
      const next = picked.ui.screen;
      // The next question remembers that this one was answered by a number key (see afterNumberPick).
      return next.kind === 'question' && picked.ui.app.current !== question.id
        ? {...picked, ui: {...picked.ui, screen: {...next, afterNumberPick: true}}}
        : picked;
    }
    case 'toggle':
      // Space cannot pick on a single-choice question: say how to pick instead, leaving the answer alone.
      return multi ? toggle(s.cursor) : none({...ui, screen: {...s, hint: 'pick'}});
    case 'select': {
      const afterNumberPick = previous.screen.kind === 'question' && previous.screen.afterNumberPick;
      // Enter right after a number answered the previous question: show how to pick instead of picking.
      if (!multi && afterNumberPick) return none({...ui, screen: {...s, hint: 'pick'}});
      if (!multi) {
        const option = options[s.cursor];
        return option ? answer(option.value) : none(ui);
      }
      if (s.picked.length === 0) return none({...ui, screen: {...s, hint: 'empty'}});
      // In the content's order, whatever order they were ticked in.
      return answer(options.filter((o) => s.picked.includes(o.value)).map((o) => o.value));
    }
    default:
      return none(ui);
  }
}
