// Validates an answers file (docs/contract.md, docs/schemas/answers.schema.json). Pure: takes the text, returns answers or one precise error.
import type {Content, Lang} from '../content/types.js';
import {compareVersions, VERSION} from '../content/version.js';
import {checkAnswer} from '../engine/answer-check.js';
import {isPlainObject} from '../engine/json.js';
import type {AnswerValue} from '../engine/conditions.js';
import {migrateAnswers} from '../engine/migrate.js';
import {isLang, type Vars} from '../i18n/index.js';
import {untrusted} from '../text/untrusted.js';

export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

export interface ParsedAnswers {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly lang?: Lang;
  /** The file was written for an older content version and read as saved progress is. */
  readonly older?: {readonly version: string; readonly dropped: number; readonly revised: readonly string[]};
  /** The file was written for a newer content version than this one. */
  readonly newer?: string;
}

const KEYS = new Set(['answers', 'lang', 'contentVersion']);
/** Names every object has ("constructor", "toString", "__proto__"…): never a question, in any version. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An error as a UI string key plus its values, so it can be shown in the person's language. */
export interface InputError {
  readonly key: string;
  readonly vars: Vars;
}

export type ParseResult = {readonly ok: true; readonly value: ParsedAnswers} | {readonly ok: false; readonly error: InputError};

const fail = (key: string, vars: Vars): ParseResult => ({ok: false, error: {key, vars}});
/** A value from the file as one short line that cannot drive the terminal (text/untrusted.ts). */
const show = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? '[...]' : '{...}'; // nested too deeply to print
  }
  return untrusted(text, 60);
};
export function parseAnswersFile(content: Content, text: string, file: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('error.json', {file, reason: untrusted((error as Error).message)});
  }
  if (!isPlainObject(data) || !isPlainObject(data.answers)) return fail('error.shape', {file});
  // The questionnaire's saved progress (docs/contract.md), given as an answers file: say what reads it.
  if (Object.hasOwn(data, 'schemaVersion') && Object.hasOwn(data, 'updatedAt')) return fail('error.savedProgressFile', {file});
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key)) return fail('error.unknownKey', {file, key: show(key)});
  }
  let lang: Lang | undefined;
  if (data.lang !== undefined) {
    if (typeof data.lang !== 'string' || !isLang(data.lang)) return fail('error.fileLang', {file, value: show(data.lang)});
    lang = data.lang;
  }
  const withLang = <T extends object>(value: T) => (lang ? {...value, lang} : value);
  const version = data.contentVersion;
  if (version !== undefined && (typeof version !== 'string' || !VERSION.test(version))) {
    return fail('error.fileContentVersion', {file, value: show(version)});
  }
  // An older file may name a question since removed (dropped with a warning), but never one of these.
  const questionIds = new Set(content.questions.map((x) => x.id));
  const impossible = Object.keys(data.answers).find((key) => !questionIds.has(key) && PROTOTYPE_NAMES.has(key));
  if (impossible !== undefined) {
    return fail('error.unknownQuestion', {file, question: show(impossible), valid: content.questions.map((x) => x.id).join(', ')});
  }
  // Written for an older version: read as saved progress is, keeping what is still valid.
  if (version !== undefined && compareVersions(version, content.version) < 0) {
    const migrated = migrateAnswers(content.questions, data.answers, version, 'given');
    const older = {version, dropped: migrated.dropped, revised: migrated.revised};
    return {ok: true, value: withLang({answers: migrated.answers, older})};
  }
  const answers: Record<string, AnswerValue> = {};
  for (const [question, value] of Object.entries(data.answers)) {
    const q = content.questions.find((x) => x.id === question);
    if (!q) {
      return fail('error.unknownQuestion', {file, question: show(question), valid: content.questions.map((x) => x.id).join(', ')});
    }
    const problem = checkAnswer(q, value);
    if (problem) {
      const vars = {file, question, valid: q.options.map((o) => o.value).join(', ')};
      return fail(`error.${problem.kind}`, 'value' in problem ? {...vars, value: show(problem.value)} : vars);
    }
    answers[question] = value as AnswerValue;
  }
  const newer = version !== undefined && compareVersions(version, content.version) > 0 ? {newer: version} : {};
  return {ok: true, value: withLang({answers, ...newer})};
}
