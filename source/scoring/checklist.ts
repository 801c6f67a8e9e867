// Which checklist items apply and how urgent each is, from the answers and the flags
// the rules define. Pure.
import type {Content, Flag, Priority} from '../content/types.js';
import {PRIORITIES} from '../content/types.js';
import {type Answers, type ConditionContext, evaluate} from '../engine/conditions.js';
import {type Facts, IMPROPER, LICENSED, RISKY_APPS, TOLD, UNLICENSED} from './facts.js';
import {type Level, rank} from './types.js';

export function flagsOf(f: Facts, level: Level): Set<Flag> {
  const flags = new Set<Flag>();
  const overdue = (types: readonly string[]) => f.overdueTypes.some((v) => types.includes(v));
  if (rank(level) >= rank('high')) flags.add('likelihood_high');
  // Only what is overdue counts as overdue (property 10).
  if (overdue(LICENSED)) flags.add('licensed_overdue');
  if (overdue(['credit_card'])) flags.add('card_overdue');
  if (overdue(RISKY_APPS)) flags.add('unlicensed_app_overdue');
  if (overdue(['private'])) flags.add('private_overdue');
  const visitIntimidates = f.ownActions.includes('home_visit') && f.held.some((v) => UNLICENSED.includes(v));
  if (f.ownActions.some((v) => IMPROPER.includes(v)) || f.has('what_they_said', TOLD) || visitIntimidates) {
    flags.add('improper_collection');
  }
  return flags;
}

/**
 * The context checklist conditions are read in: the questions that may be shown, and an unanswered one as
 * nothing chosen, so an item, paragraph or step applies only on what was said.
 */
export function checklistContext(answers: Answers, visible: ReadonlySet<string>, flags: ReadonlySet<Flag>): ConditionContext {
  return {answers, visible, flags, reading: 'asked'};
}

export function selectChecklist(content: Content, ctx: ConditionContext): {readonly id: string; readonly priority: Priority}[] {
  return content.checklist
    .filter((item) => !item.when || evaluate(item.when, ctx))
    .map((item) => ({
      id: item.id,
      priority: (item.priority.find((p) => !p.when || evaluate(p.when, ctx))?.value ?? 'ongoing') as Priority,
    }))
    .map((item, i) => ({item, i}))
    .sort((a, b) => PRIORITIES.indexOf(a.item.priority) - PRIORITIES.indexOf(b.item.priority) || a.i - b.i)
    .map(({item}) => item);
}
