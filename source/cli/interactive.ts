// The interactive path: read saved progress, paint the first frame at once, then load the interface (React,
// Ink, yoga) and hand the terminal over to it. Keys typed during the hand-over are kept for Ink.
import {loadStartContent, readContent} from '../platform/content-files.js';
import type {Content, Lang} from '../content/types.js';
import {plainLocale} from '../i18n/index.js';
import {firstPaint, type Painted} from '../ui/first-paint.js';
import {savedStart, startState} from '../ui/start.js';
// Small, and used at once after the first frame (clipboardy itself is loaded on the first copy).
import {currentFolder, openClipboard} from './clipboard.js';
import {exitNow, onLeave, watchTerminal} from './leave.js';
import {openStore} from './store.js';

export interface InteractiveRequest {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly lang: Lang;
  readonly langFromFlag: boolean;
  readonly noSave: boolean;
  readonly fresh: boolean;
}

/** Ink renders nothing until exit under CI, and speaks instead of drawing for a screen reader. */
function drawsFrames(env: InteractiveRequest['env']): boolean {
  const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
  return !set('CI') && !set('CONTINUOUS_INTEGRATION') && env.INK_SCREEN_READER !== 'true';
}

export async function runInteractiveCli(request: InteractiveRequest): Promise<number> {
  // The first frame needs only the start of the content (questions, the interface's strings); the interface
  // reads the rest of the language on screen while the frame is already there.
  const requested = await loadStartContent(request.lang);
  const store = openStore(request.env, requested, {noSave: request.noSave});
  const start = savedStart(store, request);
  // Saved progress may be in another language than the terminal's: that one is shown.
  const startContent = start.lang === request.lang ? requested : await loadStartContent(start.lang);
  // The welcome and resume screens read nothing beyond it (the hand-over tests paint both).
  const content = startContent as Content;
  const {initial, savedAt} = startState(content, start);
  const localeHint = plainLocale(request.env);
  let painted: Painted | undefined;
  // A closed terminal is an EIO on these: a hang-up (129), never an unhandled error.
  watchTerminal(process.stdin, process.stdout);
  // Before the interface listens, a signal leaves at once; nothing new was answered yet.
  const releaseEarly = onLeave((code) => {
    painted?.restore();
    exitNow(code);
  });
  if (drawsFrames(request.env)) {
    const ctx = {
      content,
      storePath: store.path,
      noHome: store.noHome,
      savedAt,
      localeHint,
      result: () => {
        throw new Error('the first frame is never a result');
      },
    };
    painted = firstPaint(ctx, initial, {stdout: process.stdout, stdin: process.stdin});
  }
  const exportDir = currentFolder();
  // Started from a folder since deleted: a module of Ink's asks for the current folder as it loads, and
  // would end the program. Move to the root, which always exists; exports still say the folder is gone.
  if (!exportDir) process.chdir('/');
  const {runInteractive} = await import('../ui/run.js');
  return runInteractive({
    // Let go only once the interface listens: a signal that comes when nobody listens is lost, and the
    // program would go on as if it had not been asked to stop.
    releaseEarlySignals: releaseEarly,
    onLeave,
    store,
    readContent: (lang) => readContent(lang, {documents: true}) as Content,
    initial,
    savedAt,
    fresh: request.fresh,
    localeHint,
    clipboard: openClipboard(request.env),
    exportDir,
    painted,
    env: request.env,
  });
}
