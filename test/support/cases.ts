// The public calibration cases (docs/scoring.md; test/fixtures/public-cases.json, also read by the benchmark).
import {readFileSync} from 'node:fs';
import {content} from '../../source/content/generated.js';
import {type Answers, type AnswerValue, offeredOptions, visibleIds} from '../../source/engine/conditions.js';
import {firstUnanswered} from '../../source/engine/questionnaire.js';
import type {Level} from '../../source/scoring/types.js';

export interface PublicCase {
  readonly name: string;
  readonly level: Level;
  readonly answers: Answers;
}

const file = new URL('../fixtures/public-cases.json', import.meta.url);
const {_comment, ...cases} = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PublicCase> & {_comment: string};

export const PUBLIC_CASES = cases as Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I', PublicCase>>;

/** A case made complete: every question still unanswered gets its calmest option ("none", or the least risky). */
export function completeAnswers(answers: Answers, extra: Record<string, string> = {}): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {...answers, ...extra};
  for (let q = firstUnanswered(content.questions, out); q !== undefined; q = firstUnanswered(content.questions, out)) {
    const question = content.questions.find((x) => x.id === q)!;
    const offered = offeredOptions(question, out, visibleIds(content.questions, out));
    out[q] = question.type === 'single' ? (question.riskOrder?.find((v) => offered.some((o) => o.value === v)) ?? offered[0]!.value) : [(offered.find((o) => o.exclusive) ?? offered[0]!).value];
  }
  return out;
}

// A 714 app's borrower, overdue, whose contacts were called and told of the debt.
export const VICTIM_714: Answers = {
  lenders: ['high_cost_app'],
  overdue: 'd1_30',
  someone_elses_debt: 'no',
  overdue_lenders: 'one',
  loan_terms: ['upfront_deduction', 'short_term'],
  contact_status: 'sometimes',
  phone: 'xiaomi',
  app_permissions: ['contacts', 'sms'],
  permissions_now: 'still_on',
  emergency_contacts: 'family',
  shared_info: ['id_photos'],
  collector_actions: ['frequent_calls', 'insults', 'threaten_contacts'],
  contacted_people: ['family', 'friends'],
  what_they_said: ['disclosed_debt', 'insulted_you'],
  evidence: 'some',
  wellbeing: 'stressed',
};
