// --where and --forget: where progress is saved, and deleting it.
import {MAX_PATH, untrusted} from '../text/untrusted.js';
import {EXIT, type ModeContext} from './mode.js';
import {openStore} from './store.js';

export async function savedMode(ctx: ModeContext): Promise<number> {
  const {io, flags} = ctx;
  const store = openStore(io.env, await ctx.content(), {noSave: false});
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
    if (!store.forget()) {
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
