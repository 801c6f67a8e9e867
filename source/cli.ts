// Entry point of `debt-privacy-check`: the flags are read once (cli/flags.ts); a plain --version or --help
// is answered here from generated-meta.ts alone; everything else runs the command line (cli/main.ts) and
// exits with its code.
import {cliText, contentReviewed, contentVersion, packageVersion} from './content/generated-meta.js';
import {parseFlags} from './cli/flags.js';
import {detectLang, fill} from './i18n/index.js';
import {setContentDir} from './platform/content-files.js';
import {hangUp, isHangUpError} from './cli/leave.js';

const argv = process.argv.slice(2);
// A reader that stops early (`| head`) closes the pipe: what is left to write has nobody to read it, so the
// program ends there, quietly, rather than with a stack trace. A closed terminal is a hang-up. Any other failure to write: one line, and
// the internal-error code (docs/cli.md).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  // The terminal went away (EIO): leave as on a hang-up, 129, never with a stack (cli/leave.ts).
  if (isHangUpError(error)) return hangUp();
  process.stderr.write(`debt-privacy-check: ${error.message}\n`);
  process.exit(1);
});

/** `--version` or `--help` (or -v, -h), with at most a valid `--lang X`: nothing else to check. */
function quickAnswer(): string | undefined {
  const parsed = parseFlags(argv);
  if (!parsed.ok || parsed.positionals.length > 0) return undefined;
  const names = Object.keys(parsed.values).filter((name) => name !== 'lang');
  if (names.length !== 1) return undefined;
  const lang = parsed.lang ?? detectLang(process.env);
  if (names[0] === 'version') return fill(cliText.version[lang], {version: packageVersion, contentVersion, reviewed: contentReviewed});
  if (names[0] === 'help') return cliText.help[lang];
  return undefined;
}

// The content's files sit beside the entry: source/content/ in the source, dist/content/ once built.
setContentDir(new URL('./content/', import.meta.url));

const quick = quickAnswer();
if (quick !== undefined) {
  process.stdout.write(`${quick}\n`);
} else {
  const {EXIT, run} = await import('./cli/main.js');
  try {
    // stdin and stderr are made on first use: most runs never read the one nor write to the other, and
    // making either loads Node's stream (and, for a pipe, socket) machinery.
    const io = {
      env: process.env,
      stdout: process.stdout,
      get stderr() {
        return process.stderr;
      },
      get stdin() {
        return process.stdin;
      },
    };
    const code = await run(argv, io);
    process.exitCode = code;
    // After the questionnaire, leave at once: a clipboard tool that hangs must not keep the program alive.
    // Writes to a terminal are synchronous, so nothing is lost; piped output is left to drain.
    if (process.stdout.isTTY && process.stdin.isTTY) process.exit(code);
  } catch {
    process.exitCode = EXIT.internal;
  }
}
