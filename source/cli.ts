// Entry point of `debt-privacy-check`: a plain --version or --help is answered here, loading nothing else;
// everything else runs the command line (cli/main.ts) and exits with its code.
import {cliText, contentReviewed, contentVersion, packageVersion} from './content/generated-meta.js';
import {detectLang, fill, isLang} from './i18n/index.js';
import {hangUp, isHangUpError} from './cli/leave.js';
import {createStdout} from './platform/stdout.js';

const argv = process.argv.slice(2);

/** `--version` or `--help` (or -v, -h), with at most a valid `--lang X`: nothing else to check. */
function quickAnswer(): string | undefined {
  const rest = [...argv];
  let lang = detectLang(process.env);
  const at = rest.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at >= 0) {
    const value = rest[at]!.startsWith('--lang=') ? rest[at]!.slice(7) : rest[at + 1];
    if (value === undefined || !isLang(value)) return undefined;
    lang = value;
    rest.splice(at, rest[at]!.startsWith('--lang=') ? 1 : 2);
  }
  if (rest.length !== 1) return undefined;
  if (rest[0] === '--version' || rest[0] === '-v') {
    return fill(cliText.version[lang], {version: packageVersion, contentVersion, reviewed: contentReviewed});
  }
  if (rest[0] === '--help' || rest[0] === '-h') return cliText.help[lang];
  return undefined;
}

/**
 * Standard output, written straight to its descriptor until the interface asks for the stream
 * (platform/stdout.ts). A reader that stops early (`| head`) closes the pipe: what is left to write has
 * nobody to read it, so the program ends there, quietly, rather than with a stack trace.
 */
const stdout = createStdout({
  open: () => process.stdout,
  onError(error) {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    // The terminal went away (EIO): leave as on a hang-up, 129, never with a stack (cli/leave.ts).
    if (isHangUpError(error)) return hangUp();
    // Any other failure to write: one line, and the internal-error code (docs/cli.md).
    process.stderr.write(`debt-privacy-check: ${error.message}\n`);
    process.exit(1);
  },
});

const quick = quickAnswer();
if (quick !== undefined) {
  stdout.write(`${quick}\n`);
} else {
  // The streams are made on first use: creating one costs a millisecond or so (stdin loads Node's stream
  // machinery, which most runs never need; stderr is written only to complain).
  const io = {
    env: process.env,
    stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
  };
  // No top-level await: the entry is bundled as CommonJS (docs/architecture.md, the build).
  void import('./cli/main.js').then(({EXIT, run}) =>
    run(argv, io).then(
      (code) => {
        process.exitCode = code;
        // After the questionnaire, leave at once: a clipboard tool that hangs must not keep the program alive.
        // Writes to a terminal are synchronous, so nothing is lost; piped output is left to drain.
        if (stdout.stream?.isTTY && process.stdin.isTTY) process.exit(code);
      },
      () => {
        process.exitCode = EXIT.internal;
      },
    ),
  );
}
