// What the page knows, as plain functions over the core (docs/web.md): the language a browser asks for, the
// saved shape of "remember on this phone" (the shape of saved progress, docs/contract.md: ids only), and
// the few choices of what the results show. No DOM here, so the rules are tested without a browser.
import type {Content, Lang} from '../content/types.js';
import {LANGS} from '../content/types.js';
import type {Answers, AnswerValue} from '../engine/conditions.js';
import {normalizeAnswers, type State} from '../engine/questionnaire.js';
import {langOfLocale} from '../i18n/index.js';

/** The browser's languages, best first: the first the tool is in, read as the terminal reads its locale. */
export function langFromTags(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const lang = langOfLocale(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The key of the one localStorage entry, written only when the person switches "remember" on. */
export const STORAGE_KEY = 'debt-privacy-check';
export const SCHEMA_VERSION = 1;

/** The saved shape of docs/contract.md (saved progress): ids only, no free text. */
export interface SavedShape {
  readonly schemaVersion: number;
  readonly contentVersion: string;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly current?: string;
  readonly done: readonly string[];
  readonly updatedAt: string;
}

export function toSaved(state: State, contentVersion: string, now: Date): SavedShape {
  return {
    schemaVersion: SCHEMA_VERSION,
    contentVersion,
    lang: state.lang,
    answers: state.answers,
    ...(state.current === undefined ? {} : {current: state.current}),
    done: state.done,
    updatedAt: now.toISOString(),
  };
}

const ID = /^[a-z][a-z0-9_]{0,63}$/;
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

/**
 * Saved text read back, or undefined when it is not exactly ours: unknown questions, options and checklist
 * ids are dropped, answers are normalized against the questions as they are now.
 */
export function fromSaved(
  content: Content,
  text: string | null,
): {lang: Lang; answers: Answers; current?: string; done: string[]; updatedAt: string} | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const saved = data as Partial<Record<keyof SavedShape, unknown>>;
  if (saved.schemaVersion !== SCHEMA_VERSION || !(LANGS as readonly unknown[]).includes(saved.lang)) return undefined;
  if (saved.answers === null || typeof saved.answers !== 'object' || Array.isArray(saved.answers)) return undefined;
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(saved.answers as Record<string, unknown>)) {
    const question = content.questions.find((q) => q.id === id);
    if (!question) continue;
    const values = new Set(question.options.map((o) => o.value));
    if (question.type === 'single' && isId(value) && values.has(value)) answers[id] = value;
    if (question.type === 'multi' && Array.isArray(value) && value.length > 0 && value.every((v) => isId(v) && values.has(v))) answers[id] = value as string[];
  }
  const items = new Set(content.checklist.map((c) => c.id));
  const done = Array.isArray(saved.done) ? saved.done.filter((d): d is string => isId(d) && items.has(d)) : [];
  const kept = normalizeAnswers(content.questions, answers);
  const current = isId(saved.current) && content.questions.some((q) => q.id === saved.current) ? saved.current : undefined;
  const updatedAt = typeof saved.updatedAt === 'string' && !Number.isNaN(Date.parse(saved.updatedAt)) ? saved.updatedAt : '';
  return {lang: saved.lang as Lang, answers: kept, ...(current ? {current} : {}), done, updatedAt};
}
