// zod schema of the hand-written content in questions/: every text in each language the languages table says
// is written by hand (the derived ones are generated: compile.ts).
import {z} from 'zod';
import {AUTHORED, type Authored} from './languages.js';
import {type Condition, FLAGS} from './types.js';

const text = z.string().refine((s) => s.trim().length > 0, 'text must not be empty');
export const sourceLocalized = z.strictObject(Object.fromEntries(AUTHORED.map((lang) => [lang, text])) as Record<Authored, typeof text>);
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case');

export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({q: id, in: z.array(id).min(1)}),
    z.strictObject({q: id, notIn: z.array(id).min(1)}),
    z.strictObject({q: id, atLeast: z.number().int().min(1)}),
    z.strictObject({flag: z.enum(FLAGS)}),
    z.strictObject({all: z.array(condition).min(1)}),
    z.strictObject({any: z.array(condition).min(1)}),
    z.strictObject({not: condition}),
  ]),
);

/**
 * What a text says only of a lender without a licence (docs/scoring.md, Who the lender is): `true` when it
 * says it plainly, `conditional` when it says it under a condition ("if the contract names no licensed
 * lender"). Advice like this would harm the borrower of a licensed lender; test/content/lender-kind.test.ts
 * proves that no plain one is reachable without an unlicensed app debt.
 */
const unlicensedOnly = z.union([z.literal(true), z.literal('conditional')]).optional();
/** A paragraph or step shown when its condition holds, with the references behind what it says. */
const conditional = z.strictObject({when: condition.optional(), text: sourceLocalized, references: z.array(id).optional(), unlicensedOnly});
const priority = z.enum(['now', 'this_week', 'ongoing']);

export const metaFile = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const questionsFile = z.strictObject({
  sections: z.array(z.strictObject({id, title: sourceLocalized})).min(1),
  questions: z
    .array(
      z.strictObject({
        id,
        section: id,
        type: z.enum(['single', 'multi']),
        prompt: sourceLocalized,
        help: sourceLocalized,
        showIf: condition.optional(),
        options: z
          .array(
            z.strictObject({
              value: id,
              label: sourceLocalized,
              exclusive: z.boolean().optional(),
              showIf: condition.optional(),
            }),
          )
          .min(2),
        riskOrder: z.array(id).optional(),
        revised: z.string().regex(/^\d+\.\d+\.\d+$/).optional(),
        added: z.string().regex(/^\d+\.\d+\.\d+$/).optional(),
      }),
    )
    .min(1),
});

export const checklistFile = z.strictObject({
  checklist: z
    .array(
      z.strictObject({
        id,
        priority: z.union([priority, z.array(z.strictObject({when: condition.optional(), value: priority})).min(1)]),
        /** Absent: the item applies to everyone. */
        when: condition.optional(),
        title: sourceLocalized,
        why: z.array(conditional).min(1),
        steps: z.array(conditional).min(1),
        references: z.array(id),
      }),
    )
    .min(1),
});

export const referencesFile = z.strictObject({
  references: z
    .array(
      z.strictObject({
        id,
        title: sourceLocalized,
        url: z.url().optional(),
        confidence: z.enum(['High', 'Medium-High', 'Medium', 'Low-Medium', 'Low', 'UNCONFIRMED']),
      }),
    )
    .min(1),
});

/** The answer (questions/answers.yaml): its sentences, each shown when its condition holds. */
export const answersFile = z.strictObject({
  answers: z.array(z.strictObject({id, text: z.array(conditional).min(1)})).min(1),
});

export const reasonsFile = z.strictObject({
  reasons: z.array(z.strictObject({id, text: sourceLocalized})).min(1),
});

/** A part of a document (source/content/types.ts DocumentBlock), or `use` of a block of documents/shared.yaml. */
const block = z.union([
  z.strictObject({when: condition.optional(), text: sourceLocalized, references: z.array(id).optional(), unlicensedOnly}),
  z.strictObject({
    when: condition.optional(),
    /** A line, or `use` of the lines of documents/shared.yaml. */
    list: z.array(z.union([conditional, z.strictObject({use: id})])).min(1),
    otherwise: z.array(conditional).min(1).optional(),
    numbered: z.boolean().optional(),
    references: z.array(id).optional(),
  }),
  z.strictObject({when: condition.optional(), table: z.literal(true)}),
  z.strictObject({use: id}),
]);

export const documentFile = z.strictObject({
  id,
  when: condition,
  title: sourceLocalized,
  sendInChinese: z.boolean(),
  text: z.array(block).min(1),
  howToSend: z.array(block).min(1),
  references: z.array(id),
  table: z
    .strictObject({
      rulesLabel: sourceLocalized,
      columns: z.array(z.strictObject({name: sourceLocalized, limit: sourceLocalized.optional(), references: z.array(id).optional()})).min(2),
      emptyRows: z.number().int().min(1).max(100),
    })
    .optional(),
});

/** Blocks and lines several documents share (the same facts, worded once), by name. Blocks may use lines. */
export const sharedFile = z.strictObject({
  lines: z.record(id, z.array(conditional).min(1)).optional(),
  blocks: z.record(id, z.array(block).min(1)),
});

export const uiFile = z.strictObject({ui: z.record(z.string().regex(/^[a-z][a-zA-Z0-9_.]*$/), sourceLocalized)});
