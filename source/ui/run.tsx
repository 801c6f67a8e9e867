// The interactive entry point, imported lazily by the CLI on the interactive path only.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {findAdb} from '../phone/find-adb.js';
import {openAdbSession} from './phone-adb.js';
import type {ProgressStore} from '../persistence/types.js';
import {writeExport} from '../services/export.js';
import {untrusted} from '../text/untrusted.js';
import type {Clipboard} from '../services/types.js';
import {App} from './app.js';
import type {Painted} from './first-paint.js';
import {createPhoneLink} from './phone-link.js';
import type {UiState} from './state.js';
import {MAX_WIDTH} from './frame.js';
import {wrap} from './text.js';
import {byeKey} from './wording.js';

export interface InteractiveOptions {
  readonly store: ProgressStore;
  /** One language's content with the documents' texts, read when the interface first shows it. */
  readonly readContent: (lang: Lang) => Content;
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
  const {store, initial, savedAt, painted} = options;
  // The language on screen only, with the documents' texts; another is read when the person switches to it
  // (the language key on the first screens), and kept.
  const languages = new Map<Lang, Content>();
  const contentFor = (lang: Lang): Content => {
    let content = languages.get(lang);
    if (!content) {
      content = options.readContent(lang);
      languages.set(lang, content);
    }
    return content;
  };
  contentFor(initial.app.lang);

  // adb is looked for once: without it question 6 offers nothing. Node's child_process loads on the first check.
  const env = options.env ?? {};
  const adb = findAdb(env);
  const phone = adb ? createPhoneLink(() => openAdbSession(adb, env)) : undefined;

  // Ink draws its first frame over the painted one, the same lines; a terminal resized since then has
  // re-wrapped it, so it is cleared and Ink paints afresh. A resize not yet told (SIGWINCH is read by the
  // event loop) is let in first; from the check to Ink's first frame nothing waits.
  await new Promise((resolve) => setImmediate(resolve));
  const resized = painted !== undefined && (painted.size.columns !== stdout.columns || painted.size.rows !== stdout.rows);

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
  if (resized) stdout.write(CLEAR_SCREEN);
  else painted?.handOver();
  // The files this run wrote at the person's request (an export, a copy that fell back to a file): with
  // --no-save, the goodbye names them, so that "not saved" is never read as "nothing written".
  const written: string[] = [];
  const clipboard = {
    async copy(text: string) {
      const outcome = await options.clipboard.copy(text);
      if (outcome.method === 'file') written.push(outcome.path);
      return outcome;
    },
  };
  const instance = render(
    <App
      contentFor={contentFor}
      store={store}
      clipboard={clipboard}
      exportDir={options.exportDir}
      writeExport={(dir: string, basename: string, text: string) => {
        const file = writeExport(dir, basename, text);
        written.push(file);
        return file;
      }}
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
    {stdin, stdout, exitOnCtrlC: false, patchConsole: false},
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
  const key = byeKey({path: store.path, saveFailed: store.saveFailed, conflicted: store.conflicted, state: last.state, hadSaved: options.fresh || savedAt !== undefined, noHome: store.noHome});
  // Wrapped to the terminal, as the frames were: the terminal would break it in the middle of a word.
  const lang = last.state.app.lang;
  const bye = [t(contentFor(lang), key, lang)];
  if (store.path === undefined && written.length > 0) {
    bye.push(t(contentFor(lang), 'tui.byeWritten', lang, {paths: written.map((file) => untrusted(file, 1000)).join(t(contentFor(lang), 'report.listSeparator', lang))}));
  }
  stdout.write(`${bye.map((line) => wrap(line, Math.min(stdout.columns, MAX_WIDTH)).join('\n')).join('\n')}\n`);
  return last.code;
}
