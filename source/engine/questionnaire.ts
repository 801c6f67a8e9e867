// The questionnaire as a small state machine: one phase, a reducer over a discriminated union of actions,
// and selectors. Pure: no React, no I/O. Results are derived from answers, never stored.
import type {Lang, Question} from '../content/types.js';
import {type Answers, type AnswerValue, offeredOptions, type Reading, visibleIds} from './conditions.js';
import {checkAnswer} from './answer-check.js';

export type Phase = 'welcome' | 'resume' | 'question' | 'results';

export interface State {
  readonly phase: Phase;
  readonly lang: Lang;
  readonly answers: Answers;
  /** The question on screen (phase `question`); always a visible question. */
  readonly current: string | undefined;
  /** Checklist items ticked done. */
  readonly done: readonly string[];
}

export type Action =
  | {readonly type: 'START'}
  | {readonly type: 'RESUME'}
  | {readonly type: 'START_OVER'}
  | {readonly type: 'DELETE_SAVED'}
  | {readonly type: 'ANSWER'; readonly question: string; readonly value: AnswerValue}
  /**
   * Answers to the question on screen and some after it at once (filled in from a phone check), each checked
   * as ANSWER checks it; lands on the question after the current one, where the filled-in answer is shown.
   */
  | {readonly type: 'PREFILL'; readonly answers: Answers}
  | {readonly type: 'BACK'}
  | {readonly type: 'RESTART'}
  | {readonly type: 'TOGGLE_DONE'; readonly item: string}
  | {readonly type: 'SET_LANG'; readonly lang: Lang};

export function initialState(
  lang: Lang,
  saved?: {readonly answers: Answers; readonly current?: string; readonly done?: readonly string[]},
): State {
  if (!saved || Object.keys(saved.answers).length === 0) {
    return {phase: 'welcome', lang, answers: {}, current: undefined, done: saved?.done ?? []};
  }
  return {phase: 'resume', lang, answers: saved.answers, current: saved.current, done: saved.done ?? []};
}

/**
 * Drops answers to hidden questions and options no longer offered (e.g. call log after choosing iPhone).
 * Reading `given` (answers taken as they are) drops only what is hidden for certain. Returns the same object
 * when nothing changes.
 */
export function normalizeAnswers(questions: readonly Question[], answers: Answers, reading: Reading = 'asked'): Answers {
  let changed = false;
  const out: Record<string, AnswerValue> = {};
  // Later questions' visibility depends on earlier answers, so build the kept answers in order.
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const visible = visibleIds(questions, out, reading);
    if (!visible.has(q.id)) {
      changed = true;
      continue;
    }
    const offered = new Set(offeredOptions(q, out, visible, reading).map((o) => o.value));
    if (typeof value === 'string') {
      if (offered.has(value)) out[q.id] = value;
      else changed = true;
    } else {
      const kept = value.filter((v) => offered.has(v));
      if (kept.length !== value.length) changed = true;
      if (kept.length > 0) out[q.id] = kept.length === value.length ? value : kept;
      else changed = true;
    }
  }
  if (Object.keys(answers).some((k) => !questions.some((q) => q.id === k))) changed = true;
  return changed ? out : answers;
}

/** Ticks or unticks one option of a multiple-choice answer; exclusive options clear the others and vice versa. */
export function toggleOption(question: Question, selected: readonly string[], value: string): string[] {
  if (selected.includes(value)) return selected.filter((v) => v !== value);
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.value));
  if (exclusive.has(value)) return [value];
  return [...selected.filter((v) => !exclusive.has(v)), value];
}

export function visibleQuestions(questions: readonly Question[], answers: Answers, reading: Reading = 'asked'): Question[] {
  const visible = visibleIds(questions, answers, reading);
  return questions.filter((q) => visible.has(q.id));
}

export function firstUnanswered(questions: readonly Question[], answers: Answers, reading: Reading = 'asked'): string | undefined {
  return visibleQuestions(questions, answers, reading).find((q) => answers[q.id] === undefined)?.id;
}

export function nextQuestion(questions: readonly Question[], answers: Answers, from: string): string | undefined {
  const visible = visibleQuestions(questions, answers);
  const start = questions.findIndex((q) => q.id === from);
  return visible.find((q) => questions.indexOf(q) > start)?.id;
}

/** The first question after `from`, in order, that is shown and not yet answered. */
export function nextUnanswered(questions: readonly Question[], answers: Answers, from: string): string | undefined {
  const visible = visibleQuestions(questions, answers);
  const start = questions.findIndex((q) => q.id === from);
  return visible.find((q) => questions.indexOf(q) > start && answers[q.id] === undefined)?.id;
}

export function previousQuestion(questions: readonly Question[], answers: Answers, from: string): string | undefined {
  const visible = visibleQuestions(questions, answers);
  const start = questions.findIndex((q) => q.id === from);
  return visible.filter((q) => questions.indexOf(q) < start).at(-1)?.id;
}

