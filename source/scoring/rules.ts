// The hard rules: floors and caps on top of the points. Critical
// means immediate danger or public exposure and nothing else; some situations are at least high whatever
// the points; without an overdue debt of one's own the level stays low or moderate.
import {type Facts, PEOPLE} from './facts.js';
import {permissionsOpen} from './likelihood.js';
import {total} from './tally.js';
import {type Level, rank, type Reason, THRESHOLD} from './types.js';
import {SCALE} from './weights.js';

export interface Ruled {
  readonly level: Level;
  readonly score: number;
  /** Strongest first; ties keep the order they were added in (deterministic). */
  readonly reasons: readonly Reason[];
}

/** Immediate danger or public exposure (property 2), with the answers behind it. */
function criticalBecause(f: Facts): string[] {
  const blasted = f.has('contacted_people', ['many_contacts']) && f.has('what_they_said', ['insulted_you', 'disclosed_debt']);
  return [
    // A threat of violence is danger whoever's debt it is about.
    ...f.tag('collector_actions', f.list('collector_actions').filter((v) => v === 'threaten_harm')),
    ...f.tag('contacted_people', f.list('contacted_people').filter((v) => v === 'public_posts')),
    ...f.tag('what_they_said', f.list('what_they_said').filter((v) => v === 'shared_photos')),
    ...(blasted
      ? ['contacted_people=many_contacts', ...f.tag('what_they_said', f.list('what_they_said').filter((v) => ['insulted_you', 'disclosed_debt'].includes(v)))]
      : []),
  ];
}

/**
 * Contact that has happened and already reaches into the person's life: many people, work, or the debt told.
 * For someone who owes nothing, rule 3 as written: many people or work (property 4).
 */
function reachedBecause(f: Facts): string[] {
  const reached = f.tag('contacted_people', f.list('contacted_people').filter((v) => ['many_contacts', 'workplace'].includes(v)));
  if (f.noDebt && !f.liable) return reached;
  const told = f.list('what_they_said').filter((v) => ['disclosed_debt', 'insulted_you', 'demanded_payment'].includes(v));
  if (f.has('contacted_people', PEOPLE) && told.length > 0) {
    reached.push(...f.tag('contacted_people', f.list('contacted_people').filter((v) => PEOPLE.includes(v))), ...f.tag('what_they_said', told));
  }
  return [...new Set(reached)];
}

/**
 * Contact that is set up to happen (property 3): a 714 app, or an app whose lender is unlicensed or not yet
 * checked, holds the contact list with access perhaps still open, and the person is overdue. Held rather than
 * overdue: these loans run 7 to 14 days, and an answer about which debt is overdue must not make the level
 * fall when a lender is added. A guarantee has no app of the person's behind it: it never counts here.
 */
function exposedBecause(f: Facts): string[] {
  const apps = f.mayBeUnlicensed;
  if (apps.length === 0 || !f.isOverdue || !f.has('app_permissions', ['contacts']) || !permissionsOpen(f)) return [];
  const now = f.one('permissions_now');
  return [...f.kindTag(apps), `overdue=${f.overdue}`, 'app_permissions=contacts', ...(now ? [`permissions_now=${now}`] : [])];
}

/**
 * A visit announced by a 714 app's collectors, or an app lender's that is unlicensed or unchecked, is
 * intimidation: at least high. A private lender may ask in person: at least moderate, no more (property 2).
 * Held, not overdue, for the same reason as above (caution; a riskier answer never lowers the level).
 */
function visitBecause(f: Facts, kind: 'app' | 'private'): string[] {
  if (!f.scoredActions.includes('home_visit')) return [];
  const types = kind === 'app' ? f.mayBeUnlicensed : f.held.filter((v) => v === 'private');
  return types.length === 0 ? [] : [...f.kindTag(types), 'collector_actions=home_visit'];
}

const levelOf = (score: number): Level => (score >= THRESHOLD.high ? 'high' : score >= THRESHOLD.moderate ? 'moderate' : 'low');

export function floorsAndCaps(f: Facts, weighed: readonly Reason[]): Ruled {
  const reasons = [...weighed];
  let score = Math.round(100 * (1 - Math.exp(-total(reasons) / SCALE)));
  let level = levelOf(score);
  const raise = (to: Level) => {
    if (rank(to) > rank(level)) level = to;
    score = Math.max(score, THRESHOLD[to]);
  };

  const critical = criticalBecause(f);
  const reached = reachedBecause(f);
  const exposed = exposedBecause(f);
  const visit = visitBecause(f, 'app');
  const privateVisit = visitBecause(f, 'private');
  if (privateVisit.length > 0) raise('moderate');
  if (reached.length > 0 || exposed.length > 0 || visit.length > 0) {
    raise('high');
    // Under a critical result the critical reason says it all.
    if (critical.length === 0) {
      if (reached.length > 0) {
        // It says what `already_contacted` says, and more: show one of the two.
        const plain = reasons.findIndex((r) => r.id === 'already_contacted');
        if (plain >= 0) reasons.splice(plain, 1);
        reasons.push({id: 'already_reached', weight: 90, because: reached});
      }
      if (exposed.length > 0) reasons.push({id: 'contacts_exposed', weight: 89, because: exposed});
      if (visit.length > 0) reasons.push({id: 'visit_intimidation', weight: 88, because: visit});
    }
  }
  if (critical.length > 0) {
    raise('critical');
    reasons.push({id: 'critical_rule', weight: 100, because: [...new Set(critical)]});
  } else {
    score = Math.min(score, THRESHOLD.critical - 1);
  }

  // Someone who owes nothing (property 4): low unless rules 2 or 3 apply. A guarantor or co-borrower owes.
  if (f.noDebt && !f.liable) {
    if (critical.length === 0 && reached.length === 0) {
      level = 'low';
      score = Math.min(score, THRESHOLD.moderate - 1);
    }
    // Someone pursued over another person's debt is told why the level is low, not that their risk is.
    if (!f.thirdParty) reasons.push({id: 'no_debt', weight: 0, because: ['lenders=none']});
  } else if (f.overdue === 'not_yet' && f.actions.length === 0 && !f.contacted && !f.liable) {
    // Nothing overdue and nothing done yet: at most moderate. Once collectors act, the level follows what they did.
    if (critical.length === 0) {
      if (rank(level) > rank('moderate')) level = 'moderate';
      score = Math.min(score, THRESHOLD.high - 1);
    }
    reasons.push({id: 'not_overdue', weight: 0, because: ['overdue=not_yet']});
  }
  const other = f.one('someone_elses_debt');
  if (f.thirdParty && other) reasons.push({id: 'someone_elses_debt', weight: 0, because: [`someone_elses_debt=${other}`]});
  if (f.one('contact_status') === 'negotiating') reasons.push({id: 'in_touch', weight: 0, because: ['contact_status=negotiating']});
  if (f.has('app_permissions', ['none'])) reasons.push({id: 'no_permissions', weight: 0, because: ['app_permissions=none']});

  const ordered = reasons
    .map((r, i) => ({r, i}))
    .sort((a, b) => b.r.weight - a.r.weight || a.i - b.i)
    .map(({r}) => r);
  return {level, score, reasons: ordered};
}
