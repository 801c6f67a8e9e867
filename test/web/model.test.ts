// The web edition's rules that need no browser (source/web/model.ts): the browser's language, and
// "remember" kept in the one saved-progress format, read back strictly.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {initialState, reduce} from '../../source/engine/questionnaire.js';
import {decodeSaved} from '../../source/engine/saved-file.js';
import {langFromTags, readSaved, savedText} from '../../source/web/model.js';

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

  it('keeps saved progress in the one format (docs/contract.md), ids only, and reads it back', () => {
    const text = savedText(answered, content.version, new Date('2026-12-07T12:00:00Z'));
    expect(JSON.parse(text)).toEqual({
      schemaVersion: 1,
      contentVersion: content.version,
      lang: 'zh-Hans',
      answers: {lenders: ['none']},
      current: answered.current,
      done: [],
      updatedAt: '2026-12-07T12:00:00.000Z',
    });
    // The terminal's reader takes it as it is: one format for both shells.
    expect(decodeSaved(text)?.contentVersion).toBe(content.version);
    expect(readSaved(content, text)).toEqual({lang: 'zh-Hans', answers: {lenders: ['none']}, current: answered.current, done: [], updatedAt: '2026-12-07T12:00:00.000Z'});
  });

  const file = (fields: Record<string, unknown>) =>
    JSON.stringify({schemaVersion: 1, contentVersion: content.version, lang: 'en', answers: {}, done: [], updatedAt: '2026-12-07T12:00:00.000Z', ...fields});

  it('reads nothing from what is not exactly that format: free text, unknown fields, another version or language', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[]',
      file({schemaVersion: 2}),
      file({lang: 'fr'}),
      file({answers: {phone: 'my name is Li'}}),
      file({done: ['Call Mum']}),
      file({current: '<script>'}),
      file({note: 'x'}),
    ]) {
      expect(readSaved(content, text), String(text)).toBeUndefined();
    }
    expect(readSaved(content, file({}))).toEqual({lang: 'en', answers: {}, done: [], updatedAt: '2026-12-07T12:00:00.000Z'});
  });

  it('drops what the questions no longer have: unknown questions, options and checklist items', () => {
    const read = readSaved(content, file({answers: {lenders: ['none'], nope: 'x', wellbeing: 'coping', overdue: 'not_an_option'}, done: ['save_evidence', 'no_such_item']}));
    expect(read).toEqual({lang: 'en', answers: {lenders: ['none'], wellbeing: 'coping'}, done: ['save_evidence'], updatedAt: '2026-12-07T12:00:00.000Z'});
  });
});
