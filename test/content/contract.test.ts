// Question ids, types, option values, exclusive options and checklist ids are a public contract (answers
// file, JSON output, saved progress; docs/contract.md): content version 3. The expected tables are written
// out here by hand, so that a change to the contract is a change to this file too.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';

/** In order: id, type, option values (`!` = exclusive). */
const QUESTIONS: readonly [string, 'single' | 'multi', string][] = [
  ['lenders', 'multi', 'credit_card bank_loan platform_loan licensed_small unknown_app high_cost_app private none!'],
  ['lender_of_record', 'multi', 'bank_or_cf micro_loan none_named not_checked!'],
  ['overdue', 'single', 'not_yet d1_30 d31_90 d91_180 d181_plus'],
  ['overdue_debts', 'multi', 'credit_card bank_loan platform_loan licensed_small unknown_app high_cost_app private'],
  ['someone_elses_debt', 'single', 'no contact_only guarantor co_borrower unsure'],
  ['overdue_lenders', 'single', 'one two_three four_plus'],
  ['loan_terms', 'multi', 'upfront_deduction short_term rollover no_contract while_student none!'],
  ['contact_status', 'single', 'negotiating sometimes avoiding unreachable'],
  ['phone', 'single', 'iphone huawei xiaomi other_android unsure'],
  ['app_permissions', 'multi', 'contacts call_log sms photos location none! unsure!'],
  ['permissions_now', 'single', 'still_on some_off all_off uninstalled unsure'],
  ['emergency_contacts', 'single', 'family friends_or_colleagues none unsure'],
  ['shared_info', 'multi', 'employer social_accounts id_photos home_address none!'],
  [
    'collector_actions',
    'multi',
    'frequent_calls late_night insults threaten_contacts threaten_harm home_visit impersonation fake_documents inflated_amount none!',
  ],
  ['contacted_people', 'multi', 'emergency_contacts family friends workplace many_contacts public_posts none! unsure!'],
  ['what_they_said', 'multi', 'locate_only disclosed_debt insulted_you shared_photos demanded_payment unsure!'],
  ['evidence', 'single', 'all some none'],
  ['wellbeing', 'single', 'coping stressed overwhelmed'],
];

const CHECKLIST_IDS = [
  'call_police',
  'crisis_support',
  'revoke_permissions',
  'keep_records_first',
  'request_data_deletion',
  'brief_your_contacts',
  'stay_reachable',
  'save_evidence',
  'complain_regulator',
  'report_harassment',
  'report_illegal_lending',
  'verify_legal_notices',
  'report_public_posts',
  'negotiate_officially',
  'avoid_debt_relief_scams',
  'stop_borrowing_to_repay',
  'check_credit_report',
  'prepare_workplace',
  'review_permissions_regularly',
  'licensed_collection_rules',
  'your_rights_as_a_contact',
  'home_visit_safety',
  'free_legal_help',
  'find_your_lender',
  'guarantor_steps',
  'student_loan_rules',
  'before_you_fall_behind',
];

describe('questions contract', () => {
  it('has exactly the 18 question ids, in order', () => {
    expect(content.questions.map((q) => q.id)).toEqual(QUESTIONS.map(([id]) => id));
  });

  for (const [id, type, options] of QUESTIONS) {
    it(`${id}: ${type}, options ${options}`, () => {
      const q = content.questions.find((x) => x.id === id)!;
      expect(q.type).toBe(type);
      expect(q.options.map((o) => (o.exclusive ? `${o.value}!` : o.value)).join(' ')).toBe(options);
    });
  }

  it('every single-choice question declares a risk order over exactly its options', () => {
    for (const q of content.questions.filter((x) => x.type === 'single')) {
      expect([...(q.riskOrder ?? [])].sort(), q.id).toEqual(q.options.map((o) => o.value).sort());
    }
  });

  it('option conditions: call log and SMS not on an iPhone, the signs of illegal lending only for such lenders, overdue debts only among those held', () => {
    const conditional = content.questions.flatMap((q) => q.options.filter((o) => o.showIf).map((o) => [q.id, o.value, o.showIf]));
    const unlicensed = {q: 'lenders', in: ['unknown_app', 'high_cost_app', 'private']};
    const lenders = content.questions[0]!.options.filter((o) => !o.exclusive).map((o) => o.value);
    expect(conditional).toEqual([
      ...lenders.map((v) => ['overdue_debts', v, {q: 'lenders', in: [v]}]),
      ['loan_terms', 'upfront_deduction', unlicensed],
      ['loan_terms', 'short_term', unlicensed],
      ['loan_terms', 'no_contract', unlicensed],
      ['app_permissions', 'call_log', {q: 'phone', notIn: ['iphone']}],
      ['app_permissions', 'sms', {q: 'phone', notIn: ['iphone']}],
    ]);
  });

  it('collector_actions is marked as revised in 2.0.0 (threaten_harm narrowed to violence), so older saved answers are asked again', () => {
    expect(content.questions.find((q) => q.id === 'collector_actions')?.revised).toBe('2.0.0');
    expect(content.questions.filter((q) => q.revised).map((q) => q.id)).toEqual(['collector_actions']);
  });

  it('the questions shown always are lenders, someone_elses_debt, phone, app_permissions and wellbeing', () => {
    expect(content.questions.filter((q) => !q.showIf).map((q) => q.id)).toEqual(['lenders', 'someone_elses_debt', 'phone', 'app_permissions', 'wellbeing']);
  });
});

describe('checklist ids', () => {
  it.each(CHECKLIST_IDS)('%s exists', (id) => {
    expect(content.checklist.map((c) => c.id)).toContain(id);
  });

  it('every priority is now, this_week or ongoing, and the last rule of each item has no condition (a default)', () => {
    for (const item of content.checklist) {
      for (const p of item.priority) expect(['now', 'this_week', 'ongoing']).toContain(p.value);
      expect(item.priority.at(-1)!.when, item.id).toBeUndefined();
    }
  });
});
