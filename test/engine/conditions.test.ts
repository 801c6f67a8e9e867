import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Condition} from '../../source/content/types.js';
import {
  type Answers,
  evaluate,
  offeredOptions,
  truth,
  valuesOf,
  visibleIds,
} from '../../source/engine/conditions.js';
import {byId, QUESTIONS} from './fixtures.js';

const ctx = (answers: Answers, visible: readonly string[]) => ({answers, visible: new Set(visible)});

describe('evaluate', () => {
  const answers: Answers = {a: ['x', 'y'], b: 'q'};
  const visible = ['a', 'b', 'c'];

  it('in: single answer equals, multi answer contains one of the values', () => {
    expect(evaluate({q: 'b', in: ['q']}, ctx(answers, visible))).toBe(true);
    expect(evaluate({q: 'b', in: ['p']}, ctx(answers, visible))).toBe(false);
    expect(evaluate({q: 'a', in: ['none', 'y']}, ctx(answers, visible))).toBe(true);
    expect(evaluate({q: 'a', in: ['none']}, ctx(answers, visible))).toBe(false);
  });

  it('in on a visible unanswered question is false', () => {
    expect(evaluate({q: 'c', in: ['r', 's']}, ctx(answers, visible))).toBe(false);
  });

  it('notIn: true when the answer has none of the values, false when it has one', () => {
    expect(evaluate({q: 'b', notIn: ['p']}, ctx(answers, visible))).toBe(true);
    expect(evaluate({q: 'b', notIn: ['q']}, ctx(answers, visible))).toBe(false);
    expect(evaluate({q: 'a', notIn: ['none']}, ctx(answers, visible))).toBe(true);
    expect(evaluate({q: 'a', notIn: ['none', 'x']}, ctx(answers, visible))).toBe(false);
  });

  it('notIn on a visible unanswered question is true', () => {
    expect(evaluate({q: 'c', notIn: ['r']}, ctx(answers, visible))).toBe(true);
  });

  it("a hidden question's answer does not count, for in and for notIn", () => {
    const hidden = ['a']; // b answered 'q' but hidden
    expect(evaluate({q: 'b', in: ['q']}, ctx(answers, hidden))).toBe(false);
    expect(evaluate({q: 'b', notIn: ['p']}, ctx(answers, hidden))).toBe(false);
    expect(evaluate({q: 'b', notIn: ['q']}, ctx(answers, hidden))).toBe(false);
  });

  it('all / any / not combine', () => {
    const yes: Condition = {q: 'b', in: ['q']};
    const no: Condition = {q: 'b', in: ['p']};
    const c = ctx(answers, visible);
    expect(evaluate({all: [yes, yes]}, c)).toBe(true);
    expect(evaluate({all: [yes, no]}, c)).toBe(false);
    expect(evaluate({any: [no, yes]}, c)).toBe(true);
    expect(evaluate({any: [no, no]}, c)).toBe(false);
    expect(evaluate({not: yes}, c)).toBe(false);
    expect(evaluate({not: no}, c)).toBe(true);
    expect(evaluate({all: [{any: [no, yes]}, {not: no}]}, c)).toBe(true);
    // not over a hidden question: the inner condition is false, so not(...) is true.
    expect(evaluate({not: {q: 'b', in: ['q']}}, ctx(answers, ['a']))).toBe(true);
  });

  it('flags are read from the context, false without flags', () => {
    expect(evaluate({flag: 'likelihood_high'}, ctx(answers, visible))).toBe(false);
    expect(evaluate({flag: 'likelihood_high'}, {...ctx(answers, visible), flags: new Set(['likelihood_high'] as const)})).toBe(true);
    expect(evaluate({flag: 'licensed_overdue'}, {...ctx(answers, visible), flags: new Set(['likelihood_high'] as const)})).toBe(false);
  });

  it('valuesOf turns undefined, a string and a list into a list', () => {
    expect(valuesOf(undefined)).toEqual([]);
    expect(valuesOf('p')).toEqual(['p']);
    expect(valuesOf(['x', 'y'])).toEqual(['x', 'y']);
  });
});

