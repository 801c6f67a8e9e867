// The flags (docs/cli.md), read once, by node:util's parseArgs: `--flag value` or `--flag=value` for string
// flags, booleans take no value, `--` ends the flags, the last of a repeated flag wins. The one place that
// reads --lang (its spellings are the languages table's, source/content/languages.ts).
import {util} from '../platform/node.js';
import type {Lang} from '../content/types.js';
import {langOfTag} from '../i18n/index.js';

export const FLAGS = {
  lang: {type: 'string'},
  answers: {type: 'string'},
  format: {type: 'string'},
  letter: {type: 'string'},
  blank: {type: 'boolean'},
  web: {type: 'boolean'},
  phone: {type: 'boolean'},
  serial: {type: 'string'},
  fresh: {type: 'boolean'},
  plain: {type: 'boolean'},
  'no-save': {type: 'boolean'},
  forget: {type: 'boolean'},
  where: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
} as const;

type FlagName = keyof typeof FLAGS;
export type Flags = {-readonly [K in FlagName]?: (typeof FLAGS)[K]['type'] extends 'string' ? string : boolean};

export type FlagProblem =
  | {readonly kind: 'unknown'; readonly flag: string; readonly suggestion?: string}
  | {readonly kind: 'needsValue'; readonly flag: string}
  | {readonly kind: 'badLang'; readonly value: string};

export interface FlagValues {
  readonly values: Flags;
  readonly positionals: string[];
  /** --web's FILE: the argument right after the flag, when it is not a flag. */
  readonly webFile?: string;
  /** --lang as a language (the last given). */
  readonly lang?: Lang;
}

export type ParsedFlags = ({readonly ok: true} & FlagValues) | {readonly ok: false; readonly problem: FlagProblem; readonly lang?: Lang};

const isFlag = (name: string): name is FlagName => Object.hasOwn(FLAGS, name);

/** Edits from one name to the other (insert, delete, replace, swap two neighbours). */
function distance(a: string, b: string): number {
  const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The flag a mistyped one was probably meant to be: the nearest, if it is near enough to be a typo. */
export function suggestFlag(typed: string): string | undefined {
  const name = typed.replace(/^-+/, '').toLowerCase();
  if (name.length < 2) return undefined;
  let best: {flag: string; d: number} | undefined;
  for (const flag of Object.keys(FLAGS)) {
    const d = distance(name, flag);
    if (d <= (flag.length > 4 ? 2 : 1) && (!best || d < best.d)) best = {flag, d};
  }
  return best && `--${best.flag}`;
}

export function parseFlags(argv: readonly string[]): ParsedFlags {
  const {values, tokens} = util.parseArgs({args: [...argv], options: FLAGS, strict: false, allowPositionals: true, tokens: true});
  // A valid --lang decides the language of every message, even an error about another flag.
  let lang: Lang | undefined;
  let badLang: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'lang' || token.value === undefined) continue;
    lang = langOfTag(token.value);
    badLang = lang ? undefined : token.value;
  }
  const fail = (problem: FlagProblem): ParsedFlags => ({ok: false, problem, ...(lang ? {lang} : {})});
  let webFile: {value: string; index: number} | undefined;
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== 'option') continue;
    if (!isFlag(token.name)) {
      const suggestion = suggestFlag(token.rawName);
      return fail({kind: 'unknown', flag: token.rawName, ...(suggestion ? {suggestion} : {})});
    }
    const {type} = FLAGS[token.name];
    if (type === 'boolean' && token.inlineValue) return fail({kind: 'unknown', flag: `${token.rawName}=${token.value}`});
    // A flag's value may not be another flag (`--answers --lang en`); `-` is stdin.
    if (type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))) {
      return fail({kind: 'needsValue', flag: token.rawName});
    }
    const next = tokens[at + 1];
    if (token.name === 'web' && next?.kind === 'positional') webFile = {value: next.value, index: next.index};
  }
  if (badLang !== undefined) return fail({kind: 'badLang', value: badLang});
  const rest = tokens.flatMap((token) => (token.kind === 'positional' && token.index !== webFile?.index ? [token.value] : []));
  return {ok: true, values: values as Flags, positionals: rest, ...(webFile ? {webFile: webFile.value} : {}), ...(lang ? {lang} : {})};
}
