// The weights of the assessment. Every weight is non-negative and grows along each
// question's risk order, so a riskier answer can never lower the result.

export type Weights = Readonly<Record<string, number>>;

/** The values that weigh something. */
export const picked = (values: readonly string[], weights: Weights) => values.filter((v) => (weights[v] ?? 0) > 0);
export const sum = (values: readonly string[], weights: Weights) => values.reduce((s, v) => s + (weights[v] ?? 0), 0);

/** Lender types by how often they are reported to contact third parties (714 apps are known for 爆通讯录). */
export const LENDER: Weights = {
  credit_card: 4,
  bank_loan: 4,
  platform_loan: 6,
  licensed_small: 10,
  private: 12,
  unknown_app: 18,
  high_cost_app: 24,
};
/**
 * A guarantee or co-borrowing called in: owed under what was signed, scored as an overdue debt (d1_30) of a
 * lender the person cannot check (as unknown_app): 18 + 8.
 */
export const GUARANTEE = 26;
export const OVERDUE: Weights = {not_yet: 0, d1_30: 8, d31_90: 14, d91_180: 18, d181_plus: 20};
export const OVERDUE_LENDERS: Weights = {one: 0, two_three: 4, four_plus: 8};
/** Signs of illegal lending (and rolling debts over): such lenders are the ones that use the contact list. */
export const LOAN_TERMS: Weights = {upfront_deduction: 3, short_term: 3, rollover: 3, no_contract: 3};
/** The licensed lenders' rules let collectors turn to third parties only when the debtor cannot be reached. */
export const CONTACT_STATUS: Weights = {negotiating: 0, sometimes: 3, avoiding: 10, unreachable: 18};
/** What the lender could read from the phone. */
export const PERMISSION: Weights = {contacts: 10, call_log: 6, sms: 5, photos: 3, location: 2, unsure: 6};
/** Switching permissions off stops future reads only: what was uploaded stays uploaded. */
export const PERMISSIONS_NOW: Weights = {uninstalled: 0.6, all_off: 0.6, some_off: 0.8, unsure: 0.9, still_on: 1};
/** Photos can also be misused in what is sent to others. */
export const PHOTO_HARM = 4;
/**
 * What collectors could use (permissions, emergency contacts, shared details) matters in proportion to how
 * close collection is: while nothing is overdue there is no collection, early on it is mostly the debtor
 * who is called. Unknown (unanswered) counts in full.
 */
export const EXPOSURE: Weights = {not_yet: 0.4, d1_30: 0.8, d31_90: 1, d91_180: 1, d181_plus: 1};
export const EMERGENCY_CONTACTS: Weights = {none: 0, unsure: 3, family: 6, friends_or_colleagues: 7};
/**
 * Details that lead collectors to people around the person, and hurt when misused. Routine identity checks
 * weigh nothing: every licensed lender takes an ID photo and a face scan, and a WeChat, QQ or Alipay login
 * gives the lender no friends list.
 */
export const SHARED: Weights = {employer: 14, home_address: 7, id_photos: 0, social_accounts: 0};
export const THREATS: Weights = {threaten_contacts: 16, threaten_harm: 8};
/** A threat of violence hurts whether or not it is carried out. */
export const VIOLENCE_HARM = 15;
export const PRESSURE: Weights = {
  frequent_calls: 4,
  late_night: 3,
  insults: 4,
  impersonation: 4,
  fake_documents: 4,
  inflated_amount: 3,
};
/** A licensed lender may visit lawfully; being told someone will come still weighs. */
export const HOME_VISIT = 6;
export const CONTACTED: Weights = {
  unsure: 5,
  emergency_contacts: 10,
  family: 12,
  friends: 12,
  workplace: 16,
  many_contacts: 20,
  public_posts: 20,
};
export const CONTACTED_HARM: Weights = {workplace: 10, many_contacts: 8, public_posts: 20};
export const SAID_HARM: Weights = {
  locate_only: 0,
  unsure: 4,
  demanded_payment: 8,
  disclosed_debt: 10,
  insulted_you: 10,
  shared_photos: 20,
};

/** total (likelihood + harm points) -> 0..100, saturating. */
export const SCALE = 80;
