// The types every screen module shares: what a screen is laid out from (the context and the terminal's
// size), what it lays out (its body, in a frame typed by the screen's kind), what a key leads to (the next
// state and the effects to carry out), and the module each kind of screen is.
import type {Content} from '../content/types.js';
import type {Phase, State} from '../engine/questionnaire.js';
import type {ResultView} from '../output/present.js';
import type {PermissionId} from '../phone/permissions.js';
import type {AppFinding, PhoneFailure, Scan} from '../phone/scan.js';
import type {KeysOf, Matched} from './keymap.js';
import type {Once, ResultsScreen, ScreenKind, ScreenOf, UiState} from './state.js';
import type {Line} from './text.js';

export interface UiContext {
  readonly content: Content;
  /** Where progress is saved; undefined under --no-save. */
  readonly storePath: string | undefined;
  /** No path because there is no usable home folder (empty or relative HOME), not --no-save. */
  readonly noHome?: boolean;
  /** When the saved progress was saved (ISO), for the resume screen. */
  readonly savedAt: string | undefined;
  /** The result for these answers, in their language: derived, never stored (the caller memoises it). */
  readonly result: (app: State) => ResultView;
  /** The terminal's locale is not UTF-8 (LANG=C): the welcome says, in both languages, how to switch. */
  readonly localeHint?: boolean;
  /** Remembers the last results body, so moving the highlight or scrolling lays nothing out again. */
  readonly cache?: LayoutCache;
  /** adb was found at start: question 6 offers to check the phone instead of remembering. */
  readonly phoneCheck?: boolean;
}

export interface LayoutCache {
  /** The body laid out from `inputs` (each compared by identity), made again only when one of them changed. */
  results<T extends Body>(inputs: readonly unknown[], make: () => T): T;
}

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** A focusable row of a screen's body: lines [start, end), of which the first `title` are its title. */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly title: number;
}

/** What a screen lays out: its whole body (which the frame windows) and what the update needs of it. */
export interface Body {
  readonly lines: readonly Line[];
  /** Lines under the body that never scroll away (the results' status line). */
  readonly status?: readonly Line[];
  /** Values for the footer hints (e.g. the option count for "1-3 pick"). */
  readonly hintVars?: Readonly<Record<string, string | number>>;
  /** Focusable rows (results: "tonight" rows, then the checklist items; choices; documents). */
  readonly rows?: readonly RowSpan[];
  /** Heading lines: never the last line shown, or a heading would stand with nothing under it. */
  readonly headings?: ReadonlySet<number>;
}

/** The visible part of a body: from `top`, under `pinned` lines (an open item's title, kept on screen). */
export interface BodyWindow {
  readonly top: number;
  readonly pinned?: readonly Line[];
  /** Which row's title is pinned. */
  readonly pinnedRow?: number;
}

export type Payload =
  | {readonly kind: 'checklist'}
  | {readonly kind: 'short'}
  | {readonly kind: 'document'; readonly id: string};

export type Effect =
  | {readonly type: 'persist'}
  /** After another run changed the saved answers: save this run's over them (the person asked, with k). */
  | {readonly type: 'keep'}
  | {readonly type: 'copy'; readonly what: Payload}
  | {readonly type: 'export'; readonly what: Payload}
  | {readonly type: 'exit'; readonly code: number}
  /** Read the phone; the outcome comes back as a UiEvent. */
  | {readonly type: 'phoneScan'}
  /** Switch one group off for one app (confirmed), then read the phone again. */
  | {readonly type: 'phoneRevoke'; readonly app: AppFinding; readonly group: PermissionId}
  /** The phone screens were left: stop what is under way, and adb's server if it was started for this. */
  | {readonly type: 'phoneClose'};

/** What comes back from the phone while the person waits: not a key, fed to the update as one is. */
export type UiEvent =
  | {readonly event: 'phoneProgress'; readonly step: number; readonly of: number}
  | {readonly event: 'phoneScanned'; readonly scan: Scan}
  | {readonly event: 'phoneFailed'; readonly failure: PhoneFailure}
  | {
      readonly event: 'phoneRevoked';
      readonly app: string;
      readonly group: PermissionId;
      /** The Android permissions the phone refused to switch off. */
      readonly refused: readonly string[];
      /** The phone read again after the switch-off. */
      readonly scan: Scan;
    };

export interface Update {
  readonly ui: UiState;
  readonly effects: readonly Effect[];
}

/** One frame: every line on the screen for a state and a size, and what the update needs of it. */
export interface Frame<B extends Body = Body> {
  /** Which keys apply and which hints show: the screen's kind, or its kind and form (keymap.ts). */
  readonly keys: KeysOf;
  readonly width: number;
  /** Rows for the body. */
  readonly height: number;
  readonly body: B;
  readonly window: BodyWindow;
  /** Everything on the screen, top to bottom. */
  readonly lines: readonly Line[];
  /**
   * Body rows hidden under an overlay for this one frame (the results' full list of keys, or a message
   * longer than the status line and the hints it stands in for): the body is laid out as without it.
   */
  readonly covered?: number;
}

/**
 * What entering a kind of screen takes: a screen the questionnaire lands on (its phase) is built from the
 * questionnaire; the documents are opened from the results, and return to them as they were.
 */
export type EntryOf<K extends ScreenKind> = K extends Phase
  ? readonly [content: Content, app: State]
  : K extends 'documents'
    ? readonly [from: ResultsScreen]
    : K extends 'document'
      ? readonly [id: string, from: ResultsScreen]
      : readonly [];

/**
 * A kind of screen: how it is entered, its keys, its frame and what a key does on it. `screens/index.ts`
 * holds one per kind and the interface looks them up by the state's kind.
 */
export interface ScreenModule<K extends ScreenKind, B extends Body = Body> {
  /** The screen's state as it is entered: nothing of the previous screen lingers. */
  readonly enter: (...args: EntryOf<K>) => ScreenOf<K>;
  /** Which keys apply: the kind, or its form (a question is `question:single` or `question:multi`; the phone check has steps). */
  readonly keys: (ctx: UiContext, ui: UiState, screen: ScreenOf<K>) => KeysOf;
  readonly frame: (ctx: UiContext, ui: UiState, screen: ScreenOf<K>, size: Size) => Frame<B>;
  /**
   * The next state and the effects for a key on this screen, against the frame on display. `ui` comes
   * with nothing for one key; `was` is what the previous key left (a pending confirmation, a hint).
   */
  readonly update: (ctx: UiContext, ui: UiState, screen: ScreenOf<K>, frame: Frame<B>, matched: Matched, was: Once) => Update;
}
