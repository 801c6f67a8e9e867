// Who the lender is (docs/scoring.md, Who the lender is): the kind of each debt, from the lender type the
// person ticked and, for a small loan app of unclear licence, what its contract names. The tick alone never
// makes an app unlicensed: many such apps front a licensed bank, consumer-finance or micro-loan company. The
// whole content reads the kinds through this one function (the flags of checklist.ts), never `unknown_app`.
// Pure.

/**
 * - `bank`: a bank or consumer-finance company (card issuers included): the collection standard and the
 *   banking association's guideline; 12378.
 * - `micro_loan`: a micro-loan company: the micro-loan measures; the regulator of the province where it is
 *   registered.
 * - `unlicensed`: an app with no licensed lender behind it (a 714 app, or one whose contract names none).
 * - `unverified`: an app whose lender has not been checked: counted as unlicensed for the level (caution),
 *   but given only advice that is right whoever lent.
 * - `private`: a private person.
 */
export type LenderKind = 'bank' | 'micro_loan' | 'unlicensed' | 'unverified' | 'private';
export const LICENSED_KINDS: readonly LenderKind[] = ['bank', 'micro_loan'];

/**
 * The kinds a debt of this lender type may be. Big platforms and other licensed apps lend through a bank, a
 * consumer-finance company or a micro-loan company: which one, only the contract says, so both.
 */
export function kindsOf(type: string, lenderOfRecord: readonly string[]): LenderKind[] {
  switch (type) {
    case 'credit_card':
    case 'bank_loan':
      return ['bank'];
    case 'platform_loan':
    case 'licensed_small':
      return ['bank', 'micro_loan'];
    case 'high_cost_app':
      return ['unlicensed'];
    case 'private':
      return ['private'];
    case 'unknown_app': {
      const kinds: LenderKind[] = [];
      if (lenderOfRecord.includes('bank_or_cf')) kinds.push('bank');
      if (lenderOfRecord.includes('micro_loan')) kinds.push('micro_loan');
      if (lenderOfRecord.includes('none_named')) kinds.push('unlicensed');
      return kinds.length > 0 ? kinds : ['unverified'];
    }
    default:
      return [];
  }
}

/** The kinds of a set of debts (lender types), in the order of LenderKind's definition. */
export function kindsOfAll(types: readonly string[], lenderOfRecord: readonly string[]): Set<LenderKind> {
  return new Set(types.flatMap((t) => kindsOf(t, lenderOfRecord)));
}

/** A debt of this type may be (for the level: is counted as) one without a licence: unlicensed or unverified. */
export const mayBeUnlicensed = (type: string, lenderOfRecord: readonly string[]) =>
  kindsOf(type, lenderOfRecord).some((k) => k === 'unlicensed' || k === 'unverified');
