// The content a run needs: one language at start (a third of the size of all three), or all of them for
// the interactive interface, which can switch languages. Each language is a JSON file beside the code,
// read and parsed when asked for.
import {fs} from '../platform/fs.js';
import {type Content, type Lang, LANGS, type OneLanguage, type StartContent} from './types.js';

/**
 * Where the language files are, relative to the module this code is bundled into: set by the build
 * (scripts/build.js), which checks it; unset when running from source, where they sit beside this file.
 */
declare const CONTENT_DIR: string | undefined;
const base = typeof CONTENT_DIR === 'string' ? CONTENT_DIR : './';

/** A language's content is three files: what the first frame needs, the rest, and the documents' texts. */
export function contentFile(lang: Lang, part: 'start' | 'rest' | 'documents'): URL {
  return new URL(`${base}generated-${lang}-${part}.json`, import.meta.url);
}

const read = (url: URL): unknown => JSON.parse(fs.readFileSync(url, 'utf8'));

/** The part of one language's content the first frame needs, a sixth of the whole to read and parse. */
export async function loadStartContent(lang: Lang): Promise<StartContent> {
  return read(contentFile(lang, 'start')) as StartContent;
}

/**
 * One language's content. Without `documents`, each document is only its id, title and condition (all a
 * result needs: which apply); with it, their texts too (--letter, the interface).
 */
export async function loadContent(lang: Lang, {documents = false} = {}): Promise<OneLanguage> {
  const start = read(contentFile(lang, 'start')) as StartContent;
  const rest = read(contentFile(lang, 'rest')) as Partial<OneLanguage>;
  // The rest holds the whole checklist (the start, its ids only) and the other strings.
  const all = {...start, ...rest, ui: {...start.ui, ...rest.ui}} as OneLanguage;
  return documents ? {...all, documents: read(contentFile(lang, 'documents')) as OneLanguage['documents']} : all;
}

/** Merges the languages' files: each text gets its three languages back. */
function merge(parts: readonly unknown[]): unknown {
  const [first] = parts;
  if (Array.isArray(first)) return first.map((_, i) => merge(parts.map((p) => (p as unknown[])[i])));
  if (first !== null && typeof first === 'object') {
    const keys = new Set(parts.flatMap((p) => Object.keys(p as object)));
    return Object.fromEntries([...keys].map((k) => [k, merge(parts.map((p) => (p as Record<string, unknown>)[k]).filter((v) => v !== undefined))]));
  }
  return first;
}

export async function loadAllContent(): Promise<Content> {
  const parts = await Promise.all(LANGS.map((lang) => loadContent(lang, {documents: true})));
  return merge(parts) as Content;
}