describe('truth: three values, and how an unanswered question reads', () => {
  const answers: Answers = {a: ['x', 'y']};
  const visible = new Set(['a', 'b', 'c']);
  const asked = {answers, visible};
  const given = {answers, visible, reading: 'given' as const};
  const unknown: Condition = {q: 'b', in: ['q']};
  const yes: Condition = {q: 'a', in: ['x']};
  const no: Condition = {q: 'a', in: ['none']};

  it('asked (the questionnaire so far): nothing is chosen yet, so in is false and notIn is true', () => {
    expect(truth({q: 'b', in: ['q']}, asked)).toBe(false);
    expect(truth({q: 'b', notIn: ['q']}, asked)).toBe(true);
    expect(truth({q: 'b', atLeast: 1}, asked)).toBe(false);
  });

  it('given (answers taken as they are): a condition on an unanswered question is unknown, in and notIn alike', () => {
    expect(truth({q: 'b', in: ['q']}, given)).toBeUndefined();
    expect(truth({q: 'b', notIn: ['q']}, given)).toBeUndefined();
    expect(truth({q: 'b', atLeast: 2}, given)).toBeUndefined();
    // Answered and hidden questions read the same in both.
    expect(truth(yes, given)).toBe(true);
    expect(truth({q: 'a', in: ['x']}, {...given, visible: new Set(['b'])})).toBe(false);
  });

  it("Kleene's rules: all is false on any false, any is true on any true, not keeps unknown", () => {
    expect(truth({all: [unknown, no]}, given)).toBe(false);
    expect(truth({all: [unknown, yes]}, given)).toBeUndefined();
    expect(truth({any: [unknown, yes]}, given)).toBe(true);
    expect(truth({any: [unknown, no]}, given)).toBeUndefined();
    expect(truth({not: unknown}, given)).toBeUndefined();
    // evaluate: holds for certain.
    expect(evaluate({any: [unknown, no]}, given)).toBe(false);
  });

  it('atLeast counts the values of a multiple-choice answer', () => {
    expect(truth({q: 'a', atLeast: 2}, asked)).toBe(true);
    expect(truth({q: 'a', atLeast: 3}, asked)).toBe(false);
  });

  it('given hides nothing a later answer could still show: on the fixtures, c is shown while b is unanswered', () => {
    expect([...visibleIds(QUESTIONS, {a: ['x']}, 'given')]).toEqual(['a', 'b', 'c', 'd']);
    expect([...visibleIds(QUESTIONS, {a: ['x']})]).toEqual(['a', 'b', 'd']);
    // A question hidden for certain stays hidden: a = none hides b, and c with it.
    expect([...visibleIds(QUESTIONS, {a: ['none']}, 'given')]).toEqual(['a', 'd']);
  });

  it('given on the real content: overdue unanswered hides nothing that rests on it', () => {
    const v = visibleIds(content.questions, {lenders: ['high_cost_app']}, 'given');
    for (const id of ['overdue_lenders', 'contact_status', 'collector_actions', 'contacted_people', 'what_they_said', 'evidence', 'someone_elses_debt']) {
      expect(v.has(id), id).toBe(true);
    }
    const q = content.questions.find((x) => x.id === 'app_permissions')!;
    // phone unanswered: call log and SMS may be offered.
    expect(offeredOptions(q, {}, visibleIds(content.questions, {}, 'given'), 'given').map((o) => o.value)).toContain('call_log');
  });
});

describe('visibleIds on fixtures', () => {
  it('with no answers: conditions using notIn pass, conditions using in do not', () => {
    expect([...visibleIds(QUESTIONS, {})]).toEqual(['a', 'b', 'd']);
  });
  it('a = none hides b, and c (which depends on the hidden b) too, even if b was answered q', () => {
    expect([...visibleIds(QUESTIONS, {a: ['none'], b: 'q'})]).toEqual(['a', 'd']);
  });
  it('b = q shows c', () => {
    expect([...visibleIds(QUESTIONS, {a: ['x'], b: 'q'})]).toEqual(['a', 'b', 'c', 'd']);
  });
  it('offeredOptions applies option conditions', () => {
    const d = byId(QUESTIONS, 'd');
    const offered = (answers: Answers) =>
      offeredOptions(d, answers, visibleIds(QUESTIONS, answers)).map((o) => o.value);
    expect(offered({a: ['x'], b: 'p'})).toEqual(['m', 'u']);
    expect(offered({a: ['x'], b: 'q'})).toEqual(['m', 'n', 'u']);
    expect(offered({a: ['x']})).toEqual(['m', 'n', 'u']);
    // b hidden: notIn over a hidden question is false, so n is not offered.
    expect(offered({a: ['none'], b: 'p'})).toEqual(['m', 'u']);
  });
});

