// Likelihood that collectors reach the people around the person: the lender types, how long and how widely
// the debt is overdue, how reachable the person is, what the lender can read from the phone, the emergency
// contacts given, and what collectors have done or threatened so far.
import type {Facts} from './facts.js';
import type {Tally} from './tally.js';
import {
  CONTACT_STATUS,
  EMERGENCY_CONTACTS,
  EXPOSURE,
  GUARANTEE,
  HOME_VISIT,
  LENDER,
  LOAN_TERMS,
  OVERDUE,
  OVERDUE_LENDERS,
  PERMISSION,
  PERMISSIONS_NOW,
  PHOTO_HARM,
  PRESSURE,
  THREATS,
  VIOLENCE_HARM,
  picked,
  sum,
} from './weights.js';

/** How much what collectors could use counts: in full when overdue is unanswered, or a guarantee is called in. */
export const exposureOf = (f: Facts) => (f.liable ? 1 : (EXPOSURE[f.overdue ?? ''] ?? 1));

/** Permissions still open, or perhaps open: an unanswered permissions_now counts as unsure. */
export const permissionsOpen = (f: Facts) => ['still_on', 'some_off', 'unsure'].includes(f.one('permissions_now') ?? 'unsure');

/**
 * The weight of a lender type: a small loan app whose contract names only licensed lenders weighs as another
 * licensed app; one without a licence, or not yet checked, as an app of unclear licence (caution).
 */
const lenderWeight = (f: Facts, type: string) =>
  type === 'unknown_app' && !f.mayBeUnlicensed.includes(type) ? LENDER.licensed_small! : LENDER[type]!;

/** The riskiest kind of lender held (lender.ts), and the types of that kind: the reason that names the lenders. */
function riskiestHeld(f: Facts, lenders: readonly string[]): {kind: 'unlicensed' | 'unverified' | 'private' | 'licensed'; types: readonly string[]} {
  const of = (test: (v: string) => boolean) => lenders.filter(test);
  const unlicensed = of((v) => v === 'high_cost_app' || (v === 'unknown_app' && f.lenderOfRecord.includes('none_named')));
  if (unlicensed.length > 0) return {kind: 'unlicensed', types: unlicensed};
  const unverified = of((v) => v === 'unknown_app' && f.mayBeUnlicensed.includes(v));
  if (unverified.length > 0) return {kind: 'unverified', types: unverified};
  const private_ = of((v) => v === 'private');
  if (private_.length > 0) return {kind: 'private', types: private_};
  return {kind: 'licensed', types: lenders};
}

export function likelihood(f: Facts, t: Tally): void {
  const lenders = picked(f.held, LENDER);
  const strongest = Math.max(0, ...lenders.map((v) => lenderWeight(f, v)));
  const {kind, types} = riskiestHeld(f, lenders);
  t.weigh(
    kind === 'unlicensed' ? 'lender_risky' : kind === 'unverified' ? 'lender_unverified' : kind === 'private' ? 'lender_private' : 'lender_licensed',
    strongest + 2 * Math.max(0, lenders.length - 1),
    f.kindTag(types),
  );
  // A guarantor or co-borrower owes under what they signed: a debt being collected, of a lender unknown to them.
  const other = f.one('someone_elses_debt');
  if (f.liable && other) t.weigh('liable', GUARANTEE, [`someone_elses_debt=${other}`]);

  if (f.overdue) t.weigh('overdue', OVERDUE[f.overdue] ?? 0, f.tag('overdue', [f.overdue]));
  const overdueLenders = f.one('overdue_lenders');
  if (overdueLenders) t.weigh('several_lenders', OVERDUE_LENDERS[overdueLenders] ?? 0, f.tag('overdue_lenders', [overdueLenders]));
  t.weigh('loan_terms', sum(f.list('loan_terms'), LOAN_TERMS), f.tag('loan_terms', picked(f.list('loan_terms'), LOAN_TERMS)));
  const status = f.one('contact_status');
  if (status) t.weigh('hard_to_reach', CONTACT_STATUS[status] ?? 0, f.tag('contact_status', [status]));

  const exposure = exposureOf(f);
  const granted = picked(f.list('app_permissions'), PERMISSION);
  const now = f.one('permissions_now');
  const factor = PERMISSIONS_NOW[now ?? 'unsure']!;
  const photoHarm = f.list('app_permissions').includes('photos') ? PHOTO_HARM : 0;
  t.weigh(
    f.list('app_permissions').includes('unsure') ? 'permissions_unsure' : permissionsOpen(f) ? 'permissions_on' : 'permissions_uploaded',
    (sum(granted, PERMISSION) * factor + photoHarm) * exposure,
    [...f.tag('app_permissions', granted), ...(granted.length > 0 && now ? f.tag('permissions_now', [now]) : [])],
  );

  const emergency = f.one('emergency_contacts');
  if (emergency) t.weigh('emergency_contacts', (EMERGENCY_CONTACTS[emergency] ?? 0) * exposure, f.tag('emergency_contacts', [emergency]));

  // What collectors did, whoever's debt it is about, except to someone who owes nothing (rule 4 keeps them low).
  const toContacts = f.scoredActions.filter((v) => v === 'threaten_contacts');
  t.weigh('threats', sum(toContacts, THREATS), f.tag('collector_actions', toContacts));
  if (f.scoredActions.includes('threaten_harm')) t.weigh('violence', THREATS.threaten_harm! + VIOLENCE_HARM, ['collector_actions=threaten_harm']);
  t.weigh('pressure', sum(f.scoredActions, PRESSURE), f.tag('collector_actions', picked(f.scoredActions, PRESSURE)));
  if (f.scoredActions.includes('home_visit')) t.weigh('home_visit', HOME_VISIT, ['collector_actions=home_visit']);
}
