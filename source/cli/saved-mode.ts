// --where and --forget: where progress is saved, and deleting it.
import {t} from '../i18n/index.js';
import {MAX_PATH, untrusted} from '../text/untrusted.js';
import {EXIT, type ModeContext} from './mode.js';
import {openStore} from './store.js';

export async function savedMode(ctx: ModeContext): Promise<number> {
  const {io, flags} = ctx;
  const content = await ctx.content();
  const store = openStore(io.env, content, {noSave: false});
  if (store.path === undefined) {
    // No usable home folder: nothing is or was saved, and there is no path to print (said once, on stderr).
    await ctx.complain('store.noHome');
    return EXIT.ok;
  }
  // The path comes from the environment (HOME, XDG_CONFIG_HOME): shown escaped; scripts reading stdout
  // through a pipe get it as it is.
  const path = untrusted(store.path, MAX_PATH);
  if (flags.forget) {
    const had = store.hasSaved();
    const {cleared, leftFolders} = store.forget();
    // A folder someone put there is never deleted with what it holds: named, and the run fails (exit 1).
    if (leftFolders.length > 0) {
      await ctx.complain('cli.forgetFolder', {path: leftFolders.map((folder) => untrusted(folder, MAX_PATH)).join(t(content, 'report.listSeparator', ctx.lang))});
      return EXIT.internal;
    }
    if (!cleared) {
      await ctx.complain('cli.forgetFailed', {path});
      return EXIT.internal;
    }
    await ctx.say(had ? 'cli.forgotten' : 'cli.nothingToForget', {path});
    return EXIT.ok;
  }
  // The bare path for scripts on stdout; what it means, for a person, on stderr.
  io.stdout.write(`${io.stdout.isTTY ? path : store.path}\n`);
  await ctx.complain(store.hasProgress() ? 'cli.where' : store.hasSaved() ? 'cli.whereLeftovers' : 'cli.whereNothing', {path});
  return EXIT.ok;
}
