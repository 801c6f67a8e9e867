// The parts of docs/ that are made from the content, so that they cannot drift from it: the JSON Schemas of
// the answers file, of the --format json result and of the documents (--letter), and the tables of
// questions, checklist items and documents in docs/contract.md. `npm run schemas` writes them (scripts/build-schemas.js); test/docs/generated.test.ts
// fails when a committed copy differs from what the content gives.
import type {Condition, Content, Question} from '../source/content/types.js';
import {LANGS, PRIORITIES} from '../source/content/types.js';
import {MAX_REASONS} from '../source/output/present.js';
import {LEVELS} from '../source/scoring/types.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const BASE = 'https://github.com/debt-privacy-check/debt-privacy-check/docs/schemas';
/** Stages of the result (source/scoring/stage.ts), in order. */
const STAGES = ['prevention', 'warning_signs', 'happening'];
const VERSION = '^\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}$';

const options = (q: Question) => q.options.map((o) => o.value);
const documentIds = (content: Content) => content.documents.map((d) => d.id);

/** One question's answer in an answers file: a string for single choice, a non-empty list for multiple. */
function answerSchema(q: Question): Record<string, unknown> {
  const description = q.prompt.en;
  if (q.type === 'single') return {description, enum: options(q)};
  const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.value);
  return {
    description,
    type: 'array',
    items: {enum: options(q)},
    minItems: 1,
    uniqueItems: true,
    // An exclusive option ("none", "not sure") stands alone.
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, a plain object never awaited
    ...(exclusive.length > 0 ? {allOf: exclusive.map((value) => ({if: {contains: {const: value}}, then: {maxItems: 1}}))} : {}),
  };
}

export function answersSchema(content: Content): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: `${BASE}/answers.schema.json`,
    title: 'debt-privacy-check answers file (--answers FILE)',
    description:
      `Generated from the content (version ${content.version}) by npm run schemas: do not edit. Every question is optional; ` +
      'an answer to a question the other answers hide, or an option not offered for them, is ignored with a warning, not refused. ' +
      'A file with an older contentVersion is read as saved progress is: what is no longer valid is dropped, with a warning.',
    type: 'object',
    additionalProperties: false,
    required: ['answers'],
    properties: {
      lang: {description: 'The language of the output, unless --lang is given.', enum: [...LANGS]},
      contentVersion: {description: 'The content version the answers were written for.', type: 'string', pattern: VERSION},
      answers: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(content.questions.map((q) => [q.id, answerSchema(q)])),
      },
    },
  };
}

export function resultSchema(content: Content): Record<string, unknown> {
  const because = content.questions.flatMap((q) => options(q).map((v) => `${q.id}=${v}`));
  const text = {type: 'string', minLength: 1};
  return {
    $schema: DRAFT,
    $id: `${BASE}/result.schema.json`,
    title: 'debt-privacy-check --answers FILE --format json',
    description: `Generated from the content (version ${content.version}) by npm run schemas: do not edit. Texts are in the language of "lang".`,
    type: 'object',
    additionalProperties: false,
    required: ['level', 'answer', 'score', 'stage', 'complete', 'reasons', 'checklist', 'documents', 'crisis', 'lang', 'contentVersion', 'contentReviewed'],
    properties: {
      level: {enum: [...LEVELS]},
      answer: {
        description: 'Will they contact my family and friends, and is that allowed? One or two sentences for this person (content version 3).',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'text'],
        properties: {id: {enum: content.answers.map((a) => a.id)}, text},
      },
      score: {type: 'integer', minimum: 0, maximum: 100},
      stage: {enum: STAGES},
      complete: {description: 'false when questions that apply are unanswered: the result is from what is known.', type: 'boolean'},
      reasons: {
        description: 'The strongest reasons first.',
        type: 'array',
        maxItems: MAX_REASONS,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'text', 'because'],
          properties: {
            id: {enum: content.reasons.map((r) => r.id)},
            text,
            because: {description: 'The answers behind the reason, as question=option.', type: 'array', items: {enum: because}},
          },
        },
      },
      checklist: {
        description: 'The items that apply, by priority (now, this_week, ongoing), then in content order.',
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'priority', 'title', 'why', 'steps', 'references'],
          properties: {
            id: {enum: content.checklist.map((c) => c.id)},
            priority: {enum: [...PRIORITIES]},
            title: text,
            why: {description: 'Why the item applies to this person.', type: 'string'},
            steps: {type: 'array', items: text},
            references: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'text'],
                properties: {id: {enum: content.references.map((r) => r.id)}, text, url: {type: 'string', pattern: '^https?://'}},
              },
            },
          },
        },
      },
      documents: {
        description: 'The ready-to-send documents these answers call for, in content order (docs/contract.md, documents).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'title'],
          properties: {id: {enum: documentIds(content)}, title: text},
        },
      },
      crisis: {description: 'The person feels overwhelmed: show crisis help first, at any level.', type: 'boolean'},
      lang: {enum: [...LANGS]},
      contentVersion: {type: 'string', pattern: VERSION},
      contentReviewed: {description: 'When the content was last reviewed.', type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'},
    },
  };
}

/** `--letter ID --format json`: one document, filled in from --answers or with blanks. */
export function documentSchema(content: Content): Record<string, unknown> {
  const text = {type: 'string', minLength: 1};
  return {
    $schema: DRAFT,
    $id: `${BASE}/document.schema.json`,
    title: 'debt-privacy-check --letter ID --format json',
    description: `Generated from the content (version ${content.version}) by npm run schemas: do not edit.`,
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'text', 'howToSend'],
    properties: {
      id: {enum: documentIds(content)},
      title: text,
      text: {description: 'What to send: one line per paragraph, blanks (________) where only the person knows.', ...text},
      howToSend: {description: 'How to send it and keep proof, then the sources: never part of what is sent.', ...text},
    },
  };
}

