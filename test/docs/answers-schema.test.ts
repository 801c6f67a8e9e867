// docs/schemas/answers.schema.json says what an answers file may hold: the files the project ships validate,
// what it refuses the CLI refuses (exit 2), and for generated files the schema and the CLI's own parser agree.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswersFile} from '../../source/cli/answers-file.js';
import {content} from '../../source/content/generated.js';
import {answerFor} from '../support/answers.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {check, jsonExamples, ROOT, read, runAnswers} from './helpers.js';

const PERSONAS = 'test/fixtures/personas';
const shipped: [string, unknown][] = [
  ...Object.entries(PUBLIC_CASES).map(([name, c]): [string, unknown] => [`public case ${name}`, {answers: c.answers}]),
  ...readdirSync(path.join(ROOT, PERSONAS)).map((f): [string, unknown] => [`persona ${f}`, JSON.parse(read(`${PERSONAS}/${f}`))]),
  ...jsonExamples(read('README.md'))
    .filter((x) => typeof x === 'object' && x !== null && 'answers' in x)
    .map((x, i): [string, unknown] => [`README example ${i + 1}`, x]),
];

describe('answers.schema.json', () => {
  it('has something to check: six public cases, six personas and the README example', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(13);
  });

  it.each(shipped)('accepts %s', (_, file) => {
    const {valid, errors} = check('answers', file);
    expect(valid, errors).toBe(true);
  });

  const good = {lang: 'en', answers: {lenders: ['high_cost_app'], overdue: 'd1_30'}};
  const refused: [string, unknown][] = [
    ['not an object', ['lenders']],
    ['no answers', {lang: 'en'}],
    ['an unknown key', {...good, name: 'Wang'}],
    ['an unknown language', {...good, lang: 'fr'}],
    ['a contentVersion that is not a version', {...good, contentVersion: 'two'}],
    ['an unknown question', {answers: {...good.answers, income: 'low'}}],
    ['an unknown option', {answers: {overdue: 'd1_29'}}],
    ['a list for a single-choice question', {answers: {overdue: ['d1_30']}}],
    ['a string for a multiple-choice question', {answers: {lenders: 'high_cost_app'}}],
    ['an empty list', {answers: {lenders: []}}],
    ['an option twice', {answers: {lenders: ['private', 'private']}}],
    ['an exclusive option with another', {answers: {app_permissions: ['none', 'contacts']}}],
  ];

  it.each(refused)('refuses %s, and so does the CLI: exit 2, one line naming the problem', (_, file) => {
    expect(check('answers', file).valid).toBe(false);
    const r = runAnswers(file);
    expect(r.code, r.err).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('the good file above runs: exit 0', () => {
    expect(check('answers', good).valid).toBe(true);
    const r = runAnswers(good, ['--format', 'json']);
    expect(r.code, r.err).toBe(0);
  });

  it("agrees with the CLI's parser on generated files: valid answers, wrong shapes, unknown ids, extra keys", () => {
    // Mostly right, with now and then one of the mistakes a hand-written file makes.
    const rarely = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) => fc.oneof({weight: 12, arbitrary: usual}, {weight: 1, arbitrary: odd});
    const junk = (values: readonly string[]) =>
      fc.oneof(fc.constant(null), fc.integer(), fc.constantFrom(...values, 'bogus'), fc.array(fc.constantFrom(...values, 'bogus'), {maxLength: 4}));
    const answers: Record<string, fc.Arbitrary<unknown>> = {};
    for (const q of content.questions) answers[q.id] = rarely(answerFor(q), junk(q.options.map((o) => o.value)));
    const file = fc
      .record({
        answers: rarely(fc.record(answers, {requiredKeys: []}), fc.constantFrom(null, [], 'x')),
        unknownQuestion: rarely(fc.constant(false), fc.constant(true)),
        lang: rarely(fc.constantFrom('en', 'zh-Hans', 'zh-Hant', undefined), fc.constantFrom('fr', 3, null)),
        // The current version, a newer one, none, or not a version (an older one is read leniently on purpose).
        contentVersion: rarely(fc.constantFrom(content.version, '99.0.0', undefined), fc.constantFrom('latest', null)),
        extraKey: rarely(fc.constant(false), fc.constant(true)),
      })
      .map(({answers: a, unknownQuestion, lang, contentVersion, extraKey}) => ({
        answers: unknownQuestion && typeof a === 'object' && a !== null && !Array.isArray(a) ? {...a, bogus_question: 'yes'} : a,
        ...(lang === undefined ? {} : {lang}),
        ...(contentVersion === undefined ? {} : {contentVersion}),
        ...(extraKey ? {name: 'Wang'} : {}),
      }));
    let accepted = 0;
    fc.assert(
      fc.property(file, (data) => {
        const parsed = parseAnswersFile(content, JSON.stringify(data), 'answers.json');
        const {valid, errors} = check('answers', data);
        expect(valid, `${JSON.stringify(data)}: parser ${parsed.ok ? 'accepts' : JSON.stringify(parsed.error)}; schema ${errors}`).toBe(parsed.ok);
        if (valid) accepted++;
      }),
      {numRuns: 3000},
    );
    // Both answers were exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
