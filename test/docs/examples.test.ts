// The JSON examples in the README and in docs/ are real: each validates against the schema of what it shows,
// and the README's answers file runs through the built CLI.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {check, jsonExamples, ROOT, read, runAnswers, type SchemaName} from './helpers.js';

const PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Which schema an example shows, from the keys only that shape has. */
function shapeOf(example: unknown): SchemaName | undefined {
  if (typeof example !== 'object' || example === null) return undefined;
  if ('schemaVersion' in example) return 'saved-progress';
  if ('level' in example) return 'result';
  if ('device' in example) return 'phone';
  if ('answers' in example) return 'answers';
  return undefined;
}

const examples = PAGES.flatMap((page) => jsonExamples(read(page)).map((example, i): [string, unknown] => [`${page} #${i + 1}`, example]));

describe('JSON examples in the README and docs/', () => {
  it('are found: the README answers file, and in docs/contract.md an answers file, a result and a saved file', () => {
    const shapes = examples.map(([where, example]) => `${where.split(' ')[0]} ${shapeOf(example)}`);
    expect(shapes).toEqual(expect.arrayContaining(['README.md answers', 'docs/contract.md answers', 'docs/contract.md result', 'docs/contract.md saved-progress']));
  });

  it.each(examples)('%s validates against the schema of what it shows', (_, example) => {
    const shape = shapeOf(example);
    expect(shape, 'an example of no known shape').toBeDefined();
    const {valid, errors} = check(shape!, example);
    expect(valid, errors).toBe(true);
  });

  it("the README's answers file runs: exit 0, no warning, a result that validates", () => {
    const answers = examples.filter(([where, example]) => where.startsWith('README.md') && shapeOf(example) === 'answers');
    expect(answers.length).toBeGreaterThan(0);
    for (const [where, example] of answers) {
      const r = runAnswers(example, ['--format', 'json']);
      expect(r.code, `${where}: ${r.err}`).toBe(0);
      expect(r.err, where).toBe('');
      expect(check('result', JSON.parse(r.out)).valid, where).toBe(true);
    }
  });
});
