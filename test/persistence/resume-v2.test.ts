// A session saved by content version 2 and taken up by this one (what docs/contract.md says of version 3.0.0):
// the file on disk, read through the store the program opens, the session both shells start, and RESUME.
// Version 3 added lender_of_record after question 1; a session saved past where it now sits is asked it
// on resume when it applies, and keeps every answer.
import fs from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {openStore} from '../../source/cli/store.js';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {reduce} from '../../source/engine/questionnaire.js';
import {startSession} from '../../source/persistence/session.js';
import {writeSaved} from '../support/answers.js';
import {tempRoot} from './helpers.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, {recursive: true, force: true});
});

/** Writes `saved` as the program would have, then resumes it: the state after RESUME and what was loaded. */
function resume(saved: {answers: Answers; current?: string; contentVersion: string}) {
  const root = tempRoot();
  roots.push(root);
  const env = {HOME: root, XDG_CONFIG_HOME: root};
  writeSaved(env, saved);
  const store = openStore(env, content, {noSave: false});
  const start = startSession(store, {lang: 'en', langFromFlag: false, fresh: false});
  expect(start.notices).toEqual([]);
  return reduce(content.questions, start.app, {type: 'RESUME'});
}

/** Answered under version 2 up to the phone question, a small loan app of unclear licence among the debts. */
const unclearApp: Answers = {
  lenders: ['unknown_app', 'credit_card'],
  overdue: 'd31_90',
  overdue_debts: ['unknown_app'],
  someone_elses_debt: 'no',
  overdue_lenders: 'one',
  loan_terms: ['rollover'],
  contact_status: 'sometimes',
  phone: 'xiaomi',
};

describe('resuming a version 2 session', () => {
  it('saved past question 1b with a small loan app: asks who lent it first, and keeps every answer', () => {
    const resumed = resume({answers: unclearApp, current: 'app_permissions', contentVersion: '2.0.0'});
    expect(resumed.phase).toBe('question');
    expect(resumed.current).toBe('lender_of_record');
    expect(resumed.answers).toEqual(unclearApp);
    // Answered, the questionnaire goes on where the person had got to, with the answers kept: not through
    // the questions answered before it.
    const answered = reduce(content.questions, resumed, {type: 'ANSWER', question: 'lender_of_record', value: ['micro_loan']});
    expect(answered.answers).toEqual({...unclearApp, lender_of_record: ['micro_loan']});
    expect(answered.current).toBe('app_permissions');
  });

  it('saved before question 1b: the flow reaches it, the saved question is asked', () => {
    expect(resume({answers: {lenders: ['unknown_app']}, current: 'lenders', contentVersion: '2.0.0'}).current).toBe('lenders');
  });

  it('without a small loan app, or saved by version 3, the saved question is asked', () => {
    const {overdue_debts: _, ...rest} = unclearApp;
    const cardOnly = {...rest, lenders: ['credit_card']};
    expect(resume({answers: cardOnly, current: 'app_permissions', contentVersion: '2.0.0'}).current).toBe('app_permissions');
    // Version 3 asked it when it was reached; an answer left out then is not asked again out of order.
    expect(resume({answers: unclearApp, current: 'app_permissions', contentVersion: content.version}).current).toBe('app_permissions');
  });
});
