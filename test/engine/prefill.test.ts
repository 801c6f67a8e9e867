// PREFILL: questions 6-8 answered at once from a phone check, each answer checked as ANSWER checks it.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {initialState, reduce, type State} from '../../source/engine/questionnaire.js';

const Q = content.questions;
const onPhone = (answers: Answers = {}): State => ({...initialState('en'), phase: 'question', current: 'phone', answers});
const prefill = (state: State, answers: Answers) => reduce(Q, state, {type: 'PREFILL', answers});
const EARLIER = {lenders: ['high_cost_app'], overdue: 'd1_30'};

describe('PREFILL', () => {
  it('sets exactly the given answers, keeps the others, and lands on the question after the current one', () => {
    const next = prefill(onPhone(EARLIER), {phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'some_off'});
    expect(next.answers).toEqual({...EARLIER, phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'some_off'});
    expect(next.current).toBe('app_permissions');
    expect(next.phase).toBe('question');
  });

  it('replaces earlier answers to those questions, and drops one the new answers hide (question 8 after unsure)', () => {
    const before = onPhone({...EARLIER, phone: 'iphone', app_permissions: ['contacts'], permissions_now: 'still_on', wellbeing: 'coping'});
    const next = prefill(before, {phone: 'other_android', app_permissions: ['unsure']});
    expect(next.answers).toEqual({...EARLIER, phone: 'other_android', app_permissions: ['unsure'], wellbeing: 'coping'});
  });

  it('refuses, changing nothing, an answer ANSWER would refuse', () => {
    const state = onPhone(EARLIER);
    const bad: Answers[] = [
      {phone: 'nokia', app_permissions: ['contacts']}, // not an option
      {phone: 'iphone', app_permissions: ['sms']}, // not offered on an iPhone
      {phone: 'xiaomi', app_permissions: ['none', 'contacts']}, // exclusive with another
      {phone: 'xiaomi', app_permissions: 'contacts'}, // a string for multiple choice
      {phone: 'xiaomi', app_permissions: ['unsure'], permissions_now: 'still_on'}, // question 8 is hidden then
      {phone: 'xiaomi', not_a_question: 'x'},
      {app_permissions: ['contacts']}, // nothing for the question on screen
    ];
    for (const answers of bad) expect(prefill(state, answers), JSON.stringify(answers)).toBe(state);
  });

  it('does nothing outside a question', () => {
    const welcome = initialState('en');
    expect(prefill(welcome, {phone: 'xiaomi'})).toBe(welcome);
  });
});
