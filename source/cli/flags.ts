// The flags (docs/cli.md), parsed by hand: node:util's parseArgs costs several milliseconds on its first
// call, more than a whole --version run may take. The same rules: `--flag value` or `--flag=value` for
// string flags, booleans take no value, `--` ends the flags, the last of a repeated flag wins.

export const FLAGS = {
  lang: 'string',
  answers: 'string',
  format: 'string',
  letter: 'string',
  phone: 'boolean',
  web: 'boolean',
  serial: 'string',
  fresh: 'boolean',
  plain: 'boolean',
  'no-save': 'boolean',
  forget: 'boolean',
  where: 'boolean',
  help: 'boolean',
  version: 'boolean',
} as const;

const SHORT: Readonly<Record<string, keyof typeof FLAGS>> = {h: 'help', v: 'version'};

type FlagName = keyof typeof FLAGS;
export type Flags = {-readonly [K in FlagName]?: (typeof FLAGS)[K] extends 'string' ? string : boolean};

export type FlagProblem = {readonly kind: 'unknown'; readonly flag: string} | {readonly kind: 'needsValue'; readonly flag: string};

export type ParsedFlags =
  | {readonly ok: true; readonly values: Flags; readonly positionals: string[]}
  | {readonly ok: false; readonly problem: FlagProblem};

const isFlag = (name: string): name is FlagName => Object.hasOwn(FLAGS, name);

export function parseFlags(argv: readonly string[]): ParsedFlags {
  const values: Flags = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else if (arg.startsWith('-') && arg.length === 2 && SHORT[arg[1]!]) {
      name = SHORT[arg[1]!]!;
    } else if (arg.startsWith('-') && arg.length > 1) {
      return {ok: false, problem: {kind: 'unknown', flag: arg}};
    } else {
      positionals.push(arg);
      continue;
    }
    if (!isFlag(name)) return {ok: false, problem: {kind: 'unknown', flag: arg.split('=')[0]!}};
    if (FLAGS[name] === 'boolean') {
      if (inline !== undefined) return {ok: false, problem: {kind: 'unknown', flag: arg}};
      (values as Record<string, boolean>)[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    // A flag's value may not be another flag (`--answers --lang en`), as with parseArgs.
    if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
      return {ok: false, problem: {kind: 'needsValue', flag: `--${name}`}};
    }
    if (inline === undefined) i++;
    (values as Record<string, string>)[name] = value;
  }
  return {ok: true, values, positionals};
}
