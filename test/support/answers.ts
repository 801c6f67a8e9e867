// fast-check arbitraries for answers over the real content.
// keyFor and writeSaved: the number key of an option and a saved-progress file, both from the content.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {content} from '../../source/content/generated.js';
import type {Content, Question} from '../../source/content/types.js';
import {type Answers, type AnswerValue, offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {encodeSaved} from '../../source/engine/saved-file.js';
import type {SavedProgress} from '../../source/persistence/types.js';

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

/**
 * The number key that picks or ticks `value` of question `id` in the interface, as the content lists it:
 * options offered for `answers` only (an option's showIf), numbered 1-9 then 0. Tests press this rather
 * than a number written by hand, so a reordered or added option moves the key with it.
 */
export function keyFor(id: string, value: string, answers: Answers = {}, from: Content = content): string {
  const question = from.questions.find((q) => q.id === id);
  if (!question) throw new Error(`keyFor: no question "${id}"`);
  const offered = offeredOptions(question, answers, visibleIds(from.questions, answers));
  const at = offered.findIndex((o) => o.value === value);
  if (at < 0) throw new Error(`keyFor: "${id}" offers no "${value}" for these answers`);
  if (at > 9) throw new Error(`keyFor: "${value}" is option ${at + 1} of "${id}", which no number key reaches`);
  return String((at + 1) % 10);
}

export interface Saved {
  readonly answers: Answers;
  readonly current?: string;
  readonly lang?: string;
  readonly done?: readonly string[];
  readonly contentVersion?: string;
  readonly updatedAt?: string;
}

/** The saved-progress file of a run with this environment (docs/contract.md, saved progress). */
export function savedFile(env: Readonly<Record<string, string | undefined>>): string {
  return path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
}

/**
 * Writes saved progress as the program writes it (source/persistence/saved-file.ts's encoding, owner-only),
 * for the run with this environment; returns the file's text.
 */
export function writeSaved(env: Readonly<Record<string, string | undefined>>, saved: Saved): string {
  const file = savedFile(env);
  mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
  const {contentVersion = content.version, updatedAt = '2026-11-30T10:00:00.000Z', lang = 'en', ...progress} = saved;
  const text = encodeSaved({lang, done: [], ...progress} as SavedProgress, {contentVersion, updatedAt: new Date(updatedAt)});
  writeFileSync(file, text, {mode: 0o600});
  return text;
}
