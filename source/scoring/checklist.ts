// Which checklist items apply and how urgent each is, from the answers and the flags
// the rules define. Pure.
import type {Content, Flag, Priority} from '../content/types.js';
import {PRIORITIES} from '../content/types.js';
import {type Answers, type ConditionContext, evaluate} from '../engine/conditions.js';
import {type Facts, IMPROPER, TOLD} from './facts.js';
import {LICENSED_KINDS} from './lender.js';
import {type Level, rank} from './types.js';

/** Lender types lent through an app (or online). */
const APP_LOANS = ['bank_loan', 'platform_loan', 'licensed_small', 'unknown_app', 'high_cost_app'];

export function flagsOf(f: Facts, level: Level): Set<Flag> {
  const flags = new Set<Flag>();
  const add = (flag: Flag, on: boolean) => {
    if (on) flags.add(flag);
  };
  add('likelihood_high', rank(level) >= rank('high'));
  // Only what is overdue, or being collected, counts as overdue (property 10); the kind decides the rules.
  const collected = f.collectedKinds;
  add('licensed_overdue', LICENSED_KINDS.some((k) => collected.has(k)));
  add('bank_overdue', collected.has('bank'));
  add('micro_loan_overdue', collected.has('micro_loan'));
  add('card_overdue', f.collectedTypes.includes('credit_card'));
  add('unlicensed_app_overdue', collected.has('unlicensed'));
  add('unverified_app_overdue', collected.has('unverified'));
  add('private_overdue', collected.has('private'));
  const held = f.heldKinds;
  add('licensed_held', LICENSED_KINDS.some((k) => held.has(k)));
  add('bank_held', held.has('bank'));
  add('micro_loan_held', held.has('micro_loan'));
  add('unlicensed_app_held', held.has('unlicensed'));
  add('unverified_app_held', held.has('unverified'));
  add('app_loan_held', f.held.some((v) => APP_LOANS.includes(v)));
  // An app ticked as of unclear licence, whatever its contract names: such apps are often sideloaded or sent
  // by link, so it is never to be installed again (the app, not the lender).
  add('unclear_app_held', f.held.includes('unknown_app'));
  add('being_collected', !f.isOverdue && f.collectedTypes.length > 0);
  add('liable', f.liable);
  add('pursued_for_other', f.pursuit === 'other');
  // A visit announced by an app lender that may be unlicensed is intimidation; a licensed lender's or a
  // private lender's visit alone is not.
  const visitIntimidates = f.actions.includes('home_visit') && f.mayBeUnlicensed.length > 0;
  add('improper_collection', f.actions.some((v) => IMPROPER.includes(v)) || f.has('what_they_said', TOLD) || visitIntimidates);
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
