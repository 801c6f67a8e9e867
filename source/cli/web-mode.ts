// --web [FILE]: writes the web edition (docs/web.md), the one HTML file the build made, to FILE (default
// ./debt-privacy-check.html; a folder gets that name inside it), never over an existing file (-2, -3…),
// then prints its path and how to open or send it.
import path from 'node:path';
import {contentFile} from '../platform/content-files.js';
import {fs} from '../platform/node.js';
import {untrusted} from '../text/untrusted.js';
import {EXIT, type ModeContext, UsageError} from './mode.js';

/**
 * Where the build put the page: beside the content's folder once built (dist/web/ beside dist/content/);
 * from source, in dist/ after `npm run build`.
 */
function pageFiles(): URL[] {
  return [new URL('../web/debt-privacy-check.html', contentFile('en', 'start')), new URL('../../dist/web/debt-privacy-check.html', import.meta.url)];
}
export const DEFAULT_NAME = 'debt-privacy-check.html';
const MAX_TRIES = 1000;

/** `name.html`, then `name-2.html`, `name-3.html`… */
export function candidate(target: string, n: number): string {
  if (n === 1) return target;
  const ext = path.extname(target);
  return `${target.slice(0, target.length - ext.length)}-${n}${ext}`;
}

export async function runWeb(ctx: ModeContext, file: string | undefined): Promise<number> {
  const [built] = pageFiles();
  const source = pageFiles().find((url) => fs.existsSync(url));
  if (!source) {
    await ctx.complain('web.cli.missing', {path: untrusted(decodeURIComponent(built!.pathname))});
    return EXIT.internal;
  }
  const page = fs.readFileSync(source);
  let target = path.resolve(file ?? DEFAULT_NAME);
  try {
    if (fs.statSync(target).isDirectory()) target = path.join(target, DEFAULT_NAME);
  } catch {
    // Not there yet: the file to create.
  }
  for (let n = 1; n <= MAX_TRIES; n++) {
    const name = candidate(target, n);
    try {
      // 'wx': created here or not at all, so nothing already there is ever overwritten, even in a race.
      fs.writeFileSync(name, page, {flag: 'wx'});
      await ctx.say('web.cli.written', {path: untrusted(name, 400)});
      await ctx.say('web.cli.how');
      return EXIT.ok;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      throw new UsageError('error.webWrite', {path: untrusted(name, 400), reason: untrusted(code ?? (error as Error).message)});
    }
  }
  throw new UsageError('error.webWrite', {path: untrusted(target, 400), reason: 'EEXIST'});
}
