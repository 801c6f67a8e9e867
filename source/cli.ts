// Entry point of `debt-privacy-check`: runs the command line and exits with its code.
import {EXIT, run} from './cli/main.js';

const io = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // Made on first use: creating stdin loads Node's stream machinery, which --version and --help never need.
  get stdin() {
    return process.stdin;
  },
};

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    // After the questionnaire, leave at once: a clipboard tool that hangs must not keep the program alive.
    // Writes to a terminal are synchronous, so nothing is lost; piped output is left to drain.
    if (process.stdout.isTTY && process.stdin.isTTY) process.exit(code);
  },
  () => {
    process.exitCode = EXIT.internal;
  },
);
