// Property tests on the real content: whatever valid actions a person takes, the cursor only points at a
// visible question and no answer to a hidden question (or an option not offered) survives.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {type Answers, type AnswerValue, offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {
  type Action,
  initialState,
  isComplete,
  normalizeAnswers,
  reduce,
  type State,
  toggleOption,
} from '../../source/engine/questionnaire.js';

const QS = content.questions;

/** A valid answer for question `id` given the answers so far, chosen by the random numbers. */
function validAnswer(id: string, answers: Answers, pick: number, toggles: readonly number[]): AnswerValue {
  const q = QS.find((x) => x.id === id)!;
  const shown = offeredOptions(q, answers, visibleIds(QS, answers));
  // A question that is not shown may offer nothing (overdue_debts before two lenders are chosen).
  const offered = shown.length > 0 ? shown : q.options;
  if (q.type === 'single') return offered[pick % offered.length]!.value;
  // Build a multi answer the way the UI does: by toggling options.
  let selected: string[] = [];
  for (const t of toggles) selected = toggleOption(q, selected, offered[t % offered.length]!.value);
  return selected.length > 0 ? selected : [offered[pick % offered.length]!.value];
}

type Step = {kind: number; pick: number; toggles: number[]};
const step = fc.record({
  kind: fc.nat(99),
  pick: fc.nat(),
  toggles: fc.array(fc.nat(20), {maxLength: 6}),
});

function actionFor(s: State, {kind, pick, toggles}: Step): Action {
  if (s.phase === 'welcome') return kind < 90 ? {type: 'START'} : {type: 'SET_LANG', lang: LANGS[pick % 3]!};
  if (s.phase === 'resume') return kind < 50 ? {type: 'RESUME'} : {type: 'START_OVER'};
  if (s.phase === 'results') {
    if (kind < 40) return {type: 'BACK'};
    if (kind < 50) return {type: 'RESTART'};
    if (kind < 90) return {type: 'TOGGLE_DONE', item: content.checklist[pick % content.checklist.length]!.id};
    return {type: 'SET_LANG', lang: LANGS[pick % 3]!};
  }
  if (kind < 70) return {type: 'ANSWER', question: s.current!, value: validAnswer(s.current!, s.answers, pick, toggles)};
  if (kind < 90) return {type: 'BACK'};
  if (kind < 95) return {type: 'RESTART'};
  // An answer to some other question: must be ignored.
  const other = QS[pick % QS.length]!.id;
  return {type: 'ANSWER', question: other, value: validAnswer(other, s.answers, pick, toggles)};
}

function checkInvariants(s: State) {
  const visible = visibleIds(QS, s.answers);
  if (s.phase === 'question') {
    expect(s.current).toBeDefined();
    expect(visible.has(s.current!)).toBe(true);
  } else {
    expect(s.current).toBeUndefined();
  }
  expect(normalizeAnswers(QS, s.answers)).toBe(s.answers);
}

describe('reducer invariants on the real content (fast-check)', () => {
  it('after any sequence of valid actions: current is visible, answers are normalized, results only when complete', () => {
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 80}), (steps) => {
        let s = initialState('zh-Hans');
        for (const st of steps) {
          const action = actionFor(s, st);
          const next = reduce(QS, s, action);
          checkInvariants(next);
          // Starting from welcome (no RESUME), the results screen is only reached with every visible question answered.
          if (next.phase === 'results') expect(isComplete(QS, next.answers)).toBe(true);
          if (action.type === 'ANSWER' && action.question !== s.current) expect(next).toBe(s);
          if (action.type === 'ANSWER' && action.question === s.current && s.phase === 'question') {
            // A valid answer is recorded as given and the cursor moves forward.
            expect(next.answers[action.question]).toEqual(action.value);
            if (next.phase === 'question') {
              expect(QS.findIndex((q) => q.id === next.current)).toBeGreaterThan(QS.findIndex((q) => q.id === s.current));
            }
          }
          if (action.type === 'BACK' && s.phase === 'question') expect(next.answers).toBe(s.answers);
          s = next;
        }
      }),
      {numRuns: 500},
    );
  });

  it('RESUME from any saved answers and cursor lands on the saved question if shown, else the first unanswered one or results', () => {
    const saved = fc.record({
      picks: fc.array(fc.record({pick: fc.nat(), toggles: fc.array(fc.nat(20), {maxLength: 6}), skip: fc.nat(9)}), {
        minLength: QS.length,
        maxLength: QS.length,
      }),
      // Saved answers may name a question that became hidden (older content): add one raw answer.
      stray: fc.option(fc.nat(QS.length - 1)),
      current: fc.option(fc.nat(QS.length)),
    });
    fc.assert(
      fc.property(saved, ({picks, stray, current}) => {
        const answers: Record<string, AnswerValue> = {};
        QS.forEach((q, i) => {
          const {pick, toggles, skip} = picks[i]!;
          if (visibleIds(QS, answers).has(q.id) && skip > 2) answers[q.id] = validAnswer(q.id, answers, pick, toggles);
        });
        if (stray !== null) {
          const q = QS[stray]!;
          answers[q.id] = q.type === 'single' ? q.options[0]!.value : [q.options[0]!.value];
        }
        const cursor = current === null ? undefined : (QS[current]?.id ?? 'not_a_question');
        const s = initialState('en', {answers, current: cursor});
        if (Object.keys(answers).length === 0) return;
        const next = reduce(QS, s, {type: 'RESUME'});
        checkInvariants(next);
        const shown = cursor !== undefined && visibleIds(QS, next.answers).has(cursor);
        if (shown) expect(next.current).toBe(cursor);
        else if (next.phase === 'question') expect(next.answers[next.current!]).toBeUndefined();
        else expect(isComplete(QS, next.answers)).toBe(true);
        // Answering on from there never reaches the results with a question left unanswered.
        let walk = next;
        for (let i = 0; i < 2 * QS.length && walk.phase === 'question'; i++) {
          const answer = walk.answers[walk.current!] ?? validAnswer(walk.current!, walk.answers, i, []);
          walk = reduce(QS, walk, {type: 'ANSWER', question: walk.current!, value: answer});
        }
        expect(walk.phase).toBe('results');
        expect(isComplete(QS, walk.answers)).toBe(true);
      }),
      {numRuns: 500},
    );
  });
});
