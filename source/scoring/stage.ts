// Where things stand: for the person themself, and for a person called about someone else's debt.
import {type Facts, PEOPLE} from './facts.js';
import type {Stage} from './types.js';

export function stageOf(f: Facts): Stage {
  const othersContacted = f.has('contacted_people', [...PEOPLE, 'public_posts']);
  // For someone called about another person's debt, it is happening to them once any collector acts.
  const calledAboutAnother = f.thirdParty && f.list('collector_actions').some((v) => v !== 'none');
  if (othersContacted || calledAboutAnother) return 'happening';
  return f.isOverdue || f.ownActions.length > 0 ? 'warning_signs' : 'prevention';
}
