// PLACEHOLDER for --web (docs/cli.md): the web edition's helper replaces this file with the real mode.
// Until then the flag is known and says, in one line, that this build cannot write the web edition.
import {EXIT, type ModeContext} from './mode.js';

export async function runWeb(ctx: ModeContext, _file: string | undefined): Promise<number> {
  ctx.io.stderr.write('debt-privacy-check: --web is not available in this build.\n');
  return EXIT.usage;
}
