// The command line as a whole (docs/cli.md): the flags read once (flags.ts), the mode decided (route.ts),
// --version and --help answered here, a plain start handed straight to the interface (interactive.ts), and
// every other mode run by the command line's module (main.ts), loaded only then. The entry (source/cli.ts)
// and the tests call `run`. --version and --help load no more than this module imports statically; a plain
// start adds the first frame's chunk and nothing of main.ts (docs/architecture.md, The build).
import {contentReviewed, contentVersion, packageVersion, versionText} from '../content/generated-meta.js';
import type {Lang} from '../content/types.js';
import {fill, t} from '../i18n/index.js';
import {loadStartContent} from '../platform/content-files.js';
import {parseFlags} from './flags.js';
import {EXIT, type Io} from './mode.js';
import {untrusted} from '../text/untrusted.js';
import {route, terminalEnds} from './route.js';

/**
 * The text of --help or --version in `lang`. --version's is compiled into the entry; --help's, a screenful
 * in each language, is read from the language's start part (the first frame's), so that no other run
 * compiles it (docs/performance.md).
 */
async function quickText(kind: 'help' | 'version', lang: Lang): Promise<string> {
  if (kind === 'help') return t(await loadStartContent(lang), 'cli.help', lang);
  return fill(versionText[lang], {version: packageVersion, contentVersion, reviewed: contentReviewed});
}

/** Runs the command line; resolves to its exit code (docs/cli.md). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const routed = route(parseFlags(argv), io.env, terminalEnds(io));
  const {route: chosen} = routed;
  try {
    if (chosen.kind === 'help' || chosen.kind === 'version') {
      io.stdout.write(`${await quickText(chosen.kind, routed.lang)}\n`);
      return EXIT.ok;
    }
    if (chosen.kind === 'interactive') return await (await import('./interactive.js')).runInteractiveCli({env: io.env, ...chosen});
    return await (await import('./main.js')).runRoute({...routed, route: chosen}, io);
  } catch (error) {
    // runRoute reports its own failures; this is one of the interface's, --help's (its text is content) or a
    // chunk's that would not load, reported the same way, or in one line if even that cannot be loaded:
    // never a stack trace.
    try {
      return await (await import('./main.js')).reportFailure(routed, io, error);
    } catch {
      io.stderr.write(`debt-privacy-check: ${untrusted(error instanceof Error ? error.message : String(error))}\n`);
      return 1;
    }
  }
}
