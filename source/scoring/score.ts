// Risk assessment (PRODUCT.md §4): answers -> level, score, stage, reasons and the checklist that applies.
// Pure. Two ideas drive it: how LIKELY collectors are to reach the people around the person, and how much
// HARM it does when they do. Every weight is non-negative and grows along each question's risk order, so a
// riskier answer can never lower the result; the hard rules of §4 are floors and caps on top of the score.
import type {Content, Flag, Priority} from '../content/types.js';
import {PRIORITIES} from '../content/types.js';
import {type Answers, evaluate, valuesOf, visibleIds} from '../engine/conditions.js';
import {isComplete, normalizeAnswers} from '../engine/questionnaire.js';
import type {Assessment, Level, Reason, Stage} from './types.js';

type Weights = Readonly<Record<string, number>>;

/** Lender types by how often they are reported to contact third parties (714 apps are known for 爆通讯录). */
const LENDER: Weights = {
  credit_card: 4,
  bank_loan: 4,
  platform_loan: 6,
  licensed_small: 10,
  private: 12,
  unknown_app: 18,
  high_cost_app: 24,
};
const OVERDUE: Weights = {not_yet: 0, d1_30: 8, d31_90: 14, d91_180: 18, d181_plus: 20};
const OVERDUE_LENDERS: Weights = {one: 0, two_three: 4, four_plus: 8};
/** Signs of illegal lending: such lenders are the ones that use the contact list. */
const LOAN_TERMS: Weights = {upfront_deduction: 3, short_term: 3, rollover: 3, no_contract: 3};
/** The rules let collectors turn to third parties mainly when the debtor cannot be reached. */
const CONTACT_STATUS: Weights = {negotiating: 0, sometimes: 3, avoiding: 10, unreachable: 18};
/** What the lender could read from the phone. */
const PERMISSION: Weights = {contacts: 10, call_log: 6, sms: 5, photos: 3, location: 2, unsure: 6};
/** Switching permissions off stops future reads only: what was uploaded stays uploaded. */
const PERMISSIONS_NOW: Weights = {uninstalled: 0.6, all_off: 0.6, some_off: 0.8, unsure: 0.9, still_on: 1};
/**
 * What collectors could use (permissions, emergency contacts, shared details) matters in proportion to how
 * close collection is: while nothing is overdue there is no collection, early on it is mostly the debtor
 * who is called. Unknown (unanswered) counts in full.
 */
const EXPOSURE: Weights = {not_yet: 0.4, d1_30: 0.8, d31_90: 1, d91_180: 1, d181_plus: 1};
const EMERGENCY_CONTACTS: Weights = {none: 0, unsure: 3, family: 6, friends_or_colleagues: 7};
const SHARED_LIKELIHOOD: Weights = {employer: 4, social_accounts: 3, home_address: 2, id_photos: 1};
const SHARED_HARM: Weights = {employer: 10, id_photos: 8, social_accounts: 5, home_address: 5};
const ACTIONS: Weights = {
  frequent_calls: 4,
  late_night: 3,
  insults: 4,
  threaten_contacts: 16,
  threaten_harm: 8,
  impersonation: 4,
  fake_documents: 4,
  inflated_amount: 3,
};
const CONTACTED: Weights = {
  unsure: 5,
  emergency_contacts: 10,
  family: 12,
  friends: 12,
  workplace: 16,
  many_contacts: 20,
  public_posts: 20,
};
const CONTACTED_HARM: Weights = {workplace: 10, many_contacts: 8, public_posts: 20};
const SAID_HARM: Weights = {
  locate_only: 0,
  unsure: 4,
  demanded_payment: 8,
  disclosed_debt: 10,
  insulted_you: 10,
  shared_photos: 20,
};

const PEOPLE = ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts'];
const LICENSED = ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small'];
const RISKY_APPS = ['unknown_app', 'high_cost_app'];

