// Small hand-made questions for engine tests: every branch of the engine without the real content's size.
import type {Condition, Localized, Option, Question} from '../../source/content/types.js';

export const L = (s: string): Localized => ({'zh-Hans': s, 'zh-Hant': s, en: s});

const option = (value: string, extra: {exclusive?: boolean; showIf?: Condition} = {}): Option => ({
  value,
  label: L(value),
  ...extra,
});

/**
 * a  multi   x, y, none!                       always
 * b  single  p, q                              a ≠ none
 * c  single  r, s                              b = q
 * d  multi   m, n (n only when b ≠ p), u!      always
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'a',
    section: 's',
    type: 'multi',
    prompt: L('a?'),
    help: L('a'),
    options: [option('x'), option('y'), option('none', {exclusive: true})],
  },
  {
    id: 'b',
    section: 's',
    type: 'single',
    prompt: L('b?'),
    help: L('b'),
    showIf: {q: 'a', notIn: ['none']},
    options: [option('p'), option('q')],
    riskOrder: ['p', 'q'],
  },
  {
    id: 'c',
    section: 's',
    type: 'single',
    prompt: L('c?'),
    help: L('c'),
    showIf: {q: 'b', in: ['q']},
    options: [option('r'), option('s')],
    riskOrder: ['r', 's'],
  },
  {
    id: 'd',
    section: 's',
    type: 'multi',
    prompt: L('d?'),
    help: L('d'),
    options: [option('m'), option('n', {showIf: {q: 'b', notIn: ['p']}}), option('u', {exclusive: true})],
  },
];

export const byId = (questions: readonly Question[], id: string): Question => {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
