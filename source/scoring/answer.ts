// The answer (docs/contract.md, The answer): which of the answers of questions/answers.yaml applies to this
// person, the first that does. It answers "will they contact my family and friends, and is that allowed?",
// so it follows whose debt it is and who the lender is (lender.ts), through the same facts and flags as the
// checklist. Pure.
import type {AnswerId, Flag} from '../content/types.js';
import {type Facts, PEOPLE, TOLD} from './facts.js';

export function answerOf(f: Facts, flags: ReadonlySet<Flag>): AnswerId {
  const collected = (flag: Flag) => flags.has(flag);
  if (f.actions.includes('threaten_harm')) return 'danger_call_police';
  if (f.liable) return 'you_are_liable';
  if (f.pursuit === 'other') return 'not_your_debt';
  if (collected('unlicensed_app_overdue')) return 'unlicensed_app';
  if (collected('private_overdue')) return 'private_lender';
  if (collected('unverified_app_overdue')) return 'unverified_lender';
  if (collected('licensed_overdue')) {
    const reachable = f.has('contact_status', ['negotiating', 'sometimes']);
    if (f.has('what_they_said', TOLD) || (reachable && f.has('contacted_people', PEOPLE))) return 'licensed_crossed_line';
    if (f.has('contact_status', ['avoiding', 'unreachable'])) return 'licensed_unreachable';
    return 'licensed_rules';
  }
  if (f.held.length > 0 && f.overdue === 'not_yet' && f.actions.length === 0 && !f.contacted) return 'nothing_overdue';
  if (f.noDebt && !f.thirdParty) return 'no_debt';
  return 'depends';
}