/** total (likelihood + harm points) -> 0..100, saturating. */
const SCALE = 80;
const THRESHOLD: Readonly<Record<Level, number>> = {low: 0, moderate: 25, high: 55, critical: 85};
const RANK: Readonly<Record<Level, number>> = {low: 0, moderate: 1, high: 2, critical: 3};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function assess(content: Content, given: Answers): Assessment {
  const answers = normalizeAnswers(content.questions, given);
  // In content order, so the result never depends on the order the answers were given in.
  const ignored = content.questions.flatMap(({id: q}) => {
    const kept = valuesOf(answers[q]);
    return valuesOf(given[q])
      .filter((v) => !kept.includes(v))
      .map((v) => `${q}=${v}`);
  });
  const visible = visibleIds(content.questions, answers);
  const list = (q: string) => valuesOf(answers[q]);
  const one = (q: string) => list(q)[0];
  const has = (q: string, values: readonly string[]) => list(q).some((v) => values.includes(v));

  const reasons: Reason[] = [];
  // Every point of the score comes through here, so each reason's weight is its real share of the score.
  const add = (id: string, weight: number, because: readonly string[]) => {
    if (because.length > 0 && weight > 0) reasons.push({id, weight: round1(weight), because});
  };
  const picked = (q: string, weights: Weights) => list(q).filter((v) => (weights[v] ?? 0) > 0);
  const sum = (q: string, weights: Weights) => list(q).reduce((s, v) => s + (weights[v] ?? 0), 0);
  const tag = (q: string, values: readonly string[]) => values.map((v) => `${q}=${v}`);

  // Likelihood that collectors reach the people around the person.
  const lenders = picked('lenders', LENDER);
  const strongestLender = Math.max(0, ...lenders.map((v) => LENDER[v]!));
  const lenderPoints = strongestLender + 2 * Math.max(0, lenders.length - 1);
  const riskyLenders = lenders.filter((v) => LENDER[v]! >= LENDER.private!);
  add(
    riskyLenders.length > 0 ? 'lender_risky' : 'lender_licensed',
    lenderPoints,
    tag('lenders', riskyLenders.length > 0 ? riskyLenders : lenders),
  );

  const overdue = one('overdue');
  const overduePoints = OVERDUE[overdue ?? ''] ?? 0;
  const exposure = EXPOSURE[overdue ?? ''] ?? 1;
  if (overduePoints > 0) add('overdue', overduePoints, tag('overdue', [overdue!]));
  const overdueLenders = one('overdue_lenders');
  if (overdueLenders && OVERDUE_LENDERS[overdueLenders]) {
    add('several_lenders', OVERDUE_LENDERS[overdueLenders]!, tag('overdue_lenders', [overdueLenders]));
  }
  add('loan_terms', sum('loan_terms', LOAN_TERMS), tag('loan_terms', picked('loan_terms', LOAN_TERMS)));
  const status = one('contact_status');
  if (status && CONTACT_STATUS[status]) add('hard_to_reach', CONTACT_STATUS[status]!, tag('contact_status', [status]));

  const permissions = picked('app_permissions', PERMISSION);
  const permissionsNow = one('permissions_now');
  const factor = permissionsNow ? PERMISSIONS_NOW[permissionsNow]! : PERMISSIONS_NOW.unsure!;
  // Photos can also be misused in what is sent to others.
  const photoHarm = list('app_permissions').includes('photos') ? 4 : 0;
  const permissionPoints = (sum('app_permissions', PERMISSION) * factor + photoHarm) * exposure;
  const stillOpen = permissionsNow !== undefined && ['still_on', 'some_off', 'unsure'].includes(permissionsNow);
  add(
    list('app_permissions').includes('unsure')
      ? 'permissions_unsure'
      : stillOpen || permissionsNow === undefined
        ? 'permissions_on'
        : 'permissions_uploaded',
    permissionPoints,
    [...tag('app_permissions', permissions), ...(permissions.length > 0 && permissionsNow ? tag('permissions_now', [permissionsNow]) : [])],
  );

  const emergency = one('emergency_contacts');
  if (emergency && EMERGENCY_CONTACTS[emergency]) {
    add('emergency_contacts', EMERGENCY_CONTACTS[emergency]! * exposure, tag('emergency_contacts', [emergency]));
  }

  const actionPoints = sum('collector_actions', ACTIONS);
  const threats = list('collector_actions').filter((v) => ['threaten_contacts', 'threaten_harm'].includes(v));
  const pressure = picked('collector_actions', ACTIONS).filter((v) => !threats.includes(v));
  const threatHarm = threats.includes('threaten_harm') ? 15 : 0;
  add('threats', threats.reduce((s, v) => s + ACTIONS[v]!, 0) + threatHarm, tag('collector_actions', threats));
  add('pressure', actionPoints - threats.reduce((s, v) => s + ACTIONS[v]!, 0), tag('collector_actions', pressure));

  const contacted = picked('contacted_people', CONTACTED);
  const contactedPoints = Math.max(0, ...contacted.map((v) => CONTACTED[v]!)) + 3 * Math.max(0, contacted.length - 1);

  // Harm if (or as) they do.
  const sharedHarm = (sum('shared_info', SHARED_HARM) + sum('shared_info', SHARED_LIKELIHOOD)) * exposure;
  add('shared_info', sharedHarm, tag('shared_info', picked('shared_info', SHARED_HARM)));
  const contactedHarm = sum('contacted_people', CONTACTED_HARM);
  add('already_contacted', contactedPoints + contactedHarm, tag('contacted_people', contacted));
  const said = picked('what_they_said', SAID_HARM);
  add('what_they_said', sum('what_they_said', SAID_HARM), tag('what_they_said', said));
  const total = reasons.reduce((points, r) => points + r.weight, 0);
  let score = Math.round(100 * (1 - Math.exp(-total / SCALE)));
  let level: Level = score >= THRESHOLD.high ? 'high' : score >= THRESHOLD.moderate ? 'moderate' : 'low';

  // Hard rules (§4). Critical means immediate danger or public exposure, and nothing else.
  const isOverdue = overdue !== undefined && overdue !== 'not_yet';
  const critical: string[] = [
    ...tag('collector_actions', list('collector_actions').filter((v) => v === 'threaten_harm')),
    ...tag('contacted_people', list('contacted_people').filter((v) => v === 'public_posts')),
    ...tag('what_they_said', list('what_they_said').filter((v) => v === 'shared_photos')),
    ...(has('contacted_people', ['many_contacts']) && has('what_they_said', ['insulted_you', 'disclosed_debt'])
      ? ['contacted_people=many_contacts', ...tag('what_they_said', list('what_they_said').filter((v) => ['insulted_you', 'disclosed_debt'].includes(v)))]
      : []),
  ];
  // At least high (§4 property 3, and a debt already told to people the person knows): two situations,
  // each its own reason so the words fit — contact that has happened, and contact that is set up to happen.
  const reached: string[] = tag(
    'contacted_people',
    list('contacted_people').filter((v) => ['many_contacts', 'workplace'].includes(v)),
  );
  const told = list('what_they_said').filter((v) => ['disclosed_debt', 'insulted_you', 'demanded_payment'].includes(v));
  if (has('contacted_people', PEOPLE) && told.length > 0) {
    reached.push(...tag('contacted_people', list('contacted_people').filter((v) => PEOPLE.includes(v))), ...tag('what_they_said', told));
  }
  const exposed: string[] = [];
  const appsOverdue = list('lenders').filter((v) => RISKY_APPS.includes(v));
  if (appsOverdue.length > 0 && isOverdue && list('app_permissions').includes('contacts') && stillOpen) {
    exposed.push(...tag('lenders', appsOverdue), `overdue=${overdue}`, 'app_permissions=contacts', `permissions_now=${permissionsNow}`);
  }
  const raise = (to: Level) => {
    if (RANK[to] > RANK[level]) level = to;
    score = Math.max(score, THRESHOLD[to]);
  };
  if (reached.length > 0 || exposed.length > 0) {
    raise('high');
    // Under a critical result the critical reason says it all.
    if (critical.length === 0 && reached.length > 0) {
      // It says what `already_contacted` says, and more: show one of the two.
      const plain = reasons.findIndex((r) => r.id === 'already_contacted');
      if (plain >= 0) reasons.splice(plain, 1);
      reasons.push({id: 'already_reached', weight: 90, because: [...new Set(reached)]});
    }
    if (critical.length === 0 && exposed.length > 0) reasons.push({id: 'contacts_exposed', weight: 89, because: exposed});
  }
  if (critical.length > 0) {
    raise('critical');
    reasons.push({id: 'critical_rule', weight: 100, because: [...new Set(critical)]});
  } else {
    score = Math.min(score, THRESHOLD.critical - 1);
  }
  if (list('lenders').includes('none')) {
    level = 'low';
    score = Math.min(score, THRESHOLD.moderate - 1);
    reasons.push({id: 'no_debt', weight: 0, because: ['lenders=none']});
  } else if (overdue === 'not_yet') {
    if (RANK[level] > RANK.moderate) level = 'moderate';
    score = Math.min(score, THRESHOLD.high - 1);
    reasons.push({id: 'not_overdue', weight: 0, because: ['overdue=not_yet']});
  }
  if (status === 'negotiating') reasons.push({id: 'in_touch', weight: 0, because: ['contact_status=negotiating']});
  if (list('app_permissions').includes('none')) reasons.push({id: 'no_permissions', weight: 0, because: ['app_permissions=none']});

  // Reasons: strongest first; ties keep the order above (deterministic).
  const ordered = reasons
    .map((r, i) => ({r, i}))
    .sort((a, b) => b.r.weight - a.r.weight || a.i - b.i)
    .map(({r}) => r);

  const stage: Stage = has('contacted_people', [...PEOPLE, 'public_posts'])
    ? 'happening'
    : isOverdue || picked('collector_actions', ACTIONS).length > 0
      ? 'warning_signs'
      : 'prevention';

  const flags = new Set<Flag>();
  if (RANK[level] >= RANK.high) flags.add('likelihood_high');
  if (isOverdue && has('lenders', LICENSED)) flags.add('licensed_overdue');

  const ctx = {answers, visible, flags};
  const checklist = content.checklist
    .filter((item) => !item.when || evaluate(item.when, ctx))
    .map((item) => ({
      id: item.id,
      priority: (item.priority.find((p) => !p.when || evaluate(p.when, ctx))?.value ?? 'ongoing') as Priority,
    }))
    .map((item, i) => ({item, i}))
    .sort((a, b) => PRIORITIES.indexOf(a.item.priority) - PRIORITIES.indexOf(b.item.priority) || a.i - b.i)
    .map(({item}) => item);

  return {
    level,
    score,
    stage,
    complete: isComplete(content.questions, answers),
    crisis: one('wellbeing') === 'overwhelmed',
    reasons: ordered,
    checklist,
    flags,
    answers,
    ignored,
  };
}

