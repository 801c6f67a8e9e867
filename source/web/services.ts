// The browser's side effects, each behind a function that never throws: localStorage (only when the person
// switched "remember" on), the clipboard, sharing, and the quick exit.
import {STORAGE_KEY} from './model.js';

export interface PageStore {
  read(): string | null;
  /** False when the browser refuses (private mode, some pages opened from a file or a content:// URL). */
  write(text: string): boolean;
  clear(): boolean;
}

export function browserStore(): PageStore {
  // Even reading window.localStorage can throw (a sandboxed or opaque origin): every access is guarded.
  return {
    read() {
      try {
        return window.localStorage.getItem(STORAGE_KEY);
      } catch {
        return null;
      }
    },
    write(text) {
      try {
        window.localStorage.setItem(STORAGE_KEY, text);
        return window.localStorage.getItem(STORAGE_KEY) === text;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        window.localStorage.removeItem(STORAGE_KEY);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Selects what an element shows, so the person can press the phone's own "copy". */
export function selectContents(el: HTMLElement): void {
  if (el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Copies with the Clipboard API where the page is a secure context (https, localhost, a file in most
 * browsers); otherwise, or when the browser refuses, selects the text and says so (docs/web.md).
 */
export async function copy(text: string, fallback: () => HTMLElement): Promise<'copied' | 'selected'> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return 'copied';
    } catch {
      // Refused (no permission, the page not focused): select instead.
    }
  }
  selectContents(fallback());
  return 'selected';
}

export const canShare = (): boolean => typeof navigator.share === 'function';

/** The Web Share API's sheet (WeChat, messages, mail…); the person cancelling it is not an error. */
export async function share(title: string, text: string): Promise<void> {
  try {
    await navigator.share({title, text});
  } catch {
    // Cancelled or refused: nothing to say.
  }
}

/** Leaves at once: the page's content gone from memory and screen, this entry replaced by a blank page. */
export function leave(wipe: () => void): void {
  try {
    wipe();
  } finally {
    window.location.replace('about:blank');
  }
}