describe('visibleIds on the real content', () => {
  const ids = (answers: Answers) => [...visibleIds(content.questions, answers)];
  const ALL = content.questions.map((q) => q.id);
  const without = (...hidden: string[]) => ALL.filter((id) => !hidden.includes(id));

  it('with no answers, the questions shown "always" or via notIn are visible', () => {
    // evidence: collector_actions is visible and unanswered, so its notIn [none] holds.
    expect(ids({})).toEqual(without('lender_of_record', 'overdue_debts', 'permissions_now', 'what_they_said'));
  });

  it('lenders = [none] hides every debt and collection question, and asks about someone else\'s debt', () => {
    const answers: Answers = {
      lenders: ['none'],
      overdue: 'd1_30',
      contacted_people: ['family'],
      collector_actions: ['insults'],
      app_permissions: ['contacts'],
    };
    expect(ids(answers)).toEqual(['lenders', 'someone_elses_debt', 'phone', 'app_permissions', 'permissions_now', 'wellbeing']);
  });

  it('someone_elses_debt: being called about another debt shows collector_actions and contacted_people (and evidence), nothing of a debt', () => {
    for (const value of ['contact_only', 'guarantor', 'co_borrower', 'unsure']) {
      expect(ids({lenders: ['none'], someone_elses_debt: value, collector_actions: ['insults'], contacted_people: ['public_posts']})).toEqual([
        'lenders',
        'someone_elses_debt',
        'phone',
        'app_permissions',
        'collector_actions',
        'contacted_people',
        'evidence',
        'wellbeing',
      ]);
    }
    expect(ids({lenders: ['none'], someone_elses_debt: 'no'})).not.toContain('collector_actions');
    expect(ids({lenders: ['none'], someone_elses_debt: 'no'})).not.toContain('contacted_people');
    // Asked of everyone (content version 3): a borrower with an overdue debt may also be a guarantor.
    expect(ids({lenders: ['bank_loan'], overdue: 'not_yet'})).toContain('someone_elses_debt');
    expect(ids({lenders: ['bank_loan'], overdue: 'd1_30'})).toContain('someone_elses_debt');
  });

  it('lender_of_record is asked only about a small loan app of unclear licence', () => {
    expect(ids({lenders: ['unknown_app']})).toContain('lender_of_record');
    expect(ids({lenders: ['high_cost_app', 'unknown_app']})).toContain('lender_of_record');
    for (const lender of ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small', 'high_cost_app', 'private', 'none']) {
      expect(ids({lenders: [lender]})).not.toContain('lender_of_record');
    }
  });

  it('overdue = not_yet hides overdue_lenders and contact_status, and still asks what collectors did (content version 3)', () => {
    const v = ids({lenders: ['bank_loan'], overdue: 'not_yet', collector_actions: ['none'], contacted_people: ['family']});
    for (const hidden of ['overdue_lenders', 'contact_status']) expect(v).not.toContain(hidden);
    expect(v).toEqual([
      'lenders',
      'overdue',
      'someone_elses_debt',
      'loan_terms',
      'phone',
      'app_permissions',
      'emergency_contacts',
      'shared_info',
      'collector_actions',
      'contacted_people',
      'what_they_said',
      'evidence',
      'wellbeing',
    ]);
  });

  it('overdue_debts is asked with two or more lenders and something overdue, offering only the lenders chosen', () => {
    const q = content.questions.find((x) => x.id === 'overdue_debts')!;
    expect(ids({lenders: ['credit_card'], overdue: 'd1_30'})).not.toContain('overdue_debts');
    expect(ids({lenders: ['credit_card', 'private'], overdue: 'not_yet'})).not.toContain('overdue_debts');
    const answers = {lenders: ['credit_card', 'private'], overdue: 'd1_30'};
    expect(ids(answers)).toContain('overdue_debts');
    expect(offeredOptions(q, answers, visibleIds(content.questions, answers)).map((o) => o.value)).toEqual(['credit_card', 'private']);
  });

  it('loan_terms is asked of every borrower; the signs of illegal lending are offered only for unknown, 714 or private lenders', () => {
    const q = content.questions.find((x) => x.id === 'loan_terms')!;
    const offered = (answers: Answers) => offeredOptions(q, answers, visibleIds(content.questions, answers)).map((o) => o.value);
    for (const lender of ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small']) {
      expect(ids({lenders: [lender]})).toContain('loan_terms');
      expect(offered({lenders: [lender]})).toEqual(['rollover', 'while_student', 'none']);
    }
    for (const lender of ['unknown_app', 'high_cost_app', 'private']) {
      expect(offered({lenders: [lender]})).toEqual(['upfront_deduction', 'short_term', 'rollover', 'no_contract', 'while_student', 'none']);
      expect(offered({lenders: ['credit_card', lender]})).toEqual(['upfront_deduction', 'short_term', 'rollover', 'no_contract', 'while_student', 'none']);
    }
    expect(ids({lenders: ['none']})).not.toContain('loan_terms');
  });

  it('permissions_now is shown iff a real permission was granted', () => {
    for (const p of ['contacts', 'call_log', 'sms', 'photos', 'location']) {
      expect(ids({phone: 'xiaomi', app_permissions: [p]})).toContain('permissions_now');
    }
    expect(ids({app_permissions: ['none']})).not.toContain('permissions_now');
    expect(ids({app_permissions: ['unsure']})).not.toContain('permissions_now');
  });

  it('what_they_said is shown iff a person option of contacted_people was chosen', () => {
    const base = {lenders: ['unknown_app'], overdue: 'd1_30'};
    for (const person of ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts']) {
      expect(ids({...base, contacted_people: [person]})).toContain('what_they_said');
    }
    for (const other of ['public_posts', 'none', 'unsure']) {
      expect(ids({...base, contacted_people: [other]})).not.toContain('what_they_said');
    }
  });

  it('evidence is shown iff collector_actions ≠ none or a person was contacted', () => {
    const base = {lenders: ['unknown_app'], overdue: 'd1_30'};
    const shown = (answers: Answers) => ids({...base, ...answers}).includes('evidence');
    expect(shown({collector_actions: ['none'], contacted_people: ['none']})).toBe(false);
    expect(shown({collector_actions: ['none'], contacted_people: ['unsure']})).toBe(false);
    expect(shown({collector_actions: ['none'], contacted_people: ['public_posts']})).toBe(false);
    expect(shown({collector_actions: ['none'], contacted_people: ['family']})).toBe(true);
    expect(shown({collector_actions: ['insults'], contacted_people: ['none']})).toBe(true);
    // collector_actions visible but unanswered: notIn [none] is true.
    expect(shown({})).toBe(true);
    // Both hidden (no debt, not called about anyone's): evidence hidden whatever the hidden answers say.
    expect(ids({lenders: ['none'], someone_elses_debt: 'no', collector_actions: ['insults'], contacted_people: ['family']})).not.toContain('evidence');
  });

  it('iPhone: call_log and sms are not offered; other phones offer them', () => {
    const q = content.questions.find((x) => x.id === 'app_permissions')!;
    const offered = (phone: string) => {
      const answers = {phone};
      return offeredOptions(q, answers, visibleIds(content.questions, answers)).map((o) => o.value);
    };
    expect(offered('iphone')).toEqual(['contacts', 'photos', 'location', 'none', 'unsure']);
    for (const phone of ['huawei', 'xiaomi', 'other_android', 'unsure']) {
      expect(offered(phone)).toEqual(['contacts', 'call_log', 'sms', 'photos', 'location', 'none', 'unsure']);
    }
  });
});
