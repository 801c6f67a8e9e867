import {describe, expect, it} from 'vitest';
import type {Localized, Question} from '../../source/content/types.js';
import {createSavedValidator} from '../../source/persistence/validate-saved.js';
import type {SavedProgress} from '../../source/persistence/types.js';

const l = (en: string): Localized => ({'zh-Hans': en, 'zh-Hant': en, en});
const opt = (value: string, extra: object = {}) => ({value, label: l(value), ...extra});

// A small questionnaire with the shapes that matter: multi with an exclusive option, a conditional
// question, and an option offered only for some phones.
const questions: Question[] = [
  {
    id: 'lenders',
    section: 's',
    type: 'multi',
    prompt: l('p'),
    help: l('h'),
    options: [opt('credit_card'), opt('high_cost_app'), opt('none', {exclusive: true})],
  },
  {
    id: 'overdue',
    section: 's',
    type: 'single',
    prompt: l('p'),
    help: l('h'),
    showIf: {q: 'lenders', notIn: ['none']},
    options: [opt('not_yet'), opt('d1_30')],
  },
  {id: 'phone', section: 's', type: 'single', prompt: l('p'), help: l('h'), options: [opt('iphone'), opt('xiaomi')]},
  {
    id: 'app_permissions',
    section: 's',
    type: 'multi',
    prompt: l('p'),
    help: l('h'),
    options: [opt('contacts'), opt('sms', {showIf: {q: 'phone', notIn: ['iphone']}}), opt('none', {exclusive: true})],
  },
];
const validate = createSavedValidator({questions, checklist: [{id: 'save_evidence'}, {id: 'call_police'}]});

function saved(answers: SavedProgress['answers'], extra: Partial<SavedProgress> = {}): SavedProgress {
  return {answers, done: [], lang: 'en', updatedAt: '2026-11-01T10:00:00.000Z', ...extra};
}

describe('createSavedValidator', () => {
  it('keeps valid progress as it is and drops nothing', () => {
    const progress = saved(
      {lenders: ['credit_card'], overdue: 'd1_30', phone: 'xiaomi', app_permissions: ['contacts', 'sms']},
      {current: 'app_permissions', done: ['save_evidence']},
    );
    const result = validate(progress, '1.0.0');
    expect(result).toEqual({progress, dropped: 0});
  });

  it.each<[string, SavedProgress['answers'], SavedProgress['answers']]>([
    ['a question that no longer exists', {lenders: ['credit_card'], gone: 'x'}, {lenders: ['credit_card']}],
    ['a single-choice option that no longer exists', {phone: 'nokia'}, {}],
    ['a list for a single-choice question', {phone: ['xiaomi']}, {}],
    ['a string for a multiple-choice question', {lenders: 'credit_card'}, {}],
    ['an exclusive option combined with another', {lenders: ['none', 'credit_card']}, {}],
    ['a multiple-choice answer that lost an option (rest kept)', {lenders: ['credit_card', 'payday']}, {lenders: ['credit_card']}],
    ['an answer to a question now hidden', {lenders: ['none'], overdue: 'd1_30'}, {lenders: ['none']}],
    ['an option no longer offered (sms on an iPhone)', {phone: 'iphone', app_permissions: ['contacts', 'sms']}, {phone: 'iphone', app_permissions: ['contacts']}],
  ])('drops %s and counts it once', (_name, answers, kept) => {
    const result = validate(saved(answers), '0.9.0');
    expect(result.progress.answers).toEqual(kept);
    expect(result.dropped).toBe(1);
  });

  it('counts an answer that loses options for two reasons once', () => {
    // "gone" no longer exists and "sms" is not offered on an iPhone: one answer changed, counted once.
    const result = validate(saved({phone: 'iphone', app_permissions: ['contacts', 'sms', 'gone']}), '0.9.0');
    expect(result.progress.answers).toEqual({phone: 'iphone', app_permissions: ['contacts']});
    expect(result.dropped).toBe(1);
  });

  it('counts every dropped answer', () => {
    const result = validate(saved({lenders: ['none'], overdue: 'd1_30', phone: 'nokia', gone: 'x'}), '0.9.0');
    expect(result.progress.answers).toEqual({lenders: ['none']});
    expect(result.dropped).toBe(3);
  });

  it('forgets unknown ticked items and a position on a question that is gone or hidden, without counting them', () => {
    const gone = validate(saved({lenders: ['credit_card']}, {current: 'removed', done: ['call_police', 'old_item']}), '0.9.0');
    expect(gone.progress.done).toEqual(['call_police']);
    expect(gone.progress).not.toHaveProperty('current');
    expect(gone.dropped).toBe(0);
    const hidden = validate(saved({lenders: ['none']}, {current: 'overdue'}), '0.9.0');
    expect(hidden.progress).not.toHaveProperty('current');
  });
});
