// The answers as the scoring rules read them: which debts are held and which are
// overdue, whose collector actions these are, and the answers themselves, with what carries no weight set
// aside. Pure.
import type {Content} from '../content/types.js';
import {type Answers, valuesOf, visibleIds} from '../engine/conditions.js';
import {normalizeAnswers} from '../engine/questionnaire.js';

export const LICENSED = ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small'];
export const UNLICENSED = ['unknown_app', 'high_cost_app', 'private'];
export const RISKY_APPS = ['unknown_app', 'high_cost_app'];
/** People around the person (not public posts). */
export const PEOPLE = ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts'];
/** Telling someone about the debt. */
export const TOLD = ['disclosed_debt', 'insulted_you', 'shared_photos', 'demanded_payment'];
export const THIRD_PARTY = ['contact_only', 'guarantor', 'unsure'];
/** Improper collection; a licensed lender's home_visit alone is not. */
export const IMPROPER = [
  'frequent_calls',
  'late_night',
  'insults',
  'threaten_contacts',
  'threaten_harm',
  'impersonation',
  'fake_documents',
  'inflated_amount',
];

export interface Facts {
  /** The answers that count: hidden questions and options not offered removed. */
  readonly answers: Answers;
  readonly visible: ReadonlySet<string>;
  /** Given but carrying no weight, as "question=option", in content order. */
  readonly ignored: readonly string[];
  list(q: string): readonly string[];
  one(q: string): string | undefined;
  has(q: string, values: readonly string[]): boolean;
  /** "question=option" for each value. */
  tag(q: string, values: readonly string[]): string[];
  /** Lender types held. */
  readonly held: readonly string[];
  /** "question=option" naming where each held type was said (lenders, or overdue_debts when lenders is unanswered). */
  heldTag(types: readonly string[]): string[];
  readonly noDebt: boolean;
  readonly overdue: string | undefined;
  /** A debt of the person's own is overdue. */
  readonly isOverdue: boolean;
  /** Lender types that are overdue: those named in overdue_debts when it was asked, else every one held. */
  readonly overdueTypes: readonly string[];
  /** Collector actions about the person's own debt; none when the person surely has nothing overdue. */
  readonly ownActions: readonly string[];
  /** Collectors contact the person about someone else's debt. */
  readonly thirdParty: boolean;
}

export function readFacts(content: Content, given: Answers): Facts {
  const answers = normalizeAnswers(content.questions, given, 'given');
  // In content order, so the result never depends on the order the answers were given in.
  const ignored = content.questions.flatMap(({id: q}) => {
    const kept = valuesOf(answers[q]);
    return valuesOf(given[q])
      .filter((v) => !kept.includes(v))
      .map((v) => `${q}=${v}`);
  });
  const visible = visibleIds(content.questions, answers, 'given');
  const list = (q: string) => valuesOf(answers[q]);
  const has = (q: string, values: readonly string[]) => list(q).some((v) => values.includes(v));
  // overdue_debts names only types held, so it tells of them too when lenders is unanswered.
  const held = [...new Set([...list('lenders'), ...list('overdue_debts')])].filter((v) => v !== 'none');
  const noDebt = has('lenders', ['none']);
  const overdue = list('overdue')[0];
  const isOverdue = overdue !== undefined && overdue !== 'not_yet';
  const named = list('overdue_debts');
  const overdueTypes = !isOverdue ? [] : named.length > 0 ? named : held;
  const nothingOverdue = noDebt || overdue === 'not_yet';
  return {
    answers,
    visible,
    ignored,
    list,
    one: (q) => list(q)[0],
    has,
    tag: (q, values) => values.map((v) => `${q}=${v}`),
    held,
    heldTag: (types) => types.map((v) => (list('lenders').includes(v) ? `lenders=${v}` : `overdue_debts=${v}`)),
    noDebt,
    overdue,
    isOverdue,
    overdueTypes,
    ownActions: nothingOverdue ? [] : list('collector_actions').filter((v) => v !== 'none'),
    thirdParty: has('someone_elses_debt', THIRD_PARTY),
  };
}
