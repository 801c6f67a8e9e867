// Which documents the answers call for: the rule of each (docs/contract.md, documents), written here a second
// time, independently, from the terms of the scoring (likelihood high, improper collection, threatened, an
// overdue licensed debt; docs/scoring.md) and checked
// against the product on many random answer sets, and on answer sets built for each condition and its negation.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {DOCUMENT_IDS} from '../../source/content/types.js';
import {type Answers, valuesOf} from '../../source/engine/conditions.js';
import {applicableDocuments} from '../../source/output/documents.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {anyAnswers} from '../support/answers.js';

const PEOPLE = ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts'];
const TOLD = ['disclosed_debt', 'insulted_you', 'shared_photos', 'demanded_payment'];
const IMPROPER = ['frequent_calls', 'late_night', 'insults', 'threaten_contacts', 'threaten_harm', 'impersonation', 'fake_documents', 'inflated_amount'];
const ANY_ACTION = [...IMPROPER, 'home_visit'];
const DATA = ['contacts', 'call_log', 'sms', 'photos', 'location'];

/** "Who the lender is" (docs/scoring.md), again from its table: a type may be these kinds. */
function kindsOf(type: string, record: readonly string[]): string[] {
  if (type === 'credit_card' || type === 'bank_loan') return ['bank'];
  if (type === 'platform_loan' || type === 'licensed_small') return ['bank', 'micro_loan'];
  if (type === 'high_cost_app') return ['unlicensed'];
  if (type === 'private') return ['private'];
  if (type !== 'unknown_app') return [];
  const named = [...(record.includes('bank_or_cf') ? ['bank'] : []), ...(record.includes('micro_loan') ? ['micro_loan'] : []), ...(record.includes('none_named') ? ['unlicensed'] : [])];
  return named.length > 0 ? named : ['unverified'];
}

/** The rule, from the answers as scored (hidden questions and options not offered removed) and the level. */
function expected(given: Answers): string[] {
  const a = assess(content, given);
  const has = (q: string, values: readonly string[]) => valuesOf(a.answers[q]).some((v) => values.includes(v));
  const overdue = valuesOf(a.answers.overdue)[0];
  const isOverdue = overdue !== undefined && overdue !== 'not_yet';
  const held = [...new Set([...valuesOf(a.answers.lenders), ...valuesOf(a.answers.overdue_debts)])].filter((v) => v !== 'none');
  const record = valuesOf(a.answers.lender_of_record);
  const heldKinds = held.flatMap((t) => kindsOf(t, record));
  const actions = valuesOf(a.answers.collector_actions).filter((v) => v !== 'none');
  // Whose debt (property 11): someone else's when nothing of one's own is overdue and they said so.
  const pursuedForOther = !isOverdue && has('someone_elses_debt', ['contact_only', 'unsure']);
  const pursuedForLiable = !isOverdue && has('someone_elses_debt', ['guarantor', 'co_borrower']);
  // "An X debt": overdue (overdue_debts when asked), or, nothing overdue, being collected on one's own debt.
  const collected = isOverdue
    ? valuesOf(a.answers.overdue_debts).length > 0
      ? valuesOf(a.answers.overdue_debts)
      : held
    : overdue === 'not_yet' && !pursuedForOther && !pursuedForLiable && (actions.length > 0 || has('contacted_people', [...PEOPLE, 'public_posts']))
      ? held
      : [];
  const collectedKinds = collected.flatMap((t) => kindsOf(t, record));
  const licensedOverdue = collectedKinds.some((k) => k === 'bank' || k === 'micro_loan');
  const visitByUnlicensed = actions.includes('home_visit') && heldKinds.some((k) => k === 'unlicensed' || k === 'unverified');
  const improper = actions.some((v) => IMPROPER.includes(v)) || has('what_they_said', TOLD) || visitByUnlicensed;
  const likelihoodHigh = a.level === 'high' || a.level === 'critical';
  const appOfUnclearOrNoLicence = heldKinds.some((k) => k === 'unlicensed' || k === 'unverified');
  const rules: Record<(typeof DOCUMENT_IDS)[number], boolean> = {
    deletion: has('app_permissions', DATA),
    stop_third_party_contact: licensedOverdue && (has('contacted_people', PEOPLE) || has('collector_actions', ['threaten_contacts', 'threaten_harm'])),
    complaint_to_lender: licensedOverdue && improper,
    complaint_to_regulator: licensedOverdue && improper,
    message_to_contacts:
      !pursuedForOther &&
      ((has('emergency_contacts', ['family', 'friends_or_colleagues']) && overdue !== 'not_yet') || has('contacted_people', PEOPLE) || likelihoodHigh),
    note_for_employer: !pursuedForOther && has('shared_info', ['employer']) && (has('contacted_people', ['workplace']) || likelihoodHigh),
    report_illegal_lending:
      has('lenders', ['high_cost_app']) || (appOfUnclearOrNoLicence && has('loan_terms', ['upfront_deduction', 'short_term', 'no_contract'])),
    evidence_log: has('collector_actions', ANY_ACTION) || has('contacted_people', [...PEOPLE, 'public_posts']),
    contact_stop_and_delete: has('someone_elses_debt', ['contact_only', 'unsure']),
  };
  return DOCUMENT_IDS.filter((id) => rules[id]);
}

