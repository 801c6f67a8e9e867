// The interactive entry point, imported lazily by the CLI on the interactive path only.
import {render} from 'ink';
import {content} from '../content/generated.js';
import type {Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import type {ProgressStore} from '../persistence/types.js';
import {writeExport} from '../services/export.js';
import type {Clipboard} from '../services/types.js';
import {App} from './app.js';
import {byeKey} from './layout.js';
import type {UiState} from './model.js';
import {startState} from './start.js';
import {FALLBACK_COLUMNS, FALLBACK_ROWS} from './text.js';

export interface InteractiveOptions {
  readonly lang: Lang;
  readonly langFromFlag: boolean;
  readonly store: ProgressStore;
  readonly fresh: boolean;
  readonly clipboard: Clipboard;
  readonly exportDir: string;
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
}

const SHOW_CURSOR = '\u001B[?25h';

/**
 * A pty can report 0x0; Ink would then lay out one character per line. Report 80x24 instead, while still
 * following real resizes (Node assigns columns/rows on SIGWINCH).
 */
function guardSize(stream: NodeJS.WriteStream): void {
  for (const [name, fallback] of [
    ['columns', FALLBACK_COLUMNS],
    ['rows', FALLBACK_ROWS],
  ] as const) {
    let value = stream[name];
    try {
      Object.defineProperty(stream, name, {
        configurable: true,
        enumerable: true,
        get: () => (value > 0 ? value : fallback),
        set: (next: number) => {
          value = next;
        },
      });
    } catch {
      // A stream that refuses: Ink falls back to 80 columns itself.
    }
  }
}

/** The store, noting whether a save failed this run (so the goodbye line does not claim it was saved). */
function watched(store: ProgressStore): {readonly store: ProgressStore; readonly failed: () => boolean} {
  let failed = false;
  return {
    store: {
      get path() {
        return store.path;
      },
      load: () => store.load(),
      save: (progress) => store.save(progress),
      clear: () => store.clear(),
      takeNotices: () => {
        const notices = store.takeNotices();
        if (notices.some((n) => n.kind === 'unwritable')) failed = true;
        return notices;
      },
    },
    failed: () => failed,
  };
}

export async function runInteractive(options: InteractiveOptions): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  guardSize(stdout);
  const {store, failed} = watched(options.store);
  const {initial, savedAt} = startState({
    content,
    store,
    lang: options.lang,
    langFromFlag: options.langFromFlag,
    fresh: options.fresh,
  });

  return new Promise<number>((resolve) => {
    const interruptRef: {current?: (code: number) => void} = {};
    let finished = false;
    // Signals save progress through the app once it is mounted; before that there is nothing new to save.
    const interrupt = (code: number) => (interruptRef.current ? interruptRef.current(code) : finish(code, initial));
    const onSigint = () => interrupt(130);
    const onSigterm = () => interrupt(143);
    const onSighup = () => interrupt(129);
    const finish = (code: number, last: UiState) => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      process.off('SIGHUP', onSighup);
      instance.unmount();
      // Ink restores these on unmount; make sure, whatever happened.
      try {
        if (stdin.isTTY) stdin.setRawMode(false);
      } catch {
        // Already closed.
      }
      stdin.pause();
      stdout.write(SHOW_CURSOR);
      // Ink has painted its last frame and let go of the terminal: say, below it, what was kept.
      const key = byeKey({
        path: store.path,
        saveFailed: failed(),
        state: last,
        hadSaved: options.fresh || savedAt !== undefined,
      });
      stdout.write(`${t(content, key, last.app.lang)}\n`);
      resolve(code);
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    process.on('SIGHUP', onSighup);
    const instance = render(
      <App
        content={content}
        store={store}
        clipboard={options.clipboard}
        exportDir={options.exportDir}
        writeExport={writeExport}
        now={() => new Date()}
        onExit={(code, last) => setImmediate(() => finish(code, last))}
        initial={initial}
        savedAt={savedAt}
        interruptRef={interruptRef}
      />,
      {stdin, stdout, exitOnCtrlC: false, patchConsole: false},
    );
  });
}