/** "question n of m": m counts the questions visible with the answers so far. */
export function progress(questions: readonly Question[], answers: Answers, current: string | undefined) {
  const visible = visibleQuestions(questions, answers);
  const index = visible.findIndex((q) => q.id === current);
  const answered = visible.filter((q) => answers[q.id] !== undefined).length;
  return {position: index + 1, total: visible.length, answered};
}

export function isComplete(questions: readonly Question[], answers: Answers, reading: Reading = 'asked'): boolean {
  return firstUnanswered(questions, answers, reading) === undefined;
}

export function reduce(questions: readonly Question[], state: State, action: Action): State {
  switch (action.type) {
    case 'START': {
      if (state.phase !== 'welcome') return state;
      // Answers are kept: the person may have gone back to the welcome screen from the first question.
      return {...state, phase: 'question', current: questions[0]?.id};
    }
    case 'RESUME': {
      if (state.phase !== 'resume') return state;
      const answers = normalizeAnswers(questions, state.answers);
      const visible = visibleIds(questions, answers);
      // The question that was on screen, answered or not: a person who had gone back to check an answer sees
      // it again, and a question saved progress asks again (its meaning changed) shows its old answer.
      const current = state.current && visible.has(state.current) ? state.current : firstUnanswered(questions, answers);
      return current === undefined
        ? {...state, answers, phase: 'results', current: undefined}
        : {...state, answers, phase: 'question', current};
    }
    case 'START_OVER':
    case 'RESTART': {
      if (action.type === 'START_OVER' && state.phase !== 'resume') return state;
      return {...state, phase: 'question', answers: {}, current: questions[0]?.id, done: []};
    }
    case 'DELETE_SAVED':
      // From the resume screen: nothing kept, back to the welcome.
      if (state.phase !== 'resume') return state;
      return {...state, phase: 'welcome', answers: {}, current: undefined, done: []};
    case 'ANSWER': {
      if (state.phase !== 'question' || action.question !== state.current) return state;
      const question = questions.find((q) => q.id === action.question);
      // Only options offered for the answers so far (no call log on an iPhone).
      const offered = question && {...question, options: offeredOptions(question, state.answers, visibleIds(questions, state.answers))};
      if (!offered || checkAnswer(offered, action.value)) return state;
      const answers = normalizeAnswers(questions, {...state.answers, [action.question]: action.value});
      // A changed answer goes forward in order, through the answers after it (the person went back to check
      // them). A first answer goes on to the next question not yet answered: in a session answered in order
      // that is the next question, and on a resumed one asked a question added since (docs/contract.md), it
      // is where the person had got to, not the answers they gave before. At the end, back to anything still
      // unanswered, so the results are only reached complete.
      const first = state.answers[action.question] === undefined;
      const next = (first ? nextUnanswered(questions, answers, action.question) : nextQuestion(questions, answers, action.question)) ?? firstUnanswered(questions, answers);
      return next === undefined
        ? {...state, answers, phase: 'results', current: undefined}
        : {...state, answers, current: next};
    }
    case 'PREFILL': {
      if (state.phase !== 'question' || state.current === undefined || action.answers[state.current] === undefined) return state;
      if (Object.keys(action.answers).some((id) => !questions.some((q) => q.id === id))) return state;
      // In the questionnaire's order, so each answer is checked against the ones before it (no call log on
      // an iPhone; question 8 only after app_permissions that shows it). One bad answer: nothing is set.
      let answers = state.answers;
      for (const question of questions) {
        const value = action.answers[question.id];
        if (value === undefined) continue;
        const visible = visibleIds(questions, answers);
        if (!visible.has(question.id)) return state;
        if (checkAnswer({...question, options: offeredOptions(question, answers, visible)}, value)) return state;
        answers = normalizeAnswers(questions, {...answers, [question.id]: value});
      }
      const next = nextQuestion(questions, answers, state.current);
      return next === undefined
        ? {...state, answers, phase: 'results', current: undefined}
        : {...state, answers, current: next};
    }
    case 'BACK': {
      if (state.phase === 'results') {
        const last = visibleQuestions(questions, state.answers).at(-1)?.id;
        return last === undefined ? state : {...state, phase: 'question', current: last};
      }
      if (state.phase !== 'question' || state.current === undefined) return state;
      const previous = previousQuestion(questions, state.answers, state.current);
      return previous === undefined ? {...state, phase: 'welcome', current: undefined} : {...state, current: previous};
    }
    case 'TOGGLE_DONE': {
      if (state.phase !== 'results') return state;
      const done = state.done.includes(action.item)
        ? state.done.filter((d) => d !== action.item)
        : [...state.done, action.item];
      return {...state, done};
    }
    case 'SET_LANG':
      return action.lang === state.lang ? state : {...state, lang: action.lang};
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
