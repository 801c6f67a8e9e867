// The parts of docs/ made from the content are current: the answers and result schemas and the tables of
// docs/contract.md equal what scripts/contract.ts makes of the content (`npm run schemas` if this fails),
// and what it makes follows the content.
import {describe, expect, it} from 'vitest';
import {answersSchema, conditionText, contractFiles, splice} from '../../scripts/contract.js';
import {content} from '../../source/content/generated.js';
import type {Content} from '../../source/content/types.js';
import {read} from './helpers.js';

const files = contractFiles(content, read);

describe('docs/ made from the content', () => {
  it('covers four schemas and docs/contract.md', () => {
    expect(Object.keys(files).sort()).toEqual([
      'docs/contract.md',
      'docs/schemas/answers.schema.json',
      'docs/schemas/document-list.schema.json',
      'docs/schemas/document.schema.json',
      'docs/schemas/result.schema.json',
    ]);
  });

  for (const [file, text] of Object.entries(files)) {
    it(`${file} is current (run \`npm run schemas\` if this fails)`, () => {
      expect(read(file)).toBe(text);
    });
  }

  it('follows the content: a new question, checklist item and document appear in the schemas and the tables', () => {
    const question = {...content.questions[0]!, id: 'new_question', showIf: {q: 'lenders', atLeast: 2}};
    const item = {...content.checklist[0]!, id: 'new_item'};
    const doc = {...content.documents[0]!, id: 'new_document' as (typeof content.documents)[number]['id'], when: {q: 'new_question', in: ['none']}};
    const changed: Content = {
      ...content,
      questions: [...content.questions, question],
      checklist: [...content.checklist, item],
      documents: [...content.documents, doc],
    };
    const after = contractFiles(changed, read);
    const answers = JSON.parse(after['docs/schemas/answers.schema.json']!);
    expect(Object.keys(answers.properties.answers.properties)).toEqual([...content.questions.map((q) => q.id), 'new_question']);
    const result = JSON.parse(after['docs/schemas/result.schema.json']!);
    expect(result.properties.checklist.items.properties.id.enum).toContain('new_item');
    expect(result.properties.reasons.items.properties.because.items.enum).toContain('new_question=none');
    expect(after['docs/contract.md']).toContain(`| ${content.questions.length + 1} | \`new_question\` | multi |`);
    expect(after['docs/contract.md']).toContain('`lenders` has 2 or more values');
    expect(after['docs/contract.md']).toContain('| `new_item` |');
    expect(after['docs/contract.md']).toContain('| `new_document` | `new_question` has `none` |');
    expect(JSON.parse(after['docs/schemas/document.schema.json']!).properties.id.enum).toContain('new_document');
    expect(JSON.parse(after['docs/schemas/document-list.schema.json']!).maxItems).toBe(content.documents.length + 1);
    expect(result.properties.documents.items.properties.id.enum).toContain('new_document');
    // Only the generated parts change.
    const outside = (md: string) => md.replace(/<!-- begin generated[\s\S]*?<!-- end generated: \w+ -->/g, '');
    expect(outside(after['docs/contract.md']!)).toBe(outside(files['docs/contract.md']!));
  });

  it('each multiple-choice question refuses an exclusive option with another, and only those with one', () => {
    const props = answersSchema(content).properties as {answers: {properties: Record<string, {allOf?: unknown[]}>}};
    for (const q of content.questions) {
      const exclusive = q.options.filter((o) => o.exclusive).length;
      expect(props.answers.properties[q.id]!.allOf?.length ?? 0, q.id).toBe(exclusive);
    }
  });

  it('writes conditions as they read', () => {
    const q = content.questions;
    expect(conditionText({q: 'overdue', notIn: ['not_yet']}, q)).toBe('`overdue` is not `not_yet`');
    expect(conditionText({q: 'lenders', notIn: ['none']}, q)).toBe('`lenders` has no `none`');
    expect(conditionText({q: 'lenders', in: ['unknown_app', 'private']}, q)).toBe('`lenders` has any of `unknown_app`, `private`');
    expect(conditionText({q: 'wellbeing', in: ['overwhelmed']}, q)).toBe('`wellbeing` is `overwhelmed`');
    expect(conditionText({any: [{q: 'lenders', in: ['none']}, {all: [{q: 'overdue', in: ['not_yet']}, {flag: 'likelihood_high'}]}]}, q)).toBe(
      '`lenders` has `none` or (`overdue` is `not_yet` and flag `likelihood_high`)',
    );
    expect(conditionText({not: {q: 'phone', in: ['iphone', 'unsure']}}, q)).toBe('not (`phone` is one of `iphone`, `unsure`)');
  });

  it('refuses a page whose markers are gone, rather than write the table nowhere', () => {
    expect(() => splice('# no markers here\n', 'questions', '| table |')).toThrow(/markers/);
  });
});