const overdueLicensed = {lenders: ['platform_loan'], overdue: 'd31_90', contact_status: 'sometimes'};

/** For each document, answers under which it applies, and close ones under which it does not. */
const CASES: Record<string, {readonly yes: readonly Answers[]; readonly no: readonly Answers[]}> = {
  deletion: {
    yes: [{app_permissions: ['contacts']}, {phone: 'iphone', app_permissions: ['location']}, {app_permissions: ['photos', 'sms']}],
    no: [{app_permissions: ['none']}, {app_permissions: ['unsure']}, {phone: 'iphone', app_permissions: ['call_log']}, {}],
  },
  stop_third_party_contact: {
    yes: [
      {...overdueLicensed, contacted_people: ['family']},
      {...overdueLicensed, collector_actions: ['threaten_contacts']},
      {...overdueLicensed, collector_actions: ['threaten_harm']},
      {lenders: ['credit_card', 'high_cost_app'], overdue: 'd1_30', overdue_debts: ['credit_card'], contacted_people: ['workplace']},
    ],
    no: [
      {...overdueLicensed, contacted_people: ['public_posts'], collector_actions: ['insults']},
      {lenders: ['high_cost_app'], overdue: 'd1_30', contacted_people: ['family'], collector_actions: ['threaten_contacts']},
      {lenders: ['credit_card', 'high_cost_app'], overdue: 'd1_30', overdue_debts: ['high_cost_app'], contacted_people: ['workplace']},
      {lenders: ['platform_loan'], overdue: 'not_yet', someone_elses_debt: 'contact_only', collector_actions: ['threaten_contacts']},
    ],
  },
  complaint_to_lender: {
    yes: [
      {...overdueLicensed, collector_actions: ['late_night']},
      {...overdueLicensed, collector_actions: ['none'], contacted_people: ['family'], what_they_said: ['disclosed_debt']},
    ],
    no: [
      {...overdueLicensed, collector_actions: ['home_visit']},
      {...overdueLicensed, collector_actions: ['none'], contacted_people: ['family'], what_they_said: ['locate_only']},
      {lenders: ['unknown_app'], overdue: 'd31_90', collector_actions: ['insults']},
      {lenders: ['bank_loan'], overdue: 'not_yet', someone_elses_debt: 'contact_only', collector_actions: ['insults']},
    ],
  },
  message_to_contacts: {
    yes: [
      {lenders: ['bank_loan'], overdue: 'd1_30', emergency_contacts: 'friends_or_colleagues'},
      {lenders: ['bank_loan'], overdue: 'd1_30', emergency_contacts: 'none', contacted_people: ['friends']},
      {lenders: ['none'], someone_elses_debt: 'guarantor', collector_actions: ['threaten_harm']},
    ],
    no: [
      {lenders: ['bank_loan'], overdue: 'not_yet', emergency_contacts: 'none'},
      // Nothing overdue, nobody contacted, likelihood not high: it would disclose the debt early (correction 9).
      {lenders: ['bank_loan'], overdue: 'not_yet', emergency_contacts: 'friends_or_colleagues'},
      // Written as the one who owes: never for someone pursued over another's debt (property 11).
      {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['threaten_harm']},
      {lenders: ['bank_loan'], overdue: 'd1_30', emergency_contacts: 'unsure', contacted_people: ['none'], collector_actions: ['none']},
      {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['insults']},
    ],
  },
  note_for_employer: {
    yes: [
      {lenders: ['bank_loan'], overdue: 'd1_30', shared_info: ['employer'], contacted_people: ['workplace']},
      {lenders: ['unknown_app'], overdue: 'd1_30', shared_info: ['employer'], app_permissions: ['contacts'], permissions_now: 'still_on'},
    ],
    no: [
      {lenders: ['bank_loan'], overdue: 'd1_30', shared_info: ['home_address'], contacted_people: ['workplace']},
      {lenders: ['bank_loan'], overdue: 'd1_30', shared_info: ['employer'], contacted_people: ['none'], collector_actions: ['none']},
    ],
  },
  report_illegal_lending: {
    yes: [
      {lenders: ['high_cost_app'], loan_terms: ['short_term']},
      {lenders: ['high_cost_app'], loan_terms: ['none']},
      {lenders: ['unknown_app', 'credit_card'], loan_terms: ['no_contract']},
      {lenders: ['unknown_app'], lender_of_record: ['none_named'], loan_terms: ['upfront_deduction']},
    ],
    no: [
      // Rollover alone may describe another, licensed loan (correction 1).
      {lenders: ['unknown_app', 'credit_card'], loan_terms: ['rollover']},
      {lenders: ['unknown_app'], lender_of_record: ['bank_or_cf'], loan_terms: ['short_term']},
      {lenders: ['private'], loan_terms: ['upfront_deduction']},
      {lenders: ['bank_loan'], loan_terms: ['rollover']},
    ],
  },
  evidence_log: {
    yes: [
      {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['home_visit']},
      {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['none'], contacted_people: ['public_posts']},
      {lenders: ['none'], someone_elses_debt: 'guarantor', collector_actions: ['fake_documents']},
    ],
    no: [
      {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['none'], contacted_people: ['none']},
      {lenders: ['none'], someone_elses_debt: 'no', app_permissions: ['contacts']},
    ],
  },
  contact_stop_and_delete: {
    yes: [
      {lenders: ['none'], someone_elses_debt: 'contact_only'},
      {lenders: ['credit_card'], overdue: 'not_yet', someone_elses_debt: 'unsure'},
      // Asked of everyone (content version 3): a borrower overdue on a card may be called about a relative's debt.
      {lenders: ['credit_card'], overdue: 'd1_30', someone_elses_debt: 'contact_only'},
    ],
    no: [
      {lenders: ['none'], someone_elses_debt: 'guarantor'},
      {lenders: ['none'], someone_elses_debt: 'no'},
    ],
  },
};
CASES.complaint_to_regulator = CASES.complaint_to_lender!;

