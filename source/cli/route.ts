// Which mode a command line asks for (docs/cli.md), decided once from the flags, the environment and
// whether both ends are a terminal, before any mode is loaded: cli/command.ts answers --version and --help
// itself, starts the interface for a plain start (the first frame then loads no more than it needs:
// docs/performance.md), and hands every other route to cli/main.ts. Nothing is read or written here but
// whether stdin and stdout are terminals, and that only for the routes that depend on it.
import type {Lang} from '../content/types.js';
import {detectLang, type Vars} from '../i18n/index.js';
import {untrusted} from '../text/untrusted.js';
import type {Flags, ParsedFlags} from './flags.js';

/** What the interactive interface and --plain start from. */
export interface SessionRequest {
  readonly lang: Lang;
  readonly langFromFlag: boolean;
  readonly noSave: boolean;
  readonly fresh: boolean;
}

export type Route =
  | {readonly kind: 'usage'; readonly key: string; readonly vars?: Vars}
  | {readonly kind: 'help'}
  | {readonly kind: 'version'}
  | {readonly kind: 'saved'}
  | {readonly kind: 'needsTerminal'}
  | {readonly kind: 'phone'; readonly format: 'text' | 'json'; readonly serial?: string}
  | {readonly kind: 'web'; readonly file?: string}
  | {readonly kind: 'letter'; readonly letter: string; readonly format: string}
  | {readonly kind: 'answers'; readonly answers: string; readonly format: string}
  | ({readonly kind: 'plain'} & SessionRequest)
  | ({readonly kind: 'interactive'} & SessionRequest);

export interface Routed<R extends Route = Route> {
  /** The language of every message: a valid --lang, else the terminal's. */
  readonly lang: Lang;
  readonly flags: Flags;
  readonly route: R;
}

const usage = (key: string, vars?: Vars): Route => ({kind: 'usage', key, ...(vars ? {vars} : {})});

/** Whether stdin and stdout are terminals, asked only when a route depends on it (see terminalEnds). */
export interface TerminalEnds {
  readonly stdin: boolean;
  readonly stdout: boolean;
}

/**
 * The ends of `io`, read when asked: making process.stdin loads Node's stream machinery, which --version,
 * --help and --answers never need.
 */
export function terminalEnds(io: {readonly stdin: {readonly isTTY?: boolean}; readonly stdout: {readonly isTTY?: boolean}}): TerminalEnds {
  return {
    get stdin() {
      return io.stdin.isTTY === true;
    },
    get stdout() {
      return io.stdout.isTTY === true;
    },
  };
}

export function route(parsed: ParsedFlags, env: Readonly<Record<string, string | undefined>>, tty: TerminalEnds): Routed {
  // A valid --lang decides the language of every message, even an error about another flag.
  const lang = parsed.lang ?? detectLang(env);
  if (!parsed.ok) {
    const {problem} = parsed;
    const to = (r: Route): Routed => ({lang, flags: {}, route: r});
    if (problem.kind === 'badLang') return to(usage('error.badLang', {value: untrusted(problem.value)}));
    if (problem.kind === 'needsValue') return to(usage('error.flagValue', {flag: untrusted(problem.flag)}));
    if (problem.suggestion) return to(usage('error.unknownFlagSuggest', {flag: untrusted(problem.flag), suggestion: problem.suggestion}));
    return to(usage('error.unknownFlag', {flag: untrusted(problem.flag)}));
  }
  const {values, positionals, webFile} = parsed;
  return {lang, flags: values, route: decide()};

  function decide(): Route {
    if (positionals.length > 0) return usage('error.unexpectedArgument', {value: untrusted(positionals[0]!)});
    const format = values.format ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format)) return usage('error.badFormat', {value: untrusted(format)});
    if (values.format !== undefined && values.answers === undefined && !values.phone && values.letter === undefined) return usage('error.formatWithoutAnswers');
    if (values.serial !== undefined && !values.phone) return usage('phone.error.serialWithoutPhone');
    if (values.blank && values.letter === undefined) return usage('error.blankWithoutLetter');
    if (values.phone && format === 'markdown') return usage('phone.error.format', {value: untrusted(format)});
    if (values.help) return {kind: 'help'};
    if (values.version) return {kind: 'version'};
    if (values.forget || values.where) return {kind: 'saved'};
    if (values.phone) return {kind: 'phone', format: format as 'text' | 'json', ...(values.serial === undefined ? {} : {serial: values.serial})};
    if (values.web) return {kind: 'web', ...(webFile === undefined ? {} : {file: webFile})};
    if (values.letter !== undefined) return {kind: 'letter', letter: values.letter, format};
    if (values.answers !== undefined) return {kind: 'answers', answers: values.answers, format};
    if (!tty.stdin || !tty.stdout) return {kind: 'needsTerminal'};
    const session = {lang, langFromFlag: values.lang !== undefined, noSave: values['no-save'] === true, fresh: values.fresh === true};
    // Line by line, for a terminal that cannot move the cursor (TERM=dumb) or when asked for.
    return values.plain || env.TERM === 'dumb' ? {kind: 'plain', ...session} : {kind: 'interactive', ...session};
  }
}
