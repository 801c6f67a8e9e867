// The command line (PRODUCT.md §1): flags, the mode decision and exit codes. The interactive interface is
// imported only on the interactive path, so --help, --version and --answers load no React or Ink.
import {parseArgs} from 'node:util';
import {content, packageVersion} from '../content/generated.js';
import type {Lang} from '../content/types.js';
import {detectLang, isLang, t, type Vars} from '../i18n/index.js';
import {renderReport} from '../output/render.js';
import {letterText} from '../output/letter.js';
import {present} from '../output/present.js';
import {assess} from '../scoring/score.js';
import {parseAnswersFile} from './answers-file.js';
import {readAnswersInput} from './read-input.js';

export const EXIT = {ok: 0, internal: 1, usage: 2, interrupted: 130, terminated: 143} as const;

export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: {write(text: string): unknown; readonly isTTY?: boolean};
  readonly stderr: {write(text: string): unknown};
  readonly stdin: NodeJS.ReadableStream & {readonly isTTY?: boolean};
}

class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Vars = {},
  ) {
    super(key);
  }
}

const OPTIONS = {
  lang: {type: 'string'},
  answers: {type: 'string'},
  format: {type: 'string'},
  letter: {type: 'string'},
  fresh: {type: 'boolean'},
  'no-save': {type: 'boolean'},
  forget: {type: 'boolean'},
  where: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});
  } catch (error) {
    const {code, message} = error as {code?: string; message: string};
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError('error.unknownFlag', {flag});
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError('error.flagValue', {flag: flag.split(' ')[0]!});
    throw new UsageError('error.unknownFlag', {flag});
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let lang: Lang = detectLang(io.env);
  const say = (key: string, vars?: Vars) => io.stdout.write(`${t(content, key, lang, vars)}\n`);
  const complain = (key: string, vars?: Vars) => io.stderr.write(`${t(content, key, lang, vars)}\n`);
  try {
    // A valid --lang decides the language of every message, even an error about another flag; like
    // parseArgs, the last one given wins.
    const langArgs = argv.flatMap((a, i) => (a === '--lang' ? [argv[i + 1] ?? ''] : a.startsWith('--lang=') ? [a.slice(7)] : []));
    const lastLang = langArgs.at(-1);
    if (lastLang && isLang(lastLang)) lang = lastLang;
    const {values, positionals} = parseFlags(argv);
    if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError('error.badLang', {value: values.lang});
    if (values.lang !== undefined) lang = values.lang;
    if (positionals.length > 0) throw new UsageError('error.unexpectedArgument', {value: positionals[0]!});
    const format = values.format ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) throw new UsageError('error.badFormat', {value: format});
    if (values.format !== undefined && values.answers === undefined) throw new UsageError('error.formatWithoutAnswers');
    if (values.letter !== undefined && values.letter !== 'deletion') {
      throw new UsageError('error.badLetter', {value: values.letter});
    }

    if (values.help) {
      say('cli.help');
      return EXIT.ok;
    }
    if (values.version) {
      say('cli.version', {version: packageVersion, contentVersion: content.version, reviewed: content.reviewed});
      return EXIT.ok;
    }
    if (values.forget || values.where) {
      const {openStore} = await import('./store.js');
      const store = openStore(io.env, {noSave: false});
      if (values.forget) {
        const had = store.hasSaved();
        if (!store.clear()) {
          complain('cli.forgetFailed', {path: store.path ?? ''});
          return EXIT.internal;
        }
        say(had ? 'cli.forgotten' : 'cli.nothingToForget', {path: store.path ?? ''});
      } else {
        say(store.hasProgress() ? 'cli.where' : store.hasSaved() ? 'cli.whereLeftovers' : 'cli.whereNothing', {
          path: store.path ?? '',
        });
      }
      return EXIT.ok;
    }
    if (values.letter !== undefined) {
      io.stdout.write(letterText(content, lang));
      return EXIT.ok;
    }
    if (values.answers !== undefined) {
      const file = values.answers;
      // Reading answers typed at the keyboard: say so, rather than wait in silence.
      if (file === '-' && io.stdin.isTTY) complain('cli.readingStdin');
      const input = await readAnswersInput(file, io.stdin);
      if (!input.ok) throw new UsageError(input.error.key, input.error.vars);
      const parsed = parseAnswersFile(content, input.text, input.name);
      if (!parsed.ok) throw new UsageError(parsed.error.key, parsed.error.vars);
      const outLang = values.lang !== undefined ? lang : (parsed.value.lang ?? lang);
      lang = outLang;
      const {older, newer} = parsed.value;
      if (older) {
        complain('cli.warnOlderContent', {file: input.name, version: older.version, current: content.version, count: older.dropped});
        if (older.revised.length > 0) complain('cli.warnRevised', {file: input.name, questions: older.revised.join(', ')});
      }
      if (newer) complain('cli.warnNewerContent', {file: input.name, version: newer, current: content.version});
      const assessment = assess(content, parsed.value.answers);
      if (assessment.ignored.length > 0) {
        complain('cli.warnIgnored', {file: input.name, answers: assessment.ignored.join(', ')});
      }
      const view = present(content, assessment, outLang);
      io.stdout.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : renderReport(content, view, format as 'text' | 'markdown'));
      return EXIT.ok;
    }

    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      complain('cli.needsTerminal');
      return EXIT.usage;
    }
    const [{openStore}, {openClipboard}, {runInteractive}] = await Promise.all([
      import('./store.js'),
      import('./clipboard.js'),
      import('../ui/run.js'),
    ]);
    const store = openStore(io.env, {noSave: values['no-save'] === true});
    return await runInteractive({
      lang,
      langFromFlag: values.lang !== undefined,
      store,
      fresh: values.fresh === true,
      clipboard: openClipboard(io.env),
      exportDir: process.cwd(),
    });
  } catch (error) {
    if (error instanceof UsageError) {
      complain(error.key, error.vars);
      if (error.key.startsWith('error.') && !error.key.startsWith('error.json')) complain('cli.hint');
      return EXIT.usage;
    }
    const reason = error instanceof Error ? error.message : String(error);
    complain('error.internal', {reason});
    if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