describe('documents apply exactly when their rule says', () => {
  it('on random answer sets (partial, complete, with hidden and not-offered answers)', () => {
    fc.assert(
      fc.property(fc.oneof(anyAnswers(content), anyAnswers(content, {complete: true})), (answers) => {
        expect(applicableDocuments(content, answers)).toEqual(expected(answers));
      }),
      {numRuns: 1500, seed: 20261209},
    );
  });

  it('every document is called for by some random answers, and left out by others', () => {
    const seen = new Map<string, Set<boolean>>(DOCUMENT_IDS.map((id) => [id, new Set()]));
    fc.assert(
      fc.property(anyAnswers(content, {complete: true}), (answers) => {
        const got = applicableDocuments(content, answers);
        for (const id of DOCUMENT_IDS) seen.get(id)!.add(got.includes(id));
      }),
      {numRuns: 600, seed: 7},
    );
    for (const [id, values] of seen) expect([id, [...values].sort()]).toEqual([id, [false, true]]);
  });

  describe.each(DOCUMENT_IDS)('%s', (id) => {
    it('applies under each of its conditions, and not under their negations', () => {
      const {yes, no} = CASES[id]!;
      for (const answers of yes) expect(applicableDocuments(content, answers), JSON.stringify(answers)).toContain(id);
      for (const answers of no) expect(applicableDocuments(content, answers), JSON.stringify(answers)).not.toContain(id);
      for (const answers of [...yes, ...no]) expect(applicableDocuments(content, answers)).toEqual(expected(answers));
    });
  });

  it('the JSON view lists them, with their titles in the language of the view', () => {
    const answers = {...overdueLicensed, collector_actions: ['late_night'], app_permissions: ['contacts']};
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const view = present(content, assess(content, answers), lang);
      expect(view.documents.map((d) => d.id)).toEqual(applicableDocuments(content, answers));
      for (const d of view.documents) expect(d.title).toBe(content.documents.find((x) => x.id === d.id)!.title[lang]);
    }
  });
});
