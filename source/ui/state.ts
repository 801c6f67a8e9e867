// The interface's state: what every screen shares (the questionnaire, what lasts one key, whether anything
// changed) plus the state of the one screen on display, as a union typed by its kind (`ScreenKind`, the one
// name for which screen). Each kind's module enters it (screens/<kind>.ts), so nothing of the previous
// screen lingers. Pure.
import {currentQuestion, optionsOf} from '../engine/selectors.js';
import type {Answers} from '../engine/conditions.js';
import type {State} from '../engine/questionnaire.js';
import type {PermissionId} from '../phone/permissions.js';
import type {Scan} from '../phone/scan.js';
import type {Tone} from './theme.js';

export {currentQuestion, optionsOf};

export interface Message {
  readonly text: string;
  readonly tone: Tone;
}

/** A destructive key pressed once: its warning is on the message line and the same key again does it. */
export type Confirm = 'restart' | 'startOver' | 'delete' | 'revoke';

/**
 * What lasts one key: shown (or asked) now, gone at the next key. Each update gets the previous key's as an
 * argument and returns a state with its own (nothing, unless it says something), so nothing is cleared and
 * then read back.
 */
export interface Once {
  /** On the message line (on the results, in place of the status line and the hints). */
  readonly message?: Message;
  /** A destructive key pressed once: the same key again does it; any other key cancels it. */
  readonly confirm?: Confirm;
  /**
   * The read (input chunk, numbered by the shell) the confirmation was asked in. A key of that same read
   * came before the question was on screen: it is dropped, neither confirming nor cancelling.
   */
  readonly askedIn?: number;
  /** The results: every key listed (`?`), over the bottom of the list. */
  readonly keys?: true;
  /** A question: how to pick a single choice, as a warning (Space, or Enter right after a number key). */
  readonly pickHint?: true;
  /**
   * A question: the previous one was answered with a number key and this one has had no key yet: an Enter
   * now is the habit of "number, Enter" from multiple choice, not a choice.
   */
  readonly afterNumberPick?: true;
}

export const NOTHING: Once = {};

/**
 * What the phone check found, while its screens are on display (never saved): the reading, the apps the
 * person marks as their loan apps (listed ones pre-marked), the highlighted row, what was switched off here.
 */
export interface PhoneFindings {
  readonly scan: Scan;
  readonly marked: readonly string[];
  readonly cursor: number;
  readonly switchedOff: readonly (readonly [pkg: string, group: PermissionId])[];
}

export type PhoneScreen =
  /** Reading the phone; after a confirmed switch-off, `switching` is what and `findings` what was shown. */
  | {
      readonly kind: 'phone';
      readonly step: 'reading';
      readonly progress: {readonly step: number; readonly of: number} | undefined;
      readonly findings?: PhoneFindings;
      readonly switching?: readonly [pkg: string, group: PermissionId];
    }
  | {readonly kind: 'phone'; readonly step: 'findings'; readonly findings: PhoneFindings}
  /** Which of the highlighted app's granted groups to switch off. */
  | {readonly kind: 'phone'; readonly step: 'revoke'; readonly findings: PhoneFindings; readonly cursor: number}
  /** The answers to questions 6-8 the marked apps give, before they are filled in. */
  | {readonly kind: 'phone'; readonly step: 'confirm'; readonly findings: PhoneFindings; readonly answers: Answers};

export type ScreenState =
  | {readonly kind: 'welcome'; readonly scroll: number}
  | {readonly kind: 'resume'; readonly cursor: number}
  | {
      readonly kind: 'question';
      readonly cursor: number;
      /** Multiple choice: options ticked on this screen, not yet confirmed. */
      readonly picked: readonly string[];
      /** `empty`: Enter with nothing ticked (until an option is ticked). */
      readonly hint: 'none' | 'empty';
    }
  | {
      readonly kind: 'results';
      readonly scroll: number;
      /** The highlighted row: the "tonight" rows first, then every checklist item. */
      readonly focus: number;
      /** The row whose item is open (why, steps, references), if any. */
      readonly open: number | undefined;
      /** The answers behind each reason are shown (`w`). */
      readonly why: boolean;
    }
  | {readonly kind: 'documents'; readonly cursor: number; readonly from: ResultsScreen}
  | {readonly kind: 'document'; readonly id: string; readonly scroll: number; readonly from: ResultsScreen}
  | PhoneScreen;

export type ScreenKind = ScreenState['kind'];
/** The state of one kind of screen. */
export type ScreenOf<K extends ScreenKind> = Extract<ScreenState, {kind: K}>;
export type ResultsScreen = ScreenOf<'results'>;

export interface UiState {
  readonly app: State;
  readonly screen: ScreenState;
  /** What the last key (or what came of it: a copy, a save) left for one key. */
  readonly once: Once;
  /** Something changed this run that the saved file must reflect (so --fresh then q keeps the old file). */
  readonly dirty: boolean;
}
