// The command line (docs/cli.md): flags, the mode decision and exit codes. The small modes are part of
// this module; the interactive interface (React, Ink), --plain, the phone check and --web are imported
// when chosen, each a chunk of its own (docs/architecture.md, the build). Content is loaded in one
// language, when first needed.
import {cliText, contentReviewed, contentVersion, packageVersion} from '../content/generated-meta.js';
import {loadContent} from '../platform/content-files.js';
import type {Lang, OneLanguage} from '../content/types.js';
import {detectLang, fill, plainLocale, t} from '../i18n/index.js';
import {answersMode} from './answers-mode.js';
import {untrusted} from '../text/untrusted.js';
import {parseFlags} from './flags.js';
import {letterMode} from './letter-mode.js';
import {EXIT, type Io, type ModeContext, UsageError} from './mode.js';
import {savedMode} from './saved-mode.js';
import {openStore} from './store.js';

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
    const parsed = parseFlags(argv);
    // A valid --lang decides the language of every message, even an error about another flag.
    if (parsed.lang) ctx.lang = parsed.lang;
    if (!parsed.ok) {
      const {problem} = parsed;
      if (problem.kind === 'badLang') throw new UsageError('error.badLang', {value: untrusted(problem.value)});
      if (problem.kind === 'needsValue') throw new UsageError('error.flagValue', {flag: untrusted(problem.flag)});
      if (problem.suggestion) throw new UsageError('error.unknownFlagSuggest', {flag: untrusted(problem.flag), suggestion: problem.suggestion});
      throw new UsageError('error.unknownFlag', {flag: untrusted(problem.flag)});
    }
    const {values, positionals} = parsed;
    ctx.flags = values;
    if (positionals.length > 0) throw new UsageError('error.unexpectedArgument', {value: untrusted(positionals[0]!)});
    const format = values.format ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError('error.badFormat', {value: untrusted(format)});
    if (values.format !== undefined && values.answers === undefined && !values.phone && values.letter === undefined) {
      throw new UsageError('error.formatWithoutAnswers');
    }
    if (values.serial !== undefined && !values.phone) throw new UsageError('phone.error.serialWithoutPhone');
    if (values.blank && values.letter === undefined) throw new UsageError('error.blankWithoutLetter');
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
    if (values.forget || values.where) return await savedMode(ctx);
    if (values.phone) {
      const {runPhone} = await import('./phone.js');
      return await runPhone(io, await ctx.content(), {
        lang: ctx.lang,
        format: format as 'text' | 'json',
        ...(values.serial === undefined ? {} : {serial: values.serial}),
      });
    }
    if (values.web) return await (await import('./web-mode.js')).runWeb(ctx, parsed.webFile);
    if (values.letter !== undefined) return await letterMode(ctx, values.letter, format);
    if (values.answers !== undefined) return await answersMode(ctx, values.answers, format);

    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      await ctx.complain('cli.needsTerminal');
      return EXIT.usage;
    }
    // Line by line, for a terminal that cannot move the cursor (TERM=dumb) or when asked for.
    if (values.plain || io.env.TERM === 'dumb') {
      const {runPlain} = await import('./plain.js');
      return await runPlain({
        content: (lang, options) => loadContent(lang, options),
        columns: () => process.stdout.columns,
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
