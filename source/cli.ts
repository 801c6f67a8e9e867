// Entry point of `debt-privacy-check`: the command line (cli/command.ts) with the process's own streams,
// and its exit code.
import {run} from './cli/command.js';
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

// The content's files sit beside the entry: source/content/ in the source, dist/content/ once built.
setContentDir(new URL('./content/', import.meta.url));

// stdin and stderr are made on first use: most runs never read the one nor write to the other, and making
// either loads Node's stream (and, for a pipe, socket) machinery.
let readsStdin = false;
const io = {
  env: process.env,
  stdout: process.stdout,
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    readsStdin = true;
    return process.stdin;
  },
};
// No top-level await here: the chunks the build splits off import what they share from this file (the entry:
// docs/architecture.md, The build), so it must have finished loading before they load. Awaiting the run here
// would have it wait for them while they wait for it.
void run(argv, io).then((code) => {
  process.exitCode = code;
  // After a questionnaire in the terminal, leave at once: a clipboard tool that hangs must not keep the program
  // alive. Writes to a terminal are synchronous, so nothing is lost; piped output is left to drain.
  if (readsStdin && process.stdout.isTTY && process.stdin.isTTY) process.exit(code);
});
