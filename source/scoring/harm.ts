// Harm if, or as, collectors reach the people around the person: the details that lead them to employer and
// home, who has been contacted and what was said.
import type {Facts} from './facts.js';
import {exposureOf} from './likelihood.js';
import type {Tally} from './tally.js';
import {CONTACTED, CONTACTED_HARM, picked, SAID_HARM, SHARED, sum} from './weights.js';

export function harm(f: Facts, t: Tally): void {
  const shared = f.list('shared_info');
  t.weigh('shared_info', sum(shared, SHARED) * exposureOf(f), f.tag('shared_info', picked(shared, SHARED)));

  const contacted = picked(f.list('contacted_people'), CONTACTED);
  const reach = Math.max(0, ...contacted.map((v) => CONTACTED[v]!)) + 3 * Math.max(0, contacted.length - 1);
  t.weigh('already_contacted', reach + sum(contacted, CONTACTED_HARM), f.tag('contacted_people', contacted));

  const said = f.list('what_they_said');
  t.weigh('what_they_said', sum(said, SAID_HARM), f.tag('what_they_said', picked(said, SAID_HARM)));
}
