// What the shells (the interface, --plain) read of the questionnaire's state: the question on screen and
// the options it offers given the other answers.
import type {Question} from '../content/types.js';
import {offeredOptions, visibleIds} from './conditions.js';
import type {State} from './questionnaire.js';

export function currentQuestion(app: State, questions: readonly Question[]): Question | undefined {
  return app.phase === 'question' ? questions.find((q) => q.id === app.current) : undefined;
}

export function optionsOf(app: State, question: Question, questions: readonly Question[]) {
  return offeredOptions(question, app.answers, visibleIds(questions, app.answers));
}
