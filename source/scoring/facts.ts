// The answers as the scoring rules read them: which debts are held and which are
// overdue, whose collector actions these are, and the answers themselves, with what carries no weight set
// aside. Pure.
import type {Content} from '../content/types.js';
import {type Answers, valuesOf, visibleIds} from '../engine/conditions.js';
import {normalizeAnswers} from '../engine/questionnaire.js';
import {kindsOfAll, type LenderKind, mayBeUnlicensed} from './lender.js';

/** People around the person (not public posts). */
export const PEOPLE = ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts'];
/** Telling someone about the debt. */
export const TOLD = ['disclosed_debt', 'insulted_you', 'shared_photos', 'demanded_payment'];
/** Called about someone else's debt, owing nothing (unless they signed: `unsure`). */
export const THIRD_PARTY = ['contact_only', 'unsure'];
/** Signed for someone else's debt: liable under what they signed. */
export const LIABLE = ['guarantor', 'co_borrower'];
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
  /** What the contract of a small loan app of unclear licence names (lender_of_record). */
  readonly lenderOfRecord: readonly string[];
  /** The kinds of the debts held (lender.ts). */
  readonly heldKinds: ReadonlySet<LenderKind>;
  /**
   * Lender types being collected: those overdue, or, when nothing is overdue but collectors act or people were
   * contacted about the person's own debt, every type held.
   */
  readonly collectedTypes: readonly string[];
  readonly collectedKinds: ReadonlySet<LenderKind>;
  /** "question=option" naming each type, and what its contract names when that decided its kind. */
  kindTag(types: readonly string[]): string[];
  /** Held lender types that may be without a licence (unlicensed or unverified): counted so for the level. */
  readonly mayBeUnlicensed: readonly string[];
  /** Collector actions reported (none left out). */
  readonly actions: readonly string[];
  /** Someone around the person was contacted, or the person was posted about. */
  readonly contacted: boolean;
  /**
   * Whose debt the collectors pursue (property 11): the person's own; someone else's, owing nothing
   * (`other`); someone else's that the person signed for (`liable`).
   */
  readonly pursuit: 'own' | 'other' | 'liable';
  /** Collector actions that weigh on the person's score: all of them, except for someone who owes nothing. */
  readonly scoredActions: readonly string[];
  /** Called about someone else's debt and owing nothing for it (contact_only, unsure). */
  readonly thirdParty: boolean;
  /** A guarantor or co-borrower of someone else's debt. */
  readonly liable: boolean;
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
  const lenderOfRecord = list('lender_of_record');
  const other = list('someone_elses_debt')[0];
  const liable = other !== undefined && LIABLE.includes(other);
  const thirdParty = other !== undefined && THIRD_PARTY.includes(other);
  const pursuit = isOverdue ? 'own' : liable ? 'liable' : thirdParty ? 'other' : 'own';
  const actions = list('collector_actions').filter((v) => v !== 'none');
  const contacted = has('contacted_people', [...PEOPLE, 'public_posts']);
  // Nothing overdue, yet collectors act on the person's own debt: the debts held are being collected.
  const collectedTypes = isOverdue ? overdueTypes : overdue === 'not_yet' && pursuit === 'own' && (actions.length > 0 || contacted) ? held : [];
  const lenders = list('lenders');
  return {
    lenderOfRecord,
    heldKinds: kindsOfAll(held, lenderOfRecord),
    collectedTypes,
    collectedKinds: kindsOfAll(collectedTypes, lenderOfRecord),
    kindTag: (types) =>
      types.flatMap((v) => [
        lenders.includes(v) ? `lenders=${v}` : `overdue_debts=${v}`,
        ...(v === 'unknown_app' ? lenderOfRecord.map((r) => `lender_of_record=${r}`) : []),
      ]),
    mayBeUnlicensed: held.filter((v) => mayBeUnlicensed(v, lenderOfRecord)),
    actions,
    contacted,
    pursuit,
    scoredActions: noDebt && !liable ? [] : actions,
    thirdParty,
    liable,
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
  };
}
