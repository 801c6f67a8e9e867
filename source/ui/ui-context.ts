// The context the screens are laid out from, as the interface builds it: the result remembered for the
// answers and language it was computed for, and a cache of the last results body.
import type {Content} from '../content/types.js';
import {present, type ResultView} from '../output/present.js';
import {assess} from '../scoring/score.js';
import type {UiContext} from './context.js';
import {createLayoutCache} from './chrome.js';

export interface UiContextOptions {
  /** The locale is not UTF-8: the welcome says how to switch to Chinese. */
  readonly localeHint?: boolean;
  /** adb was found: question 6 offers to check the phone. */
  readonly phoneCheck?: boolean;
  /** Nothing is saved for want of a usable home folder, not --no-save: the welcome says so. */
  readonly noHome?: boolean;
}

export function createUiContext(content: Content, storePath: string | undefined, savedAt: string | undefined, options: UiContextOptions = {}) {
  // Results are derived from answers, never stored.
  let last: {answers: unknown; lang: string; view: ResultView} | undefined;
  const result: UiContext['result'] = (app) => {
    if (last && last.answers === app.answers && last.lang === app.lang) return last.view;
    last = {answers: app.answers, lang: app.lang, view: present(content, assess(content, app.answers), app.lang)};
    return last.view;
  };
  const cache = createLayoutCache();
  return {content, storePath, noHome: options.noHome ?? false, savedAt, localeHint: options.localeHint ?? false, phoneCheck: options.phoneCheck ?? false, result, cache} satisfies UiContext;
}
