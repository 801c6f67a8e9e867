// Dead content fails: every checklist item, every `why` paragraph and step, every document and each of its
// blocks and lines, and every reference must be reachable by some answers a person can give, in the
// questionnaire or in an answers file (which may leave questions out). A document's block counts as reached
// when it is shown in a document the answers call for, or in the blank one (--letter without answers). Searched with seeded random walks through the questions (only visible questions, only
// offered options), so it is fast and the same on every run.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Condition, Content, Question} from '../../source/content/types.js';
import {type Answers, type AnswerValue, evaluate, offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {documentContext} from '../../source/output/documents.js';
import {checklistContext} from '../../source/scoring/checklist.js';
import {assess} from '../../source/scoring/score.js';
import {documentPieces} from './helpers.js';

const QS = content.questions;

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(q: Question, answers: Answers, next: () => number): AnswerValue | undefined {
  const options = offeredOptions(q, answers, visibleIds(QS, answers));
  if (options.length === 0) return undefined;
  if (q.type === 'single') return options[Math.floor(next() * options.length)]!.value;
  const exclusive = options.filter((o) => o.exclusive);
  if (exclusive.length > 0 && next() < 0.15) return [exclusive[Math.floor(next() * exclusive.length)]!.value];
  const chosen = options.filter((o) => !o.exclusive && next() < 0.35).map((o) => o.value);
  return chosen.length > 0 ? chosen : [options.find((o) => !o.exclusive)?.value ?? options[0]!.value];
}

/** One path through the questions, answered as the questionnaire lets a person answer; `skip` leaves some out. */
function walk(next: () => number, skip = 0): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of QS) {
    if (!visibleIds(QS, answers).has(q.id) || next() < skip) continue;
    const value = pick(q, answers, next);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}

/** Marks the documents these answers call for (or every one, for the blank) and the pieces of them shown. */
function visitDocuments(c: Content, answers: Answers | undefined, reached: Set<string>, cited: Set<string>) {
  const ctx = documentContext(c, answers);
  for (const doc of c.documents) {
    if (answers !== undefined && !evaluate(doc.when, ctx)) continue;
    if (answers !== undefined) reached.add(`document ${doc.id}`);
    for (const r of doc.references) cited.add(r);
    for (const piece of documentPieces(doc)) {
      if (!piece.when.every((w) => evaluate(w, ctx))) continue;
      reached.add(`document ${piece.where}`);
      for (const r of piece.references) cited.add(r);
    }
  }
}

/**
 * What no walk reached: items, paragraphs and steps (as "id.why[n]" / "id.steps[n]"), documents and their
 * pieces ("document id", "document id.text[n]…"), and references never cited.
 */
function dead(c: Content, walks: number) {
  const reached = new Set<string>();
  const cited = new Set<string>();
  visitDocuments(c, undefined, reached, cited);
  const next = random(20261201);
  for (let i = 0; i < walks; i++) {
    // Every other walk is a partial answers file.
    const given = walk(next, i % 2 === 0 ? 0 : 0.08);
    const a = assess(c, given);
    visitDocuments(c, given, reached, cited);
    const ctx = checklistContext(a.answers, a.visible, a.flags);
    const holds = (cond: Condition | undefined) => !cond || evaluate(cond, ctx);
    for (const {id} of a.checklist) {
      const item = c.checklist.find((x) => x.id === id)!;
      reached.add(id);
      for (const r of item.references) cited.add(r);
      for (const [kind, parts] of [['why', item.why], ['steps', item.steps]] as const) {
        parts.forEach((part, n) => {
          if (!holds(part.when)) return;
          reached.add(`${id}.${kind}[${n}]`);
          for (const r of part.references ?? []) cited.add(r);
        });
      }
    }
  }
  const parts = c.checklist.flatMap((x) => [...x.why.map((_, n) => `${x.id}.why[${n}]`), ...x.steps.map((_, n) => `${x.id}.steps[${n}]`)]);
  const documentParts = c.documents.flatMap((doc) => documentPieces(doc).map((p) => `document ${p.where}`));
  return {
    items: c.checklist.map((x) => x.id).filter((id) => !reached.has(id)),
    parts: parts.filter((p) => !reached.has(p)),
    documents: c.documents.map((d) => `document ${d.id}`).filter((id) => !reached.has(id)),
    documentParts: documentParts.filter((p) => !reached.has(p)),
    references: c.references.map((r) => r.id).filter((id) => !cited.has(id)),
  };
}

describe('reachability of the content', () => {
  const found = dead(content, 12_000);

  it('every checklist item is reached by some answers', () => {
    expect(found.items).toEqual([]);
  });

  it('every why paragraph and every step is shown for some answers', () => {
    expect(found.parts).toEqual([]);
  });

  it('every document is called for by some answers', () => {
    expect(found.documents).toEqual([]);
  });

  it("every block and line of every document is shown for some answers (in a document they call for, or the blank)", () => {
    expect(found.documentParts).toEqual([]);
  });

  it('every reference is cited by something that is shown (an item, a paragraph, a step, a document)', () => {
    expect(found.references).toEqual([]);
  });

  it('the search reports dead content: a step no answers can show, and the reference only it cites', () => {
    // Call log is never offered on an iPhone, so no answers reach this step.
    const impossible: Condition = {all: [{q: 'phone', in: ['iphone']}, {q: 'app_permissions', in: ['call_log']}]};
    const [first, ...rest] = content.checklist;
    const broken: Content = {
      ...content,
      checklist: [{...first!, steps: [...first!.steps, {when: impossible, text: first!.title, references: ['hotline_12300']}]}, ...rest],
      references: [...content.references, {id: 'only_here', title: first!.title, confidence: 'High'}],
    };
    const result = dead(broken, 1500);
    expect(result.parts).toContain(`${first!.id}.steps[${first!.steps.length}]`);
    expect(result.references).toContain('only_here');
  });

  it('and dead documents: one no answers call for, and a line no answers (nor the blank) show', () => {
    const impossible: Condition = {all: [{q: 'phone', in: ['iphone']}, {q: 'app_permissions', in: ['call_log']}]};
    const [first, ...rest] = content.documents;
    const line = {when: impossible, text: first!.title, references: ['only_here']};
    const broken: Content = {
      ...content,
      documents: [{...first!, when: impossible, text: [...first!.text, {list: [line]}]}, ...rest],
      references: [...content.references, {id: 'only_here', title: first!.title, confidence: 'High'}],
    };
    const result = dead(broken, 1500);
    expect(result.documents).toEqual([`document ${first!.id}`]);
    expect(result.documentParts).toContain(`document ${first!.id}.text[${first!.text.length}].list[0]`);
    expect(result.references).toContain('only_here');
  });
});
