// The web edition's rules that need no browser (source/web/model.ts): the browser's language, the saved
// shape of "remember" read back strictly.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {initialState, reduce} from '../../source/engine/questionnaire.js';
import {fromSaved, langFromTags, toSaved} from '../../source/web/model.js';

describe('the browser language', () => {
  it('reads the first tag it knows, as --lang does', () => {
    expect(langFromTags(['zh-TW', 'en'])).toBe('zh-Hant');
    expect(langFromTags(['zh-Hant-HK'])).toBe('zh-Hant');
    expect(langFromTags(['zh-CN'])).toBe('zh-Hans');
    expect(langFromTags(['zh'])).toBe('zh-Hans');
    expect(langFromTags(['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(langFromTags(['fr-FR', 'zh-SG'])).toBe('zh-Hans');
    expect(langFromTags([])).toBe('en');
  });
});

describe('"remember on this phone"', () => {
  const answered = reduce(content.questions, reduce(content.questions, initialState('zh-Hans'), {type: 'START'}), {
    type: 'ANSWER',
    question: 'lenders',
    value: ['none'],
  });

  it('saves the saved-progress shape, ids only, and reads it back', () => {
    const saved = toSaved(answered, content.version, new Date('2026-12-07T12:00:00Z'));
    expect(saved).toEqual({
      schemaVersion: 1,
      contentVersion: content.version,
      lang: 'zh-Hans',
      answers: {lenders: ['none']},
      current: answered.current,
      done: [],
      updatedAt: '2026-12-07T12:00:00.000Z',
    });
    expect(fromSaved(content, JSON.stringify(saved))).toEqual({lang: 'zh-Hans', answers: {lenders: ['none']}, current: answered.current, done: [], updatedAt: saved.updatedAt});
  });

  it('reads nothing from what is not its shape, and drops unknown questions, options, items and free text', () => {
    for (const text of [null, '', 'not json', '[]', '{"schemaVersion":2,"lang":"en","answers":{}}', '{"schemaVersion":1,"lang":"fr","answers":{}}']) {
      expect(fromSaved(content, text)).toBeUndefined();
    }
    const odd = fromSaved(
      content,
      JSON.stringify({
        schemaVersion: 1,
        lang: 'en',
        answers: {lenders: ['none'], phone: 'my name is Li', nope: 'x', wellbeing: 'coping'},
        done: ['save_evidence', 'Call Mum'],
        current: '<script>',
      }),
    );
    expect(odd).toEqual({lang: 'en', answers: {lenders: ['none'], wellbeing: 'coping'}, done: ['save_evidence'], updatedAt: ''});
  });
});
