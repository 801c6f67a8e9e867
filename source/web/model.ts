// What the page knows, as plain functions over the core (docs/web.md): the language a browser asks for and
// "remember on this phone", which keeps saved progress in the core's one format (docs/contract.md: ids
// only). No DOM here, so the rules are tested without a browser.
import type {Content, Lang} from '../content/types.js';
import type {State} from '../engine/questionnaire.js';
import {decodeSaved, encodeSaved, type SavedProgress} from '../engine/saved-file.js';
import {createSavedValidator} from '../engine/validate-saved.js';
import {langOfLocale} from '../i18n/index.js';

/** The browser's languages, best first: the first the tool is in, read as the terminal reads its locale. */
export function langFromTags(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const lang = langOfLocale(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The key of the one localStorage entry, written only when the person switches "remember" on. */
export const STORAGE_KEY = 'debt-privacy-check';

/**
 * The text "remember" keeps: the state as saved progress, in the terminal's format (source/engine/saved-file.ts;
 * docs/contract.md, saved progress): ids only.
 */
export function savedText(state: State, contentVersion: string, now: Date): string {
  const progress: SavedProgress = {
    answers: state.answers,
    ...(state.current === undefined ? {} : {current: state.current}),
    done: state.done,
    lang: state.lang,
    updatedAt: '',
  };
  return encodeSaved(progress, {contentVersion, updatedAt: now});
}

/**
 * Remembered progress read back as the terminal reads its file: exactly that format or nothing, then
 * read against the questions as they are now (answers no longer accepted and unknown items dropped).
 */
export function readSaved(content: Content, text: string | null): SavedProgress | undefined {
  const decoded = text ? decodeSaved(text) : undefined;
  return decoded && createSavedValidator(content)(decoded.progress, decoded.contentVersion).progress;
}
