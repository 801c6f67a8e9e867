import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Localized, Question} from '../../source/content/types.js';
import {initialState, reduce} from '../../source/engine/questionnaire.js';
import {createProgressStore} from '../../source/persistence/progress-store.js';
import {createSavedValidator} from '../../source/engine/validate-saved.js';
import type {SavedProgress} from '../../source/persistence/types.js';
import {tempRoot, validFileText} from './helpers.js';

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

describe('saved progress from content version 1 (the real content)', () => {
  const real = createSavedValidator(content);
  // A session saved by version 1.0.0 on its last question: threaten_harm then meant "violence or coming
  // to my home", which version 2 split into threaten_harm (violence) and home_visit.
  const v1 = saved(
    {
      lenders: ['high_cost_app'],
      overdue: 'd1_30',
      overdue_lenders: 'one',
      loan_terms: ['short_term'],
      contact_status: 'avoiding',
      phone: 'xiaomi',
      app_permissions: ['contacts'],
      permissions_now: 'still_on',
      emergency_contacts: 'family',
      shared_info: ['none'],
      collector_actions: ['frequent_calls', 'threaten_harm'],
      contacted_people: ['none'],
      evidence: 'some',
    },
    {current: 'wellbeing'},
  );

  it('keeps every answer, drops none, and puts the position on collector_actions', () => {
    const {progress, dropped} = real(v1, '1.0.0');
    expect(progress.answers).toEqual(v1.answers);
    expect(dropped).toBe(0);
    expect(progress.current).toBe('collector_actions');
  });

  it('resuming lands on collector_actions with the old answer as the starting selection, then goes on to what is left', () => {
    const {progress} = real(v1, '1.0.0');
    const resumed = reduce(content.questions, initialState('en', progress), {type: 'RESUME'});
    expect(resumed.phase).toBe('question');
    expect(resumed.current).toBe('collector_actions');
    expect(resumed.answers.collector_actions).toEqual(['frequent_calls', 'threaten_harm']);
    // The person corrects it: the visit was a visit, not violence.
    let s = reduce(content.questions, resumed, {type: 'ANSWER', question: 'collector_actions', value: ['frequent_calls', 'home_visit']});
    expect(s.answers.collector_actions).toEqual(['frequent_calls', 'home_visit']);
    // What is left: the last question, and someone_elses_debt, which content version 3 asks of everyone.
    // After that gap the questionnaire goes forward in order again, through questions already answered,
    // so the walk is bounded by the number of questions rather than by what was left.
    const left: Record<string, string> = {wellbeing: 'coping', someone_elses_debt: 'no'};
    const asked: string[] = [];
    for (let i = 0; i < 2 * content.questions.length && s.phase === 'question'; i++) {
      const q = s.current!;
      asked.push(q);
      s = reduce(content.questions, s, {type: 'ANSWER', question: q, value: s.answers[q] ?? left[q]!});
    }
    expect(s.phase).toBe('results');
    expect([...new Set(asked.filter((q) => v1.answers[q] === undefined))].sort()).toEqual(Object.keys(left).sort());
    expect(s.answers.wellbeing).toBe('coping');
    expect(s.answers.someone_elses_debt).toBe('no');
  });

  it('a version 1 session without collector_actions resumes where it was', () => {
    const {collector_actions: _, ...answers} = v1.answers;
    const {progress} = real(saved(answers, {current: 'collector_actions'}), '1.0.0');
    expect(progress.current).toBe('collector_actions');
    const early = real(saved({lenders: ['credit_card']}, {current: 'overdue'}), '1.0.0');
    expect(early.progress.current).toBe('overdue');
  });

  it('progress saved by version 2 is not asked again', () => {
    expect(real(v1, '2.0.0').progress.current).toBe('wellbeing');
  });

  it('a licensed borrower from version 1 keeps every answer; loan_terms, new for them, is still to be answered', () => {
    const card = saved({lenders: ['credit_card'], overdue: 'd31_90', collector_actions: ['insults']}, {current: 'contacted_people'});
    const {progress, dropped} = real(card, '1.0.0');
    expect(dropped).toBe(0);
    expect(progress.current).toBe('collector_actions');
    expect(progress.answers).toEqual(card.answers);
  });
});

describe('a version 1 file on disk, through the store', () => {
  it('loads with nothing dropped and the position on collector_actions; the next save is stamped with this version', () => {
    const dir = tempRoot();
    try {
      const file = path.join(dir, 'config.json');
      fs.writeFileSync(
        file,
        validFileText({answers: {lenders: ['credit_card'], overdue: 'd31_90', collector_actions: ['threaten_harm']}, current: 'contacted_people'}),
      );
      const store = createProgressStore({cwd: dir, contentVersion: content.version, validate: createSavedValidator(content)});
      const loaded = store.load()!;
      expect(loaded.current).toBe('collector_actions');
      expect(loaded.answers.collector_actions).toEqual(['threaten_harm']);
      expect(store.takeNotices()).toEqual([]);
      store.save({...loaded, current: 'contacted_people'});
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).contentVersion).toBe(content.version);
      // Saved by this version, it is not asked again.
      const again = createProgressStore({cwd: dir, contentVersion: content.version, validate: createSavedValidator(content)});
      expect(again.load()!.current).toBe('contacted_people');
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
