// Where things stand: for the person themself, and for a person called about someone else's debt.
import type {Facts} from './facts.js';
import type {Stage} from './types.js';

export function stageOf(f: Facts): Stage {
  // For someone called about another person's debt, it is happening to them once any collector acts.
  if (f.contacted || (f.thirdParty && f.pursuit === 'other' && f.actions.length > 0)) return 'happening';
  return f.isOverdue || f.scoredActions.length > 0 ? 'warning_signs' : 'prevention';
}
