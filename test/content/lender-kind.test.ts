// Who the lender is (docs/scoring.md, Who the lender is): the tick "small loan app,
// not sure it is licensed" never brings advice that would harm the borrower of a licensed lender. Every text
// that says something only of an unlicensed lender is marked `unlicensedOnly` in questions/; here every
// reachable output is searched for such texts and for the words that carry them.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Condition, Conditional, DocumentBlock, Lang, Localized} from '../../source/content/types.js';
import {type Answers, type ConditionContext, evaluate, valuesOf} from '../../source/engine/conditions.js';
import {documentContext, documentsFor, documentView} from '../../source/output/documents.js';
import {present} from '../../source/output/present.js';
import {renderReport} from '../../source/output/render.js';
import {kindsOf} from '../../source/scoring/lender.js';
import {assess} from '../../source/scoring/score.js';
import {anyAnswers} from '../support/answers.js';

/** A text that is shown, with its mark. */
interface Shown {
  readonly where: string;
  readonly text: Localized;
  readonly mark: true | 'conditional' | undefined;
}

const holds = (cond: Condition | undefined, ctx: ConditionContext) => !cond || evaluate(cond, ctx);

function shownParts(parts: readonly Conditional<Localized>[], ctx: ConditionContext, where: string): Shown[] {
  return parts.filter((p) => holds(p.when, ctx)).map((p, i) => ({where: `${where}[${i}]`, text: p.text, mark: p.unlicensedOnly}));
}

function shownBlocks(blocks: readonly DocumentBlock[], ctx: ConditionContext, where: string): Shown[] {
  return blocks.flatMap((block, i): Shown[] => {
    if (!holds(block.when, ctx) || 'table' in block) return [];
    if ('text' in block) return [{where: `${where}[${i}]`, text: block.text, mark: block.unlicensedOnly}];
    const lines = shownParts(block.list, ctx, `${where}[${i}].list`).map((l) => ({...l, mark: l.mark ?? block.unlicensedOnly}));
    return lines.length > 0 ? lines : shownParts(block.otherwise ?? [], ctx, `${where}[${i}].otherwise`);
  });
}

/** Every text of the checklist and of the documents that these answers show. */
function everythingShown(answers: Answers): Shown[] {
  const a = assess(content, answers);
  const ctx = documentContext(content, answers);
  const items = content.checklist
    .filter((item) => a.checklist.some((c) => c.id === item.id))
    .flatMap((item) => [
      ...shownParts(item.why, ctx, `${item.id}.why`).map((s) => ({...s, item: item.id})),
      ...shownParts(item.steps, ctx, `${item.id}.steps`),
    ]);
  const docs = documentsFor(content, ctx).flatMap((doc) => [
    ...shownBlocks(doc.text, ctx, `${doc.id}.text`),
    ...shownBlocks(doc.howToSend, ctx, `${doc.id}.howToSend`),
  ]);
  return [...items, ...docs];
}

/** The debts held are of an unlicensed app (a 714 app, or an unclear app whose contract names no licensed lender). */
const holdsUnlicensedApp = (a: Answers) => {
  const held = [...valuesOf(a.lenders), ...valuesOf(a.overdue_debts)];
  return held.some((t) => kindsOf(t, valuesOf(a.lender_of_record)).includes('unlicensed'));
};

/** The words that carry advice harmful to a licensed lender's borrower (correction 1). */
const HARMFUL = [/合同无效|借款合同无效/, /先别急着还|先别再付|先别再交/, /交给警方|留好，报警/, /\bvoid\b/i, /rush to pay|hold off paying|pay no more extension/i, /to the police when you report|hand the letter to the police|give it to the police/i];

const HARMFUL_ANY = new RegExp(HARMFUL.map((p) => p.source).join('|'), 'i');

/** Answers without an unlicensed app debt: licensed, unchecked (unverified) or private lenders, or none. */
const withoutUnlicensed = anyAnswers(content).map((answers) => {
  const lenders = valuesOf(answers.lenders).filter((v) => v !== 'high_cost_app');
  const record = valuesOf(answers.lender_of_record).filter((v) => v !== 'none_named');
  const out: Record<string, unknown> = {...answers, lenders: lenders.length > 0 ? lenders : ['unknown_app']};
  if (record.length > 0) out.lender_of_record = record;
  else delete out.lender_of_record;
  out.overdue_debts = valuesOf(answers.overdue_debts).filter((v) => v !== 'high_cost_app');
  if ((out.overdue_debts as string[]).length === 0) delete out.overdue_debts;
  return out as Answers;
});

