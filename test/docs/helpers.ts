// What the tests of docs/ share: the repository's files, the JSON Schemas compiled as strictly as ajv allows,
// the JSON examples of a Markdown page, and the built CLI run on an answers file.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js';
import {requireBuiltCli} from '../support/pty.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

export type SchemaName = 'answers' | 'result' | 'document' | 'document-list' | 'saved-progress' | 'phone';

const ajv = new Ajv2020({allErrors: true, strict: true});
// An ISO 8601 time in UTC, as the program writes it and as Date.parse reads it (the saved file's own check).
ajv.addFormat('date-time', {type: 'string', validate: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s))});
const compiled = new Map<SchemaName, ValidateFunction>();

/** The schema docs/schemas/<name>.schema.json, compiled once. */
export function schema(name: SchemaName): ValidateFunction {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(read(`docs/schemas/${name}.schema.json`))));
  return compiled.get(name)!;
}

/** Whether `value` is valid, with ajv's errors as the message when it is not. */
export function check(name: SchemaName, value: unknown): {valid: boolean; errors: string} {
  const validate = schema(name);
  const valid = validate(value) as boolean;
  return {valid, errors: JSON.stringify(validate.errors)};
}

/** Every ```json block of a Markdown text, parsed. */
export function jsonExamples(markdown: string): unknown[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((m) => JSON.parse(m[1]!));
}

/** Runs the built CLI with these arguments, `input` on stdin, in a fresh config folder. */
export function runCli(args: readonly string[], input = ''): {code: number | null; out: string; err: string} {
  const env = {PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'dpc-docs-'))};
  const r = spawnSync(process.execPath, [requireBuiltCli(), ...args], {env, input, encoding: 'utf8', timeout: 20_000});
  return {code: r.status, out: r.stdout, err: r.stderr};
}

/** Runs the built CLI with `--answers -` on `answers` (an answers file's content) and the given flags. */
export function runAnswers(answers: unknown, args: readonly string[] = []): {code: number | null; out: string; err: string} {
  return runCli(['--answers', '-', ...args], typeof answers === 'string' ? answers : JSON.stringify(answers));
}