/** `--letter list --format json`: every document; `applies` only when --answers was given. */
export function documentListSchema(content: Content): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: `${BASE}/document-list.schema.json`,
    title: 'debt-privacy-check --letter list --format json',
    description: `Generated from the content (version ${content.version}) by npm run schemas: do not edit.`,
    type: 'array',
    minItems: content.documents.length,
    maxItems: content.documents.length,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title'],
      properties: {
        id: {enum: documentIds(content)},
        title: {type: 'string', minLength: 1},
        applies: {description: 'With --answers: whether the answers call for it.', type: 'boolean'},
      },
    },
  };
}

const code = (s: string) => `\`${s}\``;
const list = (values: readonly string[]) => values.map(code).join(', ');

/** A condition in words: "`overdue` is not `not_yet`", "`lenders` has `credit_card`", joined by and / or. */
export function conditionText(cond: Condition, questions: readonly Question[]): string {
  const nested = (c: Condition) => ('all' in c || 'any' in c ? `(${conditionText(c, questions)})` : conditionText(c, questions));
  if ('all' in cond) return cond.all.map(nested).join(' and ');
  if ('any' in cond) return cond.any.map(nested).join(' or ');
  if ('not' in cond) return `not (${conditionText(cond.not, questions)})`;
  if ('flag' in cond) return `flag ${code(cond.flag)}`;
  const q = code(cond.q);
  const multi = questions.find((x) => x.id === cond.q)?.type === 'multi';
  if ('atLeast' in cond) return `${q} has ${cond.atLeast} or more values`;
  if ('in' in cond) {
    if (multi) return `${q} has ${cond.in.length === 1 ? code(cond.in[0]!) : `any of ${list(cond.in)}`}`;
    return `${q} is ${cond.in.length === 1 ? code(cond.in[0]!) : `one of ${list(cond.in)}`}`;
  }
  if (multi) return `${q} has ${cond.notIn.length === 1 ? `no ${code(cond.notIn[0]!)}` : `none of ${list(cond.notIn)}`}`;
  return `${q} is ${cond.notIn.length === 1 ? `not ${code(cond.notIn[0]!)}` : `none of ${list(cond.notIn)}`}`;
}

const cell = (s: string) => s.replaceAll('|', '\\|');

export function questionTable(content: Content): string {
  const rows = content.questions.map((q, i) => {
    const opts = q.options
      .map((o) => {
        const notes = [...(o.exclusive ? ['exclusive'] : []), ...(o.showIf ? [`offered when ${conditionText(o.showIf, content.questions)}`] : [])];
        return `${code(o.value)} ${o.label.en}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
      })
      .join(' · ');
    const shown = q.showIf ? conditionText(q.showIf, content.questions) : 'always';
    return `| ${i + 1} | ${code(q.id)} | ${q.type} | ${cell(opts)} | ${cell(shown)} |`;
  });
  return ['| # | id | type | options | shown when |', '|---|----|------|---------|------------|', ...rows].join('\n');
}

export function checklistTable(content: Content): string {
  const rows = content.checklist.map((item) => {
    const priority = item.priority.map((p) => p.value).filter((v, i, all) => all.indexOf(v) === i);
    return `| ${code(item.id)} | ${priority.join(', ')} | ${cell(item.title.en)} |`;
  });
  return ['| id | priority (depending on the answers) | title (en) |', '|----|----|----|', ...rows].join('\n');
}

export function documentTable(content: Content): string {
  const rows = content.documents.map((doc) => `| ${code(doc.id)} | ${cell(conditionText(doc.when, content.questions))} | ${cell(doc.title.en)} |`);
  return ['| id | applies when | title (en) |', '|----|----|----|', ...rows].join('\n');
}

/** Replaces what lies between `<!-- begin generated: name -->` and `<!-- end generated: name -->`. */
export function splice(markdown: string, name: string, body: string): string {
  const begin = `<!-- begin generated: ${name} (npm run schemas) -->`;
  const end = `<!-- end generated: ${name} -->`;
  const from = markdown.indexOf(begin);
  const to = markdown.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/contract.md: the markers of the generated "${name}" part are missing`);
  return `${markdown.slice(0, from + begin.length)}\n${body}\n${markdown.slice(to)}`;
}

/** JSON on one line, with a space after each colon and comma. */
function flat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** JSON indented by two spaces, with what fits in 100 columns on one line (enums, small objects). */
function pretty(value: unknown, indent = ''): string {
  const line = flat(value);
  if (value === null || typeof value !== 'object' || indent.length + line.length <= 100) return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

const json = (value: unknown) => `${pretty(value)}\n`;

/** Every generated file, path relative to the repository → its text; `read` gives a file's current text. */
export function contractFiles(content: Content, read: (file: string) => string): Record<string, string> {
  let contract = read('docs/contract.md');
  contract = splice(contract, 'questions', questionTable(content));
  contract = splice(contract, 'checklist', checklistTable(content));
  contract = splice(contract, 'documents', documentTable(content));
  return {
    'docs/schemas/answers.schema.json': json(answersSchema(content)),
    'docs/schemas/result.schema.json': json(resultSchema(content)),
    'docs/schemas/document.schema.json': json(documentSchema(content)),
    'docs/schemas/document-list.schema.json': json(documentListSchema(content)),
    'docs/contract.md': contract,
  };
}
