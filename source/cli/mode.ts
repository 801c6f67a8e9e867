// What every mode of the command line shares: exit codes, the output, usage errors, the language and its
// content (loaded on first use).
import type {Lang, OneLanguage} from '../content/types.js';
import type {Vars} from '../i18n/index.js';
import type {Flags} from './flags.js';

export const EXIT = {ok: 0, internal: 1, usage: 2, phone: 3, hangUp: 129, interrupted: 130, terminated: 143} as const;

export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: {write(text: string): unknown; readonly isTTY?: boolean};
  readonly stderr: {write(text: string): unknown; readonly isTTY?: boolean};
  readonly stdin: NodeJS.ReadableStream & {readonly isTTY?: boolean};
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Vars = {},
  ) {
    super(key);
  }
}

/** What a mode is given: the output, the language so far, and the content in it (loaded on first use). */
export interface ModeContext {
  readonly io: Io;
  flags: Flags;
  lang: Lang;
  content(): Promise<OneLanguage>;
  say(key: string, vars?: Vars): Promise<void>;
  complain(key: string, vars?: Vars): Promise<void>;
}

