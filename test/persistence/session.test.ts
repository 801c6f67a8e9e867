// The session both shells keep (the interface and --plain): where it starts and how a change is saved.
import {describe, expect, test} from 'vitest';
import {saveSession, startSession} from '../../source/persistence/session.js';
import {createMemoryStore} from '../support/memory-store.js';

const SAVED = {answers: {lenders: ['credit_card']}, current: 'overdue', done: ['keep_evidence'], lang: 'zh-Hans' as const, updatedAt: '2026-11-30T22:00:00.000Z'};

describe('startSession', () => {
  test('takes up the saved progress in its language, unless --lang says otherwise', () => {
    const start = startSession(createMemoryStore({initial: SAVED}), {lang: 'en', langFromFlag: false, fresh: false});
    expect(start.lang).toBe('zh-Hans');
    expect(start.app).toMatchObject({lang: 'zh-Hans', answers: SAVED.answers, done: SAVED.done});
    expect(start.saved?.updatedAt).toBe(SAVED.updatedAt);
    expect(startSession(createMemoryStore({initial: SAVED}), {lang: 'en', langFromFlag: true, fresh: false}).app.lang).toBe('en');
  });

  test('--fresh starts empty and leaves the saved file alone until something changes', () => {
    const store = createMemoryStore({initial: SAVED});
    const start = startSession(store, {lang: 'en', langFromFlag: false, fresh: true});
    expect(start.saved).toBeUndefined();
    expect(start.app.answers).toEqual({});
    expect(store.saved).toEqual(SAVED);
  });
});

describe('saveSession', () => {
  test('saves the ids, the question to come back to, the language and the time', () => {
    const store = createMemoryStore();
    const now = new Date('2026-12-07T12:00:00.000Z');
    saveSession(store, {answers: {lenders: ['none']}, current: 'someone_elses_debt', done: [], lang: 'en'}, now);
    expect(store.saved).toEqual({answers: {lenders: ['none']}, current: 'someone_elses_debt', done: [], lang: 'en', updatedAt: now.toISOString()});
  });

  test('with no answer and no tick left, the saved progress is removed', () => {
    const store = createMemoryStore({initial: SAVED});
    saveSession(store, {answers: {}, current: undefined, done: [], lang: 'en'}, new Date());
    expect(store.saved).toBeUndefined();
  });
});
