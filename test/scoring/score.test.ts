import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {type Answers, valuesOf} from '../../source/engine/conditions.js';
import {assess} from '../../source/scoring/score.js';
import {LEVELS, type Level} from '../../source/scoring/types.js';
import {anyAnswers, riskierMoves} from '../support/answers.js';
import {PUBLIC_CASES} from '../support/cases.js';

const rank = (level: Level) => LEVELS.indexOf(level);
const has = (answers: Answers, q: string, ...values: string[]) => valuesOf(answers[q]).some((v) => values.includes(v));
const PEOPLE = ['emergency_contacts', 'family', 'friends', 'workplace', 'many_contacts'];

/** The public calibration cases of PRODUCT.md §4, by name. */
const CASES: Record<string, {answers: Answers; level: Level}> = Object.fromEntries(
  Object.values(PUBLIC_CASES).map((c) => [c.name, c]),
);

describe('public calibration cases', () => {
  for (const [name, {answers, level}] of Object.entries(CASES)) {
    it(`${name} is ${level}`, () => {
      expect(assess(content, answers).level).toBe(level);
    });
  }

  it('case B explains itself with the 714 app, the permissions and the threats', () => {
    const reasons = assess(content, CASES['B 714 app, permissions on, threats']!.answers).reasons;
    const because = reasons.flatMap((r) => r.because);
    expect(because).toContain('lenders=high_cost_app');
    expect(because).toContain('app_permissions=contacts');
    expect(because).toContain('collector_actions=threaten_contacts');
  });

  it('case C names the blast as the strongest reason', () => {
    const [top] = assess(content, CASES['C already blasted']!.answers).reasons;
    expect(top?.because).toEqual(expect.arrayContaining(['contacted_people=many_contacts', 'what_they_said=disclosed_debt']));
  });
});

/** Property 2: critical exactly when one of these holds, over the answers that count. */
function criticalTrigger(a: Answers): boolean {
  return (
    has(a, 'collector_actions', 'threaten_harm') ||
    has(a, 'contacted_people', 'public_posts') ||
    has(a, 'what_they_said', 'shared_photos') ||
    (has(a, 'contacted_people', 'many_contacts') && has(a, 'what_they_said', 'insulted_you', 'disclosed_debt'))
  );
}

const RUNS = {numRuns: 1500};

describe('scoring properties (PRODUCT.md §4)', () => {
  it('1. monotone: a riskier answer never lowers the level or the score', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const base = assess(content, answers);
        for (const riskier of riskierMoves(content, answers)) {
          const next = assess(content, riskier);
          expect(rank(next.level), JSON.stringify({answers, riskier})).toBeGreaterThanOrEqual(rank(base.level));
          expect(next.score, JSON.stringify({answers, riskier})).toBeGreaterThanOrEqual(base.score);
        }
      }),
      {numRuns: 400},
    );
  });

  it('1. monotone along the examples the spec gives', () => {
    const base = CASES['A card, early, in touch']!.answers;
    const later = assess(content, {...base, overdue: 'd31_90'});
    expect(later.score).toBeGreaterThan(assess(content, base).score);
    const unreachable = assess(content, {...base, contact_status: 'unreachable'});
    expect(unreachable.score).toBeGreaterThan(assess(content, base).score);
  });

  it('2. critical exactly when there is immediate danger or public exposure', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const result = assess(content, answers);
        expect(result.level === 'critical').toBe(criticalTrigger(result.answers));
      }),
      RUNS,
    );
  });

  it('2. how the person feels sets crisis, never the level', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.constantFrom('coping', 'stressed', 'overwhelmed'), (answers, wellbeing) => {
        const withFeeling = assess(content, {...answers, wellbeing});
        const without = assess(content, {...answers, wellbeing: 'coping'});
        expect(withFeeling.level).toBe(without.level);
        expect(withFeeling.score).toBe(without.score);
        expect(withFeeling.crisis).toBe(wellbeing === 'overwhelmed');
      }),
      RUNS,
    );
  });

  it('3. at least high when many contacts or the workplace were contacted, or a risky app is overdue with contacts access open', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const result = assess(content, answers);
        const a = result.answers;
        const contacted = has(a, 'contacted_people', 'many_contacts', 'workplace');
        const appOpen =
          has(a, 'lenders', 'high_cost_app', 'unknown_app') &&
          a.overdue !== undefined &&
          a.overdue !== 'not_yet' &&
          has(a, 'app_permissions', 'contacts') &&
          has(a, 'permissions_now', 'still_on', 'some_off', 'unsure');
        if (contacted || appOpen) expect(rank(result.level)).toBeGreaterThanOrEqual(rank('high'));
      }),
      RUNS,
    );
  });

  it('4. low without debt, at most moderate when nothing is overdue', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const noDebt = assess(content, {...answers, lenders: ['none']});
        expect(noDebt.level).toBe('low');
        const notYet = assess(content, {...answers, lenders: valuesOf(answers.lenders).includes('none') ? ['bank_loan'] : answers.lenders ?? ['bank_loan'], overdue: 'not_yet'});
        expect(rank(notYet.level)).toBeLessThanOrEqual(rank('moderate'));
      }),
      RUNS,
    );
  });

  it('5. stage follows who has been contacted, then overdue or threats', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const result = assess(content, answers);
        const a = result.answers;
        const expected = has(a, 'contacted_people', ...PEOPLE, 'public_posts')
          ? 'happening'
          : (a.overdue !== undefined && a.overdue !== 'not_yet') || valuesOf(a.collector_actions).some((v) => v !== 'none')
            ? 'warning_signs'
            : 'prevention';
        expect(result.stage).toBe(expected);
      }),
      RUNS,
    );
  });

  it('6. every reason names answers that were given and count, strongest first', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const result = assess(content, answers);
        for (const reason of result.reasons) {
          expect(reason.because.length).toBeGreaterThan(0);
          for (const pair of reason.because) {
            const [q, v] = pair.split('=');
            expect(valuesOf(result.answers[q!]), pair).toContain(v);
          }
          expect(content.reasons.some((r) => r.id === reason.id), reason.id).toBe(true);
        }
        const weights = result.reasons.map((r) => r.weight);
        expect(weights).toEqual([...weights].sort((x, y) => y - x));
      }),
      RUNS,
    );
  });

  it('7. deterministic: same answers in any key order give the same result', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        const first = assess(content, answers);
        expect(assess(content, answers)).toEqual(first);
        expect(assess(content, reversed)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('8. partial answers give a result marked incomplete; a full walk is complete', () => {
    const partial = assess(content, {lenders: ['high_cost_app'], overdue: 'd1_30'});
    expect(partial.complete).toBe(false);
    expect(LEVELS).toContain(partial.level);
    for (const {answers} of Object.values(CASES)) {
      // The published cases leave some visible questions unanswered ("others unanswered").
      expect(typeof assess(content, answers).complete).toBe('boolean');
    }
    const full = assess(content, {...CASES['C already blasted']!.answers, loan_terms: ['none'], emergency_contacts: 'family', shared_info: ['none'], evidence: 'some'});
    expect(full.complete).toBe(true);
  });

  it('answers that carry no weight are reported: call log on an iPhone, hidden questions', () => {
    const result = assess(content, {lenders: ['none'], overdue: 'd1_30', phone: 'iphone', app_permissions: ['contacts', 'sms']});
    expect(result.ignored).toEqual(expect.arrayContaining(['overdue=d1_30', 'app_permissions=sms']));
    const withoutSms = assess(content, {lenders: ['none'], phone: 'iphone', app_permissions: ['contacts']});
    expect(result.score).toBe(withoutSms.score);
  });
});

