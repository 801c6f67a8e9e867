// Deterministic rendering of the app under ink-testing-library: render, every key and cleanup
// inside act(), named keys, no sleeps.
import {cleanup, render} from 'ink-testing-library';
import {act} from 'react';
import {readContent} from '../../source/platform/content-files.js';
import type {Content, Lang} from '../../source/content/types.js';
import {createMemoryStore, type MemoryStore} from '../support/memory-store.js';
import type {SavedProgress, StoreNotice} from '../../source/persistence/types.js';
import type {Clipboard, CopyOutcome} from '../../source/services/types.js';
import {App} from '../../source/ui/app.js';
import type {PhoneLink} from '../../source/ui/phone-link.js';
import {savedStart, startState} from '../../source/ui/start.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  enter: '\r',
  space: ' ',
  backspace: '\u007F',
  escape: '\u001B',
  ctrlC: '\u0003',
} as const;

export const NOW = new Date('2026-05-01T23:40:00');

export class FakeClipboard implements Clipboard {
  readonly copied: string[] = [];
  constructor(private readonly outcome: CopyOutcome = {method: 'system'}) {}
  async copy(text: string): Promise<CopyOutcome> {
    this.copied.push(text);
    return this.outcome;
  }
}

export interface Harness {
  readonly store: MemoryStore;
  readonly clipboard: FakeClipboard;
  readonly exports: {dir: string; basename: string; text: string}[];
  readonly exits: number[];
  /** The languages whose content the interface asked for, in order: it reads only the one on screen. */
  readonly languagesRead: Lang[];
  frame(): string;
  press(...keys: string[]): Promise<void>;
  /** Writes several keys as ONE chunk, as a fast typist, a paste or a slow SSH link delivers them. */
  chunk(data: string): Promise<void>;
  /** Lets what is under way (a phone reading) finish, polling inside act() until the frame shows `text`. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
  unmount(): Promise<void>;
}

export interface HarnessOptions {
  readonly lang?: Lang;
  readonly langFromFlag?: boolean;
  readonly initial?: SavedProgress;
  readonly notices?: readonly StoreNotice[];
  readonly path?: string | null;
  readonly fresh?: boolean;
  readonly clipboard?: FakeClipboard;
  /** Content to use in every language instead of the built one (its languages are not recorded). */
  readonly content?: Content;
  readonly exportFails?: boolean;
  /** The phone check at question 6 (adb found); without it nothing is offered. */
  readonly phone?: PhoneLink;
}

export async function renderApp(options: HarnessOptions = {}): Promise<Harness> {
  // As the CLI does: one language's content, read when first asked for.
  const languagesRead: Lang[] = [];
  const read = new Map<Lang, Content>();
  const contentFor = (lang: Lang): Content => {
    if (options.content) return options.content;
    let one = read.get(lang);
    if (!one) {
      one = readContent(lang, {documents: true});
      read.set(lang, one);
      languagesRead.push(lang);
    }
    return one;
  };
  const startLang = options.lang ?? 'en';
  const store = createMemoryStore({
    initial: options.initial,
    path: options.path === null ? undefined : (options.path ?? '/home/me/.config/debt-privacy-check/config.json'),
    notices: options.notices,
  });
  const clipboard = options.clipboard ?? new FakeClipboard();
  const exports: Harness['exports'] = [];
  const exits: number[] = [];
  const saved = savedStart(store, {lang: startLang, langFromFlag: options.langFromFlag ?? false, fresh: options.fresh ?? false});
  const {initial, savedAt} = startState(contentFor(saved.lang), saved);
  let instance: ReturnType<typeof render> | undefined;
  await act(async () => {
    instance = render(
      <App
        contentFor={contentFor}
        store={store}
        clipboard={clipboard}
        exportDir="/tmp/exports"
        writeExport={(dir, basename, text) => {
          if (options.exportFails) throw new Error('read-only');
          exports.push({dir, basename, text});
          return `${dir}/${basename}`;
        }}
        now={() => NOW}
        onExit={(code) => exits.push(code)}
        {...(options.phone ? {phone: options.phone} : {})}
        initial={initial}
        savedAt={savedAt}
      />,
    );
  });
  const app = instance!;
  return {
    store,
    clipboard,
    exports,
    exits,
    languagesRead,
    frame: () => app.lastFrame() ?? '',
    async press(...keys) {
      for (const key of keys) {
        await act(async () => {
          app.stdin.write(key);
        });
      }
    },
    async chunk(data) {
      await act(async () => {
        app.stdin.write(data);
      });
    },
    async waitFor(text, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      while (!(app.lastFrame() ?? '').includes(text)) {
        if (Date.now() > end) throw new Error(`timed out waiting for "${text}"; the frame:\n${app.lastFrame()}`);
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
        });
      }
    },
    async unmount() {
      await act(async () => {
        cleanup();
      });
    },
  };
}
