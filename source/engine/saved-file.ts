// The format of saved progress (docs/contract.md, saved progress), the terminal's config.json and the web
// edition's "remember on this phone" alike: ids only, checked strictly in both directions. Anything that does
// not fit exactly is treated as corrupt, so free text can neither be written nor read back. Pure.
import {isLang as isLangId} from '../content/languages.js';
import type {Lang} from '../content/types.js';
import type {Answers, AnswerValue} from './conditions.js';
import {isPlainObject} from './json.js';

/** What saved progress holds: ids only, never free text. */
export interface SavedProgress {
  readonly answers: Answers;
  /** The question on screen when saved. */
  readonly current?: string;
  /** Checklist item ids ticked done. */
  readonly done: readonly string[];
  readonly lang: Lang;
  /** ISO timestamp. */
  readonly updatedAt: string;
}

export const SCHEMA_VERSION = 1;
/** A saved file larger than this cannot be ours (a few dozen ids). */
export const MAX_FILE_BYTES = 64 * 1024;

const ID = /^[a-z][a-z0-9_]*$/;
const MAX_ID = 64;
const MAX_LIST = 64;
export const CONTENT_VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const FILE_KEYS = new Set(['schemaVersion', 'contentVersion', 'lang', 'answers', 'current', 'done', 'updatedAt']);

/** What config.json holds, key for key. */
export interface SavedFile {
  readonly schemaVersion: number;
  readonly contentVersion: string;
  readonly lang: Lang;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly current?: string;
  readonly done: readonly string[];
  readonly updatedAt: string;
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID && ID.test(value);
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST && value.every(isId);
}

function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && isLangId(value);
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** The file's text as saved progress plus its content version, or undefined when it is not exactly our format. */
export function decodeSaved(text: string): {progress: SavedProgress; contentVersion: string} | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(data)) return undefined;
  if (Object.keys(data).some((key) => !FILE_KEYS.has(key))) return undefined;
  const {schemaVersion, contentVersion, lang, answers, current, done, updatedAt} = data;
  if (schemaVersion !== SCHEMA_VERSION) return undefined;
  if (typeof contentVersion !== 'string' || !CONTENT_VERSION.test(contentVersion)) return undefined;
  if (!isLang(lang) || !isTime(updatedAt) || !isIdList(done)) return undefined;
  if (current !== undefined && !isId(current)) return undefined;
  if (!isPlainObject(answers)) return undefined;
  const entries = Object.entries(answers);
  if (entries.length > MAX_LIST) return undefined;
  const kept: Record<string, AnswerValue> = {};
  for (const [key, value] of entries) {
    if (!isId(key) || !(isId(value) || isIdList(value))) return undefined;
    // defineProperty: a key such as "constructor" stays a plain own property.
    Object.defineProperty(kept, key, {value, enumerable: true, writable: true, configurable: true});
  }
  const progress: SavedProgress = {
    answers: kept,
    ...(current === undefined ? {} : {current}),
    done,
    lang,
    updatedAt,
  };
  return {progress, contentVersion};
}

/**
 * The JSON text to save. Only the listed fields are copied, and only id-like values among them: whatever
 * else a caller passes by mistake (free text, extra fields) never reaches the disk. `updatedAt` is the
 * moment of saving, not whatever the caller put in `progress.updatedAt`.
 */
export function encodeSaved(progress: SavedProgress, stamp: {contentVersion: string; updatedAt: Date}): string {
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(progress.answers ?? {})) {
    if (!isId(key)) continue;
    if (typeof value === 'string') {
      if (isId(value)) answers[key] = value;
    } else if (Array.isArray(value)) {
      const ids = value.filter(isId).slice(0, MAX_LIST);
      if (ids.length > 0) answers[key] = ids;
    }
    if (Object.keys(answers).length >= MAX_LIST) break;
  }
  const file: SavedFile = {
    schemaVersion: SCHEMA_VERSION,
    contentVersion: stamp.contentVersion,
    lang: isLang(progress.lang) ? progress.lang : 'en',
    answers,
    ...(isId(progress.current) ? {current: progress.current} : {}),
    done: (Array.isArray(progress.done) ? progress.done.filter(isId) : []).slice(0, MAX_LIST),
    updatedAt: stamp.updatedAt.toISOString(),
  };
  // conf's serialisation (tab-indented JSON), so conf could read this file as it is.
  return `${JSON.stringify(file, undefined, '\t')}\n`;
}
