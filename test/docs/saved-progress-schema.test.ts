// docs/schemas/saved-progress.schema.json describes config.json as a real run writes it, and says exactly
// what the store reads back: for generated files the schema and the store's own decoder agree.
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {decodeSaved} from '../../source/engine/saved-file.js';
import {answerShortestPath, baseEnv, KEY, start} from '../support/pty.js';
import {check} from './helpers.js';

function savedFile(env: Record<string, string>): {data: unknown; fileMode: number; dirMode: number} {
  const file = path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
  return {data: JSON.parse(readFileSync(file, 'utf8')), fileMode: statSync(file).mode & 0o777, dirMode: statSync(path.dirname(file)).mode & 0o777};
}

describe('saved-progress.schema.json', () => {
  it('accepts the file a real run writes: left at a question, and after the results with an item ticked', async () => {
    const midway = baseEnv();
    const s = start({env: midway});
    await s.waitFor(/Enter start/);
    await s.press(KEY.enter, /Question 1,/);
    await s.press('5', /\[x\] Small loan app/);
    await s.press(KEY.enter, /Question 2,/);
    // lender_of_record (content version 3): not checked.
    await s.press('4', /\[x\] I haven't checked/);
    await s.press(KEY.enter, /Question 3,/);
    await s.press('3', /Question 4,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);

    const done = baseEnv();
    const t = start({env: done});
    await t.waitFor(/Enter start/);
    await t.press(KEY.enter, /Question 1,/);
    await answerShortestPath(t);
    await t.press(KEY.space, /☑|\[x\]/);
    t.write('q');
    expect((await t.waitExit()).exitCode).toBe(0);

    for (const [when, env] of [['midway', midway], ['after the results', done]] as const) {
      const {data, fileMode, dirMode} = savedFile(env);
      const {valid, errors} = check('saved-progress', data);
      expect(valid, `${when}: ${errors}`).toBe(true);
      expect([fileMode, dirMode], when).toEqual([0o600, 0o700]);
      // Its answers are an answers file of this content version.
      const {answers, lang, contentVersion} = data as {answers: unknown; lang: string; contentVersion: string};
      expect(check('answers', {answers, lang, contentVersion}).valid, when).toBe(true);
    }
    const midwayData = savedFile(midway).data as {current?: string; answers: object};
    expect(midwayData.current).toBe('someone_elses_debt');
    const doneData = savedFile(done).data as {current?: string; done: string[]};
    expect(doneData.current).toBeUndefined();
    expect(doneData.done).toHaveLength(1);
    expect(content.checklist.map((c) => c.id)).toContain(doneData.done[0]);
  });

  it("agrees with the store's decoder on generated files: what the schema allows is read, the rest set aside", () => {
    const good = {
      schemaVersion: 1,
      contentVersion: '2.0.0',
      lang: 'zh-Hans',
      answers: {lenders: ['none'], phone: 'xiaomi'},
      current: 'app_permissions',
      done: ['review_permissions_regularly'],
      updatedAt: '2026-12-01T14:03:27.512Z',
    };
    const odd = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({min: -1, max: 3}),
      fc.constantFrom('', 'en', 'fr', 'none', 'Not An Id', 'a'.repeat(65), '1.2', '2.0.0', '2026-13-01T00:00:00Z', '2026-12-01T14:03:27Z', '2026-12-01 14:03'),
      fc.array(fc.constantFrom('none', 'x y', 'ok_id'), {maxLength: 3}),
      fc.constant(Array(65).fill('a')),
      fc.dictionary(fc.constantFrom('lenders', 'phone', 'Bad Key', '9lives'), fc.constantFrom('none', ['none'], 3, 'free text', [])),
    );
    const file = fc
      .tuple(fc.subarray(Object.keys(good), {maxLength: 2}), fc.array(odd, {minLength: 2, maxLength: 2}), fc.boolean())
      .map(([keys, values, extra]) => {
        const data: Record<string, unknown> = {...good};
        keys.forEach((key, i) => {
          data[key] = values[i];
        });
        if (extra) data.note = 'hello';
        return data;
      });
    let read = 0;
    fc.assert(
      fc.property(file, (data) => {
        const text = JSON.stringify(data);
        const decoded = decodeSaved(text) !== undefined;
        const {valid, errors} = check('saved-progress', JSON.parse(text));
        expect(valid, `${text}: decoder ${decoded ? 'reads it' : 'sets it aside'}; schema ${errors}`).toBe(decoded);
        if (decoded) read++;
      }),
      {numRuns: 2000},
    );
    expect(read).toBeGreaterThan(50);
    expect(read).toBeLessThan(1950);
  });
});
