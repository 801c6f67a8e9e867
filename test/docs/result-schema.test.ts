// docs/schemas/result.schema.json describes what `--answers FILE --format json` really prints: the built
// CLI's output for every persona and public case in the three languages validates, so does the result of
// any answers, and what the contract does not allow is refused.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {anyAnswers} from '../support/answers.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {check, ROOT, read, runAnswers} from './helpers.js';

const PERSONAS = 'test/fixtures/personas';
const inputs: [string, unknown][] = [
  ...Object.entries(PUBLIC_CASES).map(([name, c]): [string, unknown] => [`public case ${name}`, {answers: c.answers}]),
  ...readdirSync(path.join(ROOT, PERSONAS)).map((f): [string, unknown] => [`persona ${f}`, JSON.parse(read(`${PERSONAS}/${f}`))]),
];
const runs = inputs.flatMap(([name, file]) => LANGS.map((lang): [string, string, unknown] => [name, lang, file]));

describe('result.schema.json', () => {
  it.each(runs)('accepts the built CLI output: %s, %s', (_, lang, file) => {
    const r = runAnswers(file, ['--format', 'json', '--lang', lang]);
    expect(r.code, r.err).toBe(0);
    const output = JSON.parse(r.out);
    const {valid, errors} = check('result', output);
    expect(valid, errors).toBe(true);
    expect(output.lang).toBe(lang);
  });

  it('accepts the result of any answers in any language (fast-check)', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.constantFrom(...LANGS), (answers, lang) => {
        const view = present(content, assess(content, answers), lang);
        const {valid, errors} = check('result', JSON.parse(JSON.stringify(view)));
        expect(valid, errors).toBe(true);
      }),
      {numRuns: 300},
    );
  });

  const real = JSON.parse(JSON.stringify(present(content, assess(content, PUBLIC_CASES.C.answers), 'en')));

  it('refuses what the contract does not allow (the schema can fail)', () => {
    const item = real.checklist[0];
    const bad: Record<string, unknown> = {
      'an extra field': {...real, answers: PUBLIC_CASES.C.answers},
      'a score over 100': {...real, score: 101},
      'an unknown level': {...real, level: 'severe'},
      'a missing contentReviewed': {...real, contentReviewed: undefined},
      'an unknown checklist id': {...real, checklist: [{...item, id: 'call_a_friend'}]},
      'an unknown priority': {...real, checklist: [{...item, priority: 'later'}]},
      'an answer behind a reason that is no answer': {...real, reasons: [{...real.reasons[0], because: ['lenders=cash']}]},
      'more than five reasons': {...real, reasons: Array(6).fill(real.reasons[0])},
      'no checklist item': {...real, checklist: []},
    };
    expect(check('result', real).valid).toBe(true);
    for (const [what, output] of Object.entries(bad)) expect(check('result', JSON.parse(JSON.stringify(output))).valid, what).toBe(false);
  });

  it('leaves room for the documents that apply, as the documents work prints them: [{id, title}]', () => {
    expect(check('result', {...real, documents: [{id: 'deletion', title: 'Request to delete my personal information'}]}).valid).toBe(true);
    expect(check('result', {...real, documents: [{id: 'deletion'}]}).valid).toBe(false);
  });
});
