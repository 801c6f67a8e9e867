// The command line's modes but the interface (docs/cli.md): a route decided by cli/route.ts run, and its
// failures turned into messages and exit codes. Loaded by cli/command.ts for every route but --help,
// --version and a plain start; content is loaded in one language, when first needed. --answers and the
// small modes are here; --plain, --letter, --web and --phone are each loaded when chosen, so that
// --answers loads none of their code (docs/performance.md).
import {loadContent} from '../platform/content-files.js';
import type {Lang, OneLanguage} from '../content/types.js';
import {plainLocale, t} from '../i18n/index.js';
import {answersMode} from './answers-mode.js';
import {untrusted} from '../text/untrusted.js';
import type {Route, Routed} from './route.js';
import {EXIT, type Io, type ModeContext, UsageError} from './mode.js';
import {savedMode} from './saved-mode.js';
import {openStore} from './store.js';

export {EXIT, type Io};

function modeContext(io: Io, {lang, flags}: Routed): ModeContext {
  const loaded = new Map<Lang, Promise<OneLanguage>>();
  const ctx: ModeContext = {
    io,
    flags,
    lang,
    content() {
      const lang = ctx.lang;
      if (!loaded.has(lang)) loaded.set(lang, loadContent(lang));
      return loaded.get(lang)!;
    },
    async say(key, vars) {
      io.stdout.write(`${t(await ctx.content(), key, ctx.lang, vars)}\n`);
    },
    async complain(key, vars) {
      io.stderr.write(`${t(await ctx.content(), key, ctx.lang, vars)}\n`);
    },
  };
  return ctx;
}

/** The routes this module runs: all but --help, --version and a plain start (cli/command.ts runs those). */
export type MainRoute = Exclude<Route, {readonly kind: 'help' | 'version' | 'interactive'}>;

/** Runs a decided route; a usage error or a failure becomes its message and exit code (docs/cli.md). */
export async function runRoute(routed: Routed<MainRoute>, io: Io): Promise<number> {
  const ctx = modeContext(io, routed);
  try {
    const {route: r} = routed;
    switch (r.kind) {
      case 'usage':
        throw new UsageError(r.key, r.vars);
      case 'saved':
        return await savedMode(ctx);
      case 'phone':
        return await (await import('./phone.js')).runPhone(io, await ctx.content(), {lang: ctx.lang, format: r.format, ...(r.serial === undefined ? {} : {serial: r.serial})});
      case 'web':
        return await (await import('./web-mode.js')).runWeb(ctx, r.file);
      case 'letter':
        return await (await import('./letter-mode.js')).letterMode(ctx, r.letter, r.format);
      case 'answers':
        return await answersMode(ctx, r.answers, r.format);
      case 'needsTerminal':
        await ctx.complain('cli.needsTerminal');
        return EXIT.usage;
      case 'plain':
        return await (await import('./plain.js')).runPlain({
          content: (lang, options) => loadContent(lang, options),
          columns: () => process.stdout.columns,
          store: openStore(io.env, await ctx.content(), {noSave: r.noSave}),
          lang: r.lang,
          langFromFlag: r.langFromFlag,
          fresh: r.fresh,
          localeHint: plainLocale(io.env),
          input: io.stdin,
          output: io.stdout,
        });
    }
  } catch (error) {
    return await failed(ctx, error);
  }
}

/**
 * A usage error: one line, exit 2, then the hint to --help when the command line itself is wrong. A problem
 * with a file (the answers file, the web edition's) names the file and says what to fix; --help would not
 * help. Anything else: one line, exit 1 (the stack only under DEBUG).
 */
async function failed(ctx: ModeContext, error: unknown): Promise<number> {
  const {io} = ctx;
  try {
    if (error instanceof UsageError) {
      await ctx.complain(error.key, error.vars);
      const aboutAFile = 'file' in error.vars || 'path' in error.vars;
      if (error.key.startsWith('error.') && !aboutAFile) await ctx.complain('cli.hint');
      return EXIT.usage;
    }
    const reason = untrusted(error instanceof Error ? error.message : String(error));
    await ctx.complain('error.internal', {reason});
  } catch {
    io.stderr.write(`debt-privacy-check: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return EXIT.internal;
}

/** A failure of a route cli/command.ts ran itself (the interface): reported as runRoute reports one. */
export function reportFailure(routed: Routed, io: Io, error: unknown): Promise<number> {
  return failed(modeContext(io, routed), error);
}