describe('the checklist', () => {
  it('always has the permissions habit, and crisis support first when overwhelmed', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const result = assess(content, answers);
        expect(result.checklist.map((c) => c.id)).toContain('review_permissions_regularly');
        const order = result.checklist.map((c) => ['now', 'this_week', 'ongoing'].indexOf(c.priority));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }),
      {numRuns: 300},
    );
    const crisis = assess(content, {...CASES['A card, early, in touch']!.answers, wellbeing: 'overwhelmed'});
    expect(crisis.checklist.find((c) => c.id === 'crisis_support')?.priority).toBe('now');
  });

  it('a threat of harm brings the police item, a 714 app with open permissions the revoke item', () => {
    const threat = assess(content, {lenders: ['credit_card'], overdue: 'd31_90', collector_actions: ['threaten_harm']});
    expect(threat.checklist.map((c) => c.id)).toContain('call_police');
    const b = assess(content, CASES['B 714 app, permissions on, threats']!.answers);
    expect(b.checklist.map((c) => c.id)).toEqual(expect.arrayContaining(['revoke_permissions', 'report_illegal_lending', 'brief_your_contacts']));
    const a = assess(content, CASES['A card, early, in touch']!.answers);
    expect(a.checklist.map((c) => c.id)).not.toContain('call_police');
  });
});

describe('designed behaviour beyond the public cases', () => {
  it('a licensed loan that is not overdue stays low even with contacts access and an employer given', () => {
    const result = assess(content, {
      lenders: ['bank_loan'],
      overdue: 'not_yet',
      phone: 'xiaomi',
      app_permissions: ['contacts'],
      permissions_now: 'still_on',
      emergency_contacts: 'family',
      shared_info: ['employer'],
      wellbeing: 'stressed',
    });
    expect(result.level).toBe('low');
    expect(result.stage).toBe('prevention');
  });

  it('a 714 app not yet overdue with contacts access on is moderate: prevention, but real exposure', () => {
    const result = assess(content, {
      lenders: ['high_cost_app'],
      overdue: 'not_yet',
      loan_terms: ['upfront_deduction', 'short_term'],
      phone: 'other_android',
      app_permissions: ['contacts', 'sms'],
      permissions_now: 'still_on',
      emergency_contacts: 'family',
      wellbeing: 'stressed',
    });
    expect(result.level).toBe('moderate');
    expect(result.checklist.map((c) => c.id)).toContain('revoke_permissions');
  });

  it('being unreachable long overdue with contacts access on is high: the rules let collectors turn to others', () => {
    const result = assess(content, {
      lenders: ['platform_loan'],
      overdue: 'd181_plus',
      overdue_lenders: 'one',
      contact_status: 'unreachable',
      phone: 'other_android',
      app_permissions: ['contacts'],
      permissions_now: 'still_on',
      emergency_contacts: 'family',
      collector_actions: ['frequent_calls'],
      contacted_people: ['none'],
    });
    expect(result.level).toBe('high');
    expect(result.reasons.map((r) => r.id)).toContain('hard_to_reach');
  });
});
