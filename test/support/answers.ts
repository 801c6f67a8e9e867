// fast-check arbitraries for answers over the real content.
import fc from 'fast-check';
import type {Content, Question} from '../../source/content/types.js';
import type {Answers, AnswerValue} from '../../source/engine/conditions.js';

export function answerFor(q: Question): fc.Arbitrary<AnswerValue> {
  const values = q.options.map((o) => o.value);
  if (q.type === 'single') return fc.constantFrom(...values);
  const exclusive = q.options.filter((o) => o.exclusive).map((o) => o.value);
  const others = values.filter((v) => !exclusive.includes(v));
  const subset = fc.subarray(others, {minLength: 1}).map((list): AnswerValue => list);
  return exclusive.length === 0 ? subset : fc.oneof(subset, fc.constantFrom(...exclusive).map((v): AnswerValue => [v]));
}

/** Any valid answers (each question answered or not); hidden ones are for the code under test to ignore. */
export function anyAnswers(content: Content, {complete = false} = {}): fc.Arbitrary<Answers> {
  const record: Record<string, fc.Arbitrary<AnswerValue>> = {};
  for (const q of content.questions) record[q.id] = answerFor(q);
  const answers = complete ? fc.record(record) : fc.record(record, {requiredKeys: []});
  return answers as fc.Arbitrary<Answers>;
}

/** The riskier variants of the answers (property 1 of docs/scoring.md); none when no answer can be riskier. */
export function riskierMoves(content: Content, answers: Answers): Answers[] {
  const moves: Answers[] = [];
  for (const q of content.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    if (q.type === 'single') {
      const order = q.riskOrder!;
      for (const later of order.slice(order.indexOf(value as string) + 1)) moves.push({...answers, [q.id]: later});
    } else {
      const list = value as readonly string[];
      if (q.options.some((o) => o.exclusive && list.includes(o.value))) continue;
      for (const o of q.options) {
        if (!o.exclusive && !list.includes(o.value)) moves.push({...answers, [q.id]: [...list, o.value]});
      }
    }
  }
  return moves;
}
