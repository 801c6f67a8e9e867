// What every screen of the web edition is given: the page's state and what it may do (source/web/app.ts
// carries it out).
import type {Content, Lang} from '../content/types.js';
import type {Action, State} from '../engine/questionnaire.js';
import type {Vars} from '../i18n/index.js';

export interface AppState {
  readonly flow: State;
  /** The document open over the results, if any. */
  readonly doc: string | undefined;
  readonly remember: boolean;
  /** The browser refused to store when "remember" was switched on. */
  readonly storageFailed: boolean;
  /** When the remembered answers were saved (the resume screen says so). */
  readonly savedAt: string | undefined;
  readonly confirmRestart: boolean;
  /** The selection on the question on screen, before Next confirms it. */
  readonly draft: readonly string[] | undefined;
  /** Next was pressed with nothing chosen. */
  readonly empty: boolean;
}

export interface ScreenContext {
  readonly content: Content;
  readonly state: AppState;
  readonly lang: Lang;
  t(key: string, vars?: Vars): string;
  act(action: Action): void;
  /** `same`: draw this screen again; `new`: another screen, whose heading takes the focus. */
  set(patch: Partial<AppState>, redraw?: false | 'same' | 'new'): void;
  say(text: string): void;
  copy(text: string, fallback: () => HTMLElement): void;
  setRemember(on: boolean): void;
  forget(): void;
}