describe('who the lender is: the kind of each debt', () => {
  it('follows the table of docs/scoring.md', () => {
    expect(kindsOf('credit_card', [])).toEqual(['bank']);
    expect(kindsOf('platform_loan', [])).toEqual(['bank', 'micro_loan']);
    expect(kindsOf('high_cost_app', [])).toEqual(['unlicensed']);
    expect(kindsOf('private', [])).toEqual(['private']);
    expect(kindsOf('unknown_app', [])).toEqual(['unverified']);
    expect(kindsOf('unknown_app', ['not_checked'])).toEqual(['unverified']);
    expect(kindsOf('unknown_app', ['bank_or_cf'])).toEqual(['bank']);
    expect(kindsOf('unknown_app', ['micro_loan'])).toEqual(['micro_loan']);
    expect(kindsOf('unknown_app', ['none_named'])).toEqual(['unlicensed']);
    expect(kindsOf('unknown_app', ['bank_or_cf', 'none_named'])).toEqual(['bank', 'unlicensed']);
  });

  it('no checklist or document condition tests unknown_app: the content reads the kind', () => {
    const conditions = JSON.stringify([content.checklist, content.documents]);
    expect(conditions).not.toMatch(/"unknown_app"/);
  });
});

describe('property 12: no harmful-if-licensed advice without an unlicensed app debt', () => {
  it('no text marked unlicensedOnly is shown, and no marked word appears, for any answers without one', () => {
    fc.assert(
      fc.property(withoutUnlicensed, (answers) => {
        const a = assess(content, answers);
        expect(holdsUnlicensedApp(a.answers)).toBe(false);
        const wrong = everythingShown(answers).filter(
          (shown) => shown.mark === true || (shown.mark !== 'conditional' && (HARMFUL_ANY.test(shown.text['zh-Hans']) || HARMFUL_ANY.test(shown.text.en))),
        );
        expect(wrong.map((w) => `${w.where}: ${w.text['zh-Hans']}`), JSON.stringify(a.answers)).toEqual([]);
      }),
      {numRuns: 300},
    );
  }, 120_000);

  it('and the report and every document as printed say none of it unconditionally', () => {
    fc.assert(
      fc.property(withoutUnlicensed, fc.constantFrom<Lang>('zh-Hans', 'en'), (answers, lang) => {
        const view = present(content, assess(content, answers), lang);
        const conditional = everythingShown(answers)
          .filter((s) => s.mark === 'conditional')
          .map((s) => s.text[lang]);
        let printed = renderReport(content, view, 'text');
        for (const id of documentsFor(content, documentContext(content, answers)).map((d) => d.id)) {
          const doc = documentView(content, id, lang, answers);
          printed += `\n${doc.text}\n${doc.howToSend}`;
        }
        // Conditional wording, and the titles of the sources cited (a citation names a rule, it advises nothing).
        for (const text of [...conditional, ...content.references.map((r) => r.title[lang])]) printed = printed.split(text).join('');
        expect(printed).not.toMatch(HARMFUL_ANY);
      }),
      {numRuns: 150},
    );
  }, 120_000);

  it('an unverified debt is counted as unlicensed for the level, with lender_unverified, never lender_risky', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const unverified = {...answers, lenders: ['unknown_app'], lender_of_record: ['not_checked']};
        const unlicensed = {...answers, lenders: ['unknown_app'], lender_of_record: ['none_named']};
        const u = assess(content, unverified);
        expect(u.score).toBe(assess(content, unlicensed).score);
        expect(u.reasons.map((r) => r.id)).not.toContain('lender_risky');
        expect(u.reasons.map((r) => r.id)).toContain('lender_unverified');
        expect(u.checklist[0]?.id === 'find_your_lender' || u.checklist[0]?.id === 'crisis_support').toBe(true);
      }),
      {numRuns: 300},
    );
  });

  it('a private lender is never lender_risky, never the void contract, never report_illegal_lending (correction 1)', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const {overdue_debts: _, ...rest} = answers;
        const result = assess(content, {...rest, lenders: ['private']});
        expect(result.reasons.map((r) => r.id)).not.toContain('lender_risky');
        expect(result.checklist.map((c) => c.id)).not.toContain('report_illegal_lending');
      }),
      {numRuns: 300},
    );
  });

  it('report_illegal_lending: a 714 app; an unlicensed or unchecked app with the signs of illegal lending; never rollover alone', () => {
    const ids = (answers: Answers) => assess(content, answers).checklist.map((c) => c.id);
    expect(ids({lenders: ['high_cost_app']})).toContain('report_illegal_lending');
    expect(ids({lenders: ['unknown_app'], loan_terms: ['short_term']})).toContain('report_illegal_lending');
    expect(ids({lenders: ['unknown_app'], lender_of_record: ['none_named'], loan_terms: ['no_contract']})).toContain('report_illegal_lending');
    expect(ids({lenders: ['unknown_app'], loan_terms: ['rollover']})).not.toContain('report_illegal_lending');
    expect(ids({lenders: ['unknown_app'], loan_terms: ['rollover']})).toContain('stop_borrowing_to_repay');
    expect(ids({lenders: ['unknown_app'], lender_of_record: ['bank_or_cf'], loan_terms: ['short_term']})).not.toContain('report_illegal_lending');
  });
});
