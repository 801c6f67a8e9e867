// Entry point of `debt-privacy-check`: runs the command line and exits with its code.
import {EXIT, run} from './cli/main.js';

run(process.argv.slice(2), {env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.internal;
  },
);
