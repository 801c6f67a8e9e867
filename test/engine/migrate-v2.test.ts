// Content version 3 reads what version 2 saved (docs/contract.md): saved progress and answers files keep every
// answer, and the questions version 3 added are asked when reached; a session that holds a small loan app of
// unclear licence is asked who lent it on resume.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {migrateAnswers} from '../../source/engine/migrate.js';
import {initialState, reduce} from '../../source/engine/questionnaire.js';
import {createSavedValidator} from '../../source/engine/validate-saved.js';
import {PUBLIC_CASES} from '../support/cases.js';

/** Sessions as version 2 saved them: every answer valid under version 2's questions. */
const V2: Record<string, Answers> = {
  ...Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F'].map((k) => [k, PUBLIC_CASES[k as 'A'].answers])),
  guarantor: {lenders: ['none'], someone_elses_debt: 'guarantor', phone: 'iphone', app_permissions: ['none'], collector_actions: ['frequent_calls', 'fake_documents'], evidence: 'some', wellbeing: 'stressed'},
  notYetCalledAboutAnother: {lenders: ['bank_loan'], overdue: 'not_yet', someone_elses_debt: 'contact_only', loan_terms: ['none'], phone: 'xiaomi', app_permissions: ['contacts'], permissions_now: 'all_off', emergency_contacts: 'family', shared_info: ['employer'], collector_actions: ['insults'], evidence: 'none', wellbeing: 'coping'},
  everything: {lenders: ['credit_card', 'unknown_app', 'private'], overdue: 'd91_180', overdue_debts: ['unknown_app', 'private'], overdue_lenders: 'two_three', loan_terms: ['upfront_deduction', 'rollover'], contact_status: 'unreachable', phone: 'other_android', app_permissions: ['contacts', 'call_log', 'sms', 'photos', 'location'], permissions_now: 'some_off', emergency_contacts: 'friends_or_colleagues', shared_info: ['employer', 'home_address'], collector_actions: ['frequent_calls', 'late_night', 'home_visit'], contacted_people: ['family', 'workplace'], what_they_said: ['disclosed_debt', 'demanded_payment'], evidence: 'all', wellbeing: 'overwhelmed'},
};

describe('version 2 answers under content version 3', () => {
  it.each(Object.entries(V2))('%s keeps every answer, none dropped, none asked again as changed', (_, answers) => {
    for (const reading of ['asked', 'given'] as const) {
      const migrated = migrateAnswers(content.questions, answers, '2.0.0', reading);
      expect(migrated.answers).toEqual(answers);
      expect(migrated.dropped).toBe(0);
      expect(migrated.revised).toEqual([]);
    }
  });

  it('saved progress of version 2 keeps every answer and the ticked items that still exist', () => {
    const validate = createSavedValidator(content);
    for (const answers of Object.values(V2)) {
      const {progress, dropped} = validate({answers, done: ['revoke_permissions'], lang: 'zh-Hans', updatedAt: '2026-12-01T00:00:00.000Z'}, '2.0.0');
      expect(progress.answers).toEqual(answers);
      expect(progress.done).toEqual(['revoke_permissions']);
      expect(dropped).toBe(0);
    }
  });

  it('a finished version 2 session holding an unclear app is asked who lent it when resumed', () => {
    const resumed = reduce(content.questions, initialState('zh-Hans', {answers: V2.C!}), {type: 'RESUME'});
    expect(resumed.phase).toBe('question');
    expect(resumed.current).toBe('lender_of_record');
  });

  it('a version 2 borrower with nothing overdue is asked what collectors did, which version 2 could not record', () => {
    // Version 2 hid what collectors did while nothing was overdue (and the evidence question with it).
    const {collector_actions: _, evidence: __, ...before} = V2.notYetCalledAboutAnother!;
    const resumed = reduce(content.questions, initialState('en', {answers: {...before, someone_elses_debt: 'no'}}), {type: 'RESUME'});
    expect(resumed.current).toBe('collector_actions');
  });
});
