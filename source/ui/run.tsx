// The interactive entry point, imported lazily by the CLI on the interactive path only.
import {EventEmitter} from 'node:events';
import {type RenderOptions, render} from 'ink';
import {readContent} from '../content/load.js';
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {findAdb} from '../phone/find-adb.js';
import type {ProgressStore} from '../persistence/types.js';
import {writeExport} from '../services/export.js';
import type {Clipboard} from '../services/types.js';
import {App} from './app.js';
import type {Painted} from './first-paint.js';
import {keepYoungGenerationSmall} from './memory.js';
import {createPhoneLink} from './phone-link.js';
import type {UiState} from './state.js';
import {MAX_WIDTH} from './frame.js';
import {FALLBACK_COLUMNS, FALLBACK_ROWS, wrap} from './text.js';
import {byeKey} from './wording.js';

export interface InteractiveOptions {
  readonly store: ProgressStore;
  readonly initial: UiState;
  readonly savedAt: string | undefined;
  readonly fresh: boolean;
  readonly localeHint?: boolean;
  /** The first frame, painted before the interface loaded (none under CI or for a screen reader). */
  readonly painted?: Painted;
  readonly clipboard: Clipboard;
  readonly exportDir: string;
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  /** Where adb is looked for ($ADB, the PATH), for the phone check at question 6. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Removes the signal handlers of the first frame: called once the interface's own are in place. */
  readonly releaseEarlySignals?: () => void;
  /**
   * Signals and a closed terminal (cli/leave.ts): the handler is asked to leave with the exit code; the
   * returned function lets go. Without it (tests), the process's own signals are listened to.
   */
  readonly onLeave?: (handler: (code: number) => void) => () => void;
}

const SHOW_CURSOR = '\u001B[?25h';
// Erase the screen and the scrollback, cursor home.
const CLEAR_SCREEN = '\u001B[2J\u001B[3J\u001B[H';

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

const SIGNALS = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

function listenToSignals(handler: (code: number) => void): () => void {
  const listeners = Object.entries(SIGNALS).map(([name, code]) => [name, () => handler(code)] as const);
  for (const [name, listener] of listeners) process.on(name, listener);
  return () => {
    for (const [name, listener] of listeners) process.off(name, listener);
  };
}

export async function runInteractive(options: InteractiveOptions): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  guardSize(stdout);
  const {store, initial, savedAt, painted} = options;
  keepYoungGenerationSmall();
  // The language on screen only, with the documents' texts; another is read when the person switches to it
  // (the language key on the first screens), and kept.
  const languages = new Map<Lang, Content>();
  const contentFor = (lang: Lang): Content => {
    let content = languages.get(lang);
    if (!content) {
      content = readContent(lang, {documents: true});
      languages.set(lang, content);
    }
    return content;
  };
  contentFor(initial.app.lang);
  // The painted frame is taken over as it is; a terminal resized since then has re-wrapped it, so it is
  // cleared and Ink paints afresh.
  const resized = painted !== undefined && (painted.size.columns !== stdout.columns || painted.size.rows !== stdout.rows);
  if (resized) stdout.write(CLEAR_SCREEN);

  // adb is looked for once: without it question 6 offers nothing. Its code loads on the first check.
  const env = options.env ?? {};
  const adb = findAdb(env);
  const phone = adb ? createPhoneLink(async () => (await import('./phone-adb.js')).openAdbSession(adb, env)) : undefined;

  // Signals save and leave through the app once it listens; before that there is nothing new to save.
  const signals = new EventEmitter();
  let outcome: {code: number; state: UiState} | undefined;
  const onSignal = (code: number) => {
    if (signals.listenerCount('signal') > 0) signals.emit('signal', code);
    else {
      outcome ??= {code, state: initial};
      instance.unmount();
    }
  };
  const release = options.onLeave ? options.onLeave(onSignal) : listenToSignals(onSignal);
  options.releaseEarlySignals?.();
  const instance = render(
    <App
      contentFor={contentFor}
      store={store}
      clipboard={options.clipboard}
      exportDir={options.exportDir}
      writeExport={writeExport}
      now={() => new Date()}
      {...(phone ? {phone} : {})}
      savedAt={savedAt}
      localeHint={options.localeHint}
      initial={initial}
      onExit={(code, state) => {
        outcome ??= {code, state};
      }}
      signals={{on: (listener) => signals.on('signal', listener), off: (listener) => signals.off('signal', listener)}}
    />,
    // `prepainted` is read by Ink as patched at build time (scripts/build.js).
    {stdin, stdout, exitOnCtrlC: false, patchConsole: false, ...(painted && !resized ? {prepainted: painted.text} : {})} as RenderOptions,
  );
  try {
    await instance.waitUntilExit();
  } finally {
    release();
    // A reading under way is stopped, and adb's server too if this run started it.
    await phone?.close();
    // Ink restores these when it exits; make sure, whatever happened.
    try {
      if (stdin.isTTY) stdin.setRawMode(false);
    } catch {
      // Already closed.
    }
    stdin.pause();
    stdout.write(SHOW_CURSOR);
  }
  const last = outcome ?? {code: 0, state: initial};
  // Ink has painted its last frame and let go of the terminal: say, below it, what was kept.
  const key = byeKey({path: store.path, saveFailed: store.saveFailed, conflicted: store.conflicted, state: last.state, hadSaved: options.fresh || savedAt !== undefined});
  // Wrapped to the terminal, as the frames were: the terminal would break it in the middle of a word.
  const bye = t(contentFor(last.state.app.lang), key, last.state.app.lang);
  stdout.write(`${wrap(bye, Math.min(stdout.columns, MAX_WIDTH)).join('\n')}\n`);
  return last.code;
}
