// Types of the compiled content: what questions/ becomes after build-content validates it and adds zh-Hant.

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export type Priority = 'now' | 'this_week' | 'ongoing';
export const PRIORITIES: readonly Priority[] = ['now', 'this_week', 'ongoing'];

export type Confidence = 'High' | 'Medium-High' | 'Medium' | 'Low-Medium' | 'Low' | 'UNCONFIRMED';

/** Flags computed by scoring that checklist conditions may use (source/scoring/checklist.ts defines each). */
export const FLAGS = [
  'likelihood_high',
  'licensed_overdue',
  'card_overdue',
  'unlicensed_app_overdue',
  'private_overdue',
  'improper_collection',
] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * A structured condition over earlier answers.
 * - `{q, in}`: question q is visible and its answer is (single) or contains (multi) one of the values.
 * - `{q, notIn}`: question q is visible and its answer, if any, is not / contains none of the values.
 * - `{q, atLeast}`: question q is visible and its answer has at least that many values.
 * - `{flag}`: a flag computed by scoring (only valid in checklist conditions).
 */
export type Condition =
  | { readonly q: string; readonly in: readonly string[] }
  | { readonly q: string; readonly notIn: readonly string[] }
  | { readonly q: string; readonly atLeast: number }
  | { readonly flag: Flag }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export interface Option {
  readonly value: string;
  readonly label: Localized;
  readonly exclusive?: boolean;
  readonly showIf?: Condition;
}

export interface Question {
  readonly id: string;
  readonly section: string;
  readonly type: 'single' | 'multi';
  readonly prompt: Localized;
  readonly help: Localized;
  readonly showIf?: Condition;
  readonly options: readonly Option[];
  /** Single choice: option values from least to most risky (monotonicity order). */
  readonly riskOrder?: readonly string[];
  /**
   * The content version in which the question's meaning changed: an answer saved under an earlier version
   * is kept as the starting selection and the question is asked again.
   */
  readonly revised?: string;
}

export interface Section {
  readonly id: string;
  readonly title: Localized;
}

export interface Conditional<T> {
  readonly when?: Condition;
  readonly text: T;
  /** References behind this text only: listed when it is shown. */
  readonly references?: readonly string[];
}

export interface ChecklistItem {
  readonly id: string;
  /** First matching rule wins. */
  readonly priority: readonly { readonly when?: Condition; readonly value: Priority }[];
  /** Absent: the item applies to everyone. */
  readonly when?: Condition;
  readonly title: Localized;
  /** Every matching paragraph is shown, in order. */
  readonly why: readonly Conditional<Localized>[];
  /** Every matching step is shown, in order. */
  readonly steps: readonly Conditional<Localized>[];
  /** References behind the item as a whole; those of shown paragraphs and steps are added. */
  readonly references: readonly string[];
}

export interface Reference {
  readonly id: string;
  readonly title: Localized;
  readonly url?: string;
  readonly confidence: Confidence;
}

export interface ReasonText {
  readonly id: string;
  readonly text: Localized;
}

export interface Letter {
  readonly title: Localized;
  readonly body: Localized;
  readonly references: readonly string[];
}

/**
 * The content with the texts of one language only (each Localized holds that one key): what a run loads
 * at start. It has the shape of Content, and is used as Content in that language.
 */
export type OneLanguage = Content;

/**
 * What the first frame needs of the content (the welcome and resume screens, the store's check of saved
 * answers): its questions and the interface's strings, the checklist's ids only.
 */
export type StartContent = Pick<Content, 'version' | 'reviewed' | 'sections' | 'questions' | 'ui'> & {
  readonly checklist: readonly {readonly id: string}[];
};

export interface Content {
  readonly version: string;
  readonly reviewed: string;
  readonly sections: readonly Section[];
  readonly questions: readonly Question[];
  readonly reasons: readonly ReasonText[];
  readonly checklist: readonly ChecklistItem[];
  readonly references: readonly Reference[];
  readonly letter: Letter;
  readonly ui: Readonly<Record<string, Localized>>;
}
