// Every reachable path through the questions gives a level and at least one usable checklist item, and
// every reason is tied to answers that were actually given (property 6 of docs/scoring.md).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {type Lang, LANGS, type Question} from '../../source/content/types.js';
import {type Answers, type AnswerValue, offeredOptions, valuesOf, visibleIds} from '../../source/engine/conditions.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';

const QS = content.questions;
const LEVELS = ['low', 'moderate', 'high', 'critical'];
const reasonIds = new Set(content.reasons.map((r) => r.id));

const offered = (q: Question, answers: Answers) => offeredOptions(q, answers, visibleIds(QS, answers));

/** For a multi question: each offered option alone, plus all offered non-exclusive options together. */
function representativeMultis(q: Question, answers: Answers): string[][] {
  const options = offered(q, answers);
  const alone = options.map((o) => [o.value]);
  const together = options.filter((o) => !o.exclusive).map((o) => o.value);
  return together.length > 1 ? [...alone, together] : alone;
}

/**
 * Walks the questions in order, answering only visible ones, calling `choices` for each and `visit` for every
 * complete answer set. Only reachable combinations are produced.
 */
function walk(choices: (q: Question, answers: Answers) => AnswerValue[], visit: (answers: Answers) => void) {
  const go = (i: number, answers: Answers) => {
    if (i === QS.length) return visit(answers);
    const q = QS[i]!;
    if (!visibleIds(QS, answers).has(q.id)) return go(i + 1, answers);
    for (const value of choices(q, answers)) go(i + 1, {...answers, [q.id]: value});
  };
  go(0, {});
}

const seenReasons = new Set<string>();
const seenItems = new Set<string>();

/**
 * The problems with one complete answer set (empty when all is well). Collected as strings rather than with
 * expect() so tens of thousands of paths stay fast; `langs` are the languages whose presentation is checked.
 */
function pathProblems(answers: Answers, langs: readonly Lang[] = LANGS): string[] {
  const problems: string[] = [];
  const a = assess(content, answers);
  if (!LEVELS.includes(a.level)) problems.push(`level ${a.level}`);
  if (!a.complete) problems.push('not complete');
  if (a.ignored.length > 0) problems.push(`ignored ${a.ignored.join(',')}`);
  if (a.checklist.length === 0) problems.push('no checklist item');
  for (const r of a.reasons) {
    seenReasons.add(r.id);
    if (!reasonIds.has(r.id)) problems.push(`unknown reason ${r.id}`);
    if (r.because.length === 0) problems.push(`reason ${r.id} names no answer`);
    for (const b of r.because) {
      const [q, v] = b.split('=');
      const question = QS.find((x) => x.id === q);
      if (!question?.options.some((o) => o.value === v)) problems.push(`${r.id} because ${b}: not a question=option`);
      else if (!valuesOf(answers[q!]).includes(v!)) problems.push(`${r.id} because ${b}, which was not answered`);
    }
  }
  for (const lang of langs) {
    const view = present(content, a, lang);
    for (const item of view.checklist) {
      seenItems.add(item.id);
      if (!item.title.trim()) problems.push(`${lang} ${item.id}: empty title`);
      if (item.why.length === 0) problems.push(`${lang} ${item.id}: no "why" applies`);
      if (item.steps.length === 0) problems.push(`${lang} ${item.id}: no step applies`);
      if ([item.why, ...item.steps].some((t) => !t.trim())) problems.push(`${lang} ${item.id}: empty text`);
      if (item.references.length === 0) problems.push(`${item.id}: no reference`);
    }
    for (const r of view.reasons) if (!r.text.trim()) problems.push(`${lang} ${r.id}: empty reason text`);
  }
  return problems.map((p) => `${JSON.stringify(answers)}: ${p}`);
}

/** Runs a walk, checking every path; fails with the first few problems found. Returns the number of paths. */
function checkWalk(choices: (q: Question, answers: Answers) => AnswerValue[]): number {
  let paths = 0;
  const problems: string[] = [];
  walk(choices, (answers) => {
    // One language per path, rotating: the structure (which why/steps apply) does not depend on the language.
    const found = pathProblems(answers, [LANGS[paths % LANGS.length]!]);
    paths++;
    if (problems.length < 10) problems.push(...found);
  });
  expect(problems).toEqual([]);
  return paths;
}

describe('every reachable path', () => {
  it('exhaustive over the single-choice questions, with the multi answers fixed to every non-exclusive option', () => {
    const paths = checkWalk((q, answers) => {
      const options = offered(q, answers);
      if (q.type === 'single') return options.map((o) => o.value);
      return [options.filter((o) => !o.exclusive).map((o) => o.value)];
    });
    expect(paths).toBeGreaterThan(20_000);
  }, 300_000);

  it('exhaustive over the single-choice questions, with the multi answers fixed to their first exclusive option', () => {
    const paths = checkWalk((q, answers) => {
      const options = offered(q, answers);
      if (q.type === 'single') return options.map((o) => o.value);
      // lenders=[none] alone would hide most questions: also walk with a debt so the later ones are reached.
      if (q.id === 'lenders') return [['credit_card'], ['none']];
      return [[(options.find((o) => o.exclusive) ?? options[0]!).value]];
    });
    expect(paths).toBeGreaterThan(1000);
  }, 300_000);

  it('exhaustive over the multi representatives (each option alone, all together) along one risky single-choice line', () => {
    const SINGLE: Record<string, string> = {
      overdue: 'd31_90',
      overdue_lenders: 'two_three',
      contact_status: 'avoiding',
      phone: 'other_android',
      permissions_now: 'still_on',
      emergency_contacts: 'family',
      evidence: 'some',
      wellbeing: 'stressed',
    };
    // Too many to take every multi at once: vary two multi questions at a time, the others fixed.
    const multis = QS.filter((q) => q.type === 'multi').map((q) => q.id);
    let paths = 0;
    for (let i = 0; i < multis.length; i++) {
      for (let j = i + 1; j < multis.length; j++) {
        const varied = new Set([multis[i], multis[j]]);
        paths += checkWalk((q, answers) => {
          if (q.type === 'single') return [SINGLE[q.id] ?? offered(q, answers)[0]!.value];
          const reps = representativeMultis(q, answers);
          return varied.has(q.id) ? reps : [reps.at(-1)!];
        });
      }
    }
    expect(paths).toBeGreaterThan(500);
  }, 300_000);

  it('random reachable answer sets (fast-check, 2000 runs): singles and multi representatives chosen at random', () => {
    const picks = fc.array(fc.nat(), {minLength: QS.length, maxLength: QS.length});
    fc.assert(
      fc.property(picks, (ns) => {
        const answers: Record<string, AnswerValue> = {};
        QS.forEach((q, i) => {
          if (!visibleIds(QS, answers).has(q.id)) return;
          const choices: AnswerValue[] =
            q.type === 'single' ? offered(q, answers).map((o) => o.value) : representativeMultis(q, answers);
          answers[q.id] = choices[ns[i]! % choices.length]!;
        });
        expect(pathProblems(answers)).toEqual([]);
      }),
      {numRuns: 2000},
    );
  }, 300_000);

  it('the paths above exercise every reason and every checklist item of the content', () => {
    // Runs after the walks (vitest runs a file's tests in order): a reason or item never produced is dead content.
    expect([...content.reasons.map((r) => r.id)].filter((id) => !seenReasons.has(id))).toEqual([]);
    expect([...content.checklist.map((c) => c.id)].filter((id) => !seenItems.has(id))).toEqual([]);
  });
});
