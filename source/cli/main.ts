// The command line (docs/cli.md): flags, the mode decision and exit codes. Each mode but --answers is
// imported when chosen: bundled in the entry, its code is then parsed but not run by the others; the
// interface (React, Ink) and the phone check are built apart and loaded on demand
// (docs/architecture.md, the build). Content is loaded in one language, when first needed.
import {cliText, contentReviewed, contentVersion, packageVersion} from '../content/generated-meta.js';
import {loadContent} from '../content/load.js';
import type {Lang, OneLanguage} from '../content/types.js';
import {detectLang, fill, isLang, plainLocale, t} from '../i18n/index.js';
import {answersMode} from './answers-mode.js';
import {untrusted} from '../text/untrusted.js';
import {parseFlags} from './flags.js';
import {EXIT, type Io, type ModeContext, UsageError} from './mode.js';

export {EXIT, type Io};

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const loaded = new Map<Lang, Promise<OneLanguage>>();
  const ctx: ModeContext = {
    io,
    flags: {},
    lang: detectLang(io.env),
    content() {
      const lang = ctx.lang;
      if (!loaded.has(lang)) loaded.set(lang, loadContent(lang));
      return loaded.get(lang)!;
    },
    async say(key, vars) {
      io.stdout.write(`${t(await ctx.content(), key, ctx.lang, vars)}\n`);
    },
    async complain(key, vars) {
      io.stderr.write(`${t(await ctx.content(), key, ctx.lang, vars)}\n`);
    },
  };
  try {
    // A valid --lang decides the language of every message, even an error about another flag; like
    // parseArgs, the last one given wins.
    const langArgs = argv.flatMap((a, i) => (a === '--lang' ? [argv[i + 1] ?? ''] : a.startsWith('--lang=') ? [a.slice(7)] : []));
    const lastLang = langArgs.at(-1);
    if (lastLang && isLang(lastLang)) ctx.lang = lastLang;
    const parsed = parseFlags(argv);
    if (!parsed.ok) {
      const {kind, flag} = parsed.problem;
      throw new UsageError(kind === 'unknown' ? 'error.unknownFlag' : 'error.flagValue', {flag: untrusted(flag)});
    }
    const {values, positionals} = parsed;
    ctx.flags = values;
    if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError('error.badLang', {value: untrusted(values.lang)});
    if (values.lang !== undefined) ctx.lang = values.lang;
    if (positionals.length > 0) throw new UsageError('error.unexpectedArgument', {value: untrusted(positionals[0]!)});
    const format = values.format ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError('error.badFormat', {value: untrusted(format)});
    if (values.format !== undefined && values.answers === undefined && !values.phone && values.letter === undefined) {
      throw new UsageError('error.formatWithoutAnswers');
    }
    if (values.serial !== undefined && !values.phone) throw new UsageError('phone.error.serialWithoutPhone');
    if (values.phone && format === 'markdown') throw new UsageError('phone.error.format', {value: untrusted(format)});

    if (values.help) {
      io.stdout.write(`${cliText.help[ctx.lang]}\n`);
      return EXIT.ok;
    }
    if (values.version) {
      const vars = {version: packageVersion, contentVersion, reviewed: contentReviewed};
      io.stdout.write(`${fill(cliText.version[ctx.lang], vars)}\n`);
      return EXIT.ok;
    }
    if (values.forget || values.where) return await (await import('./saved-mode.js')).savedMode(ctx);
    if (values.phone) {
      const {runPhone} = await import('./phone.js');
      return await runPhone(io, await ctx.content(), {
        lang: ctx.lang,
        format: format as 'text' | 'json',
        ...(values.serial === undefined ? {} : {serial: values.serial}),
      });
    }
    if (values.letter !== undefined) return await (await import('./letter-mode.js')).letterMode(ctx, values.letter, format);
    if (values.answers !== undefined) return await answersMode(ctx, values.answers, format);

    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      await ctx.complain('cli.needsTerminal');
      return EXIT.usage;
    }
    // Line by line, for a terminal that cannot move the cursor (TERM=dumb) or when asked for.
    if (values.plain || io.env.TERM === 'dumb') {
      const [{runPlain}, {openStore}] = await Promise.all([import('./plain.js'), import('./store.js')]);
      return await runPlain({
        content: (lang) => loadContent(lang),
        store: openStore(io.env, await ctx.content(), {noSave: values['no-save'] === true}),
        lang: ctx.lang,
        langFromFlag: values.lang !== undefined,
        fresh: values.fresh === true,
        localeHint: plainLocale(io.env),
        input: io.stdin,
        output: io.stdout,
      });
    }
    const {runInteractiveCli} = await import('./interactive.js');
    return await runInteractiveCli({
      env: io.env,
      lang: ctx.lang,
      langFromFlag: values.lang !== undefined,
      noSave: values['no-save'] === true,
      fresh: values.fresh === true,
    });
  } catch (error) {
    try {
      if (error instanceof UsageError) {
        await ctx.complain(error.key, error.vars);
        if (error.key.startsWith('error.') && !error.key.startsWith('error.json')) await ctx.complain('cli.hint');
        return EXIT.usage;
      }
      const reason = untrusted(error instanceof Error ? error.message : String(error));
      await ctx.complain('error.internal', {reason});
    } catch {
      io.stderr.write(`debt-privacy-check: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
