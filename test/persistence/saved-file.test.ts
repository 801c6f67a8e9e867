import fc from 'fast-check';
import {expect, it} from 'vitest';
import {decodeSaved, encodeSaved} from '../../source/engine/saved-file.js';
import type {SavedProgress} from '../../source/persistence/types.js';

const ID = /^[a-z][a-z0-9_]*$/;
const stamp = {contentVersion: '1.0.0', updatedAt: new Date('2026-11-28T16:01:55.123Z')};

/** Every string in a value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

const text = fc.oneof(fc.string(), fc.constantFrom('credit_card', 'd1_30', '__proto__', 'constructor', 'Zhang San', ''));

it('whatever a caller passes, the saved file holds ids only and reads back as valid', () => {
  const progress = fc.record({
    answers: fc.dictionary(text, fc.oneof(text, fc.array(text), fc.integer(), fc.constant(null))),
    current: fc.option(text, {nil: undefined}),
    done: fc.array(fc.oneof(text, fc.integer())),
    lang: fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'fr', ''),
    updatedAt: text,
    extra: text,
  });
  fc.assert(
    fc.property(progress, (input) => {
      const json = encodeSaved(input as unknown as SavedProgress, stamp);
      const data = JSON.parse(json) as Record<string, unknown>;
      const {schemaVersion, contentVersion, lang, updatedAt, ...ids} = data;
      expect([schemaVersion, contentVersion, updatedAt]).toEqual([1, '1.0.0', '2026-11-28T16:01:55.123Z']);
      expect(['en', 'zh-Hans', 'zh-Hant']).toContain(lang);
      expect(Object.keys(ids).every((k) => ['answers', 'current', 'done'].includes(k))).toBe(true);
      for (const s of strings(Object.values(ids))) expect(s).toMatch(ID);
      expect(decodeSaved(json)).toBeDefined();
    }),
  );
});

it('a key such as "constructor" reads back as a plain answer', () => {
  const json = encodeSaved({answers: {constructor: 'x'}, done: [], lang: 'en', updatedAt: ''}, stamp);
  expect(decodeSaved(json)?.progress.answers).toEqual({constructor: 'x'});
});
