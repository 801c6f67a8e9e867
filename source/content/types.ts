// Types of the compiled content: what questions/ becomes after build-content validates it and adds zh-Hant.

import type {Lang} from './languages.js';

export {LANGS, type Lang} from './languages.js';
export type Localized = Readonly<Record<Lang, string>>;

export type Priority = 'now' | 'this_week' | 'ongoing';
export const PRIORITIES: readonly Priority[] = ['now', 'this_week', 'ongoing'];

export type Confidence = 'High' | 'Medium-High' | 'Medium' | 'Low-Medium' | 'Low' | 'UNCONFIRMED';

/**
 * Flags computed by scoring that checklist conditions may use (source/scoring/checklist.ts defines each). The
 * kind of a debt comes from source/scoring/lender.ts: a condition asks for a kind, never for `unknown_app`.
 * "Overdue" flags also hold for a debt being collected while nothing is overdue (docs/scoring.md).
 */
export const FLAGS = [
  'likelihood_high',
  'licensed_overdue',
  'bank_overdue',
  'micro_loan_overdue',
  'card_overdue',
  'unlicensed_app_overdue',
  'unverified_app_overdue',
  'private_overdue',
  'licensed_held',
  'bank_held',
  'micro_loan_held',
  'unlicensed_app_held',
  'unverified_app_held',
  'app_loan_held',
  'unclear_app_held',
  'being_collected',
  'improper_collection',
  'liable',
  'pursued_for_other',
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
  /**
   * The content version that added the question: a session saved under an earlier version, and saved past
   * where the question now sits, is asked it on resume when it applies and is unanswered.
   */
  readonly added?: string;
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
  /** Said only of a lender without a licence: plainly (`true`) or under a condition (source/content/schema.ts). */
  readonly unlicensedOnly?: true | 'conditional';
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

/** The answers of docs/contract.md ("The answer"), in the order they are tried (source/scoring/answer.ts). */
export const ANSWER_IDS = [
  'danger_call_police',
  'you_are_liable',
  'not_your_debt',
  'unlicensed_app',
  'private_lender',
  'unverified_lender',
  'licensed_crossed_line',
  'licensed_unreachable',
  'licensed_rules',
  'nothing_overdue',
  'no_debt',
  'depends',
] as const;
export type AnswerId = (typeof ANSWER_IDS)[number];

/** One answer: its sentences, each shown when its condition holds. */
export interface AnswerText {
  readonly id: AnswerId;
  readonly text: readonly Conditional<Localized>[];
}

export interface ReasonText {
  readonly id: string;
  readonly text: Localized;
}

/** The ready-to-send documents (a public contract: the JSON output and --letter name them), in display order. */
/**
 * The documents, in the order every output lists them: the one for someone called about another's debt
 * first among the letters that stop contact (it is usually the only letter such a person needs), the evidence
 * log, which goes with any of them, after the letters.
 */
export const DOCUMENT_IDS = [
  'deletion',
  'stop_third_party_contact',
  'contact_stop_and_delete',
  'complaint_to_lender',
  'complaint_to_regulator',
  'message_to_contacts',
  'note_for_employer',
  'report_illegal_lending',
  'evidence_log',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** Each block is shown when its condition holds, with the references behind what it says. */
interface BlockBase {
  readonly when?: Condition;
  readonly references?: readonly string[];
  /** As Conditional's. */
  readonly unlicensedOnly?: true | 'conditional';
}
/**
 * A part of a document: a paragraph (one line when copied: screens reflow it); lines (numbered unless
 * said otherwise), each shown
 * when its condition holds, and `otherwise` in their place when none does (a blank to fill in); or the
 * document's table. Lines say what the answers say as data: each is a whole sentence or phrase in each
 * language, never a fragment glued to another.
 */
export type DocumentBlock =
  | (BlockBase & {readonly text: Localized})
  | (BlockBase & {
      readonly list: readonly Conditional<Localized>[];
      readonly otherwise?: readonly Conditional<Localized>[];
      /** Default true; false: plain lines, such as the blanks of a letter's heading. */
      readonly numbered?: boolean;
    })
  | (BlockBase & {readonly table: true});

export interface TableColumn {
  readonly name: Localized;
  /** A licensed lender's rule for what goes in this column, labelled as theirs. */
  readonly limit?: Localized;
  readonly references?: readonly string[];
}

/** A table to fill in: a header, a row of the rules beside the columns, then empty rows. */
export interface DocumentTable {
  /** The first cell of the rules row (the first column has no rule of its own). */
  readonly rulesLabel: Localized;
  readonly columns: readonly TableColumn[];
  readonly emptyRows: number;
}

export interface DocumentContent {
  readonly id: DocumentId;
  /** When the answers call for it (read as the checklist's conditions are). */
  readonly when: Condition;
  readonly title: Localized;
  /** Whoever receives it reads Chinese: a reader of the English version is told to send the Chinese one. */
  readonly sendInChinese: boolean;
  /** What to send. */
  readonly text: readonly DocumentBlock[];
  /** How to send it and keep proof: never part of what is sent. */
  readonly howToSend: readonly DocumentBlock[];
  /** References behind the document as a whole; those of shown blocks are added. */
  readonly references: readonly string[];
  readonly table?: DocumentTable;
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
  readonly answers: readonly AnswerText[];
  readonly checklist: readonly ChecklistItem[];
  readonly references: readonly Reference[];
  readonly documents: readonly DocumentContent[];
  readonly ui: Readonly<Record<string, Localized>>;
}
