// One language's content from its parts: what the first frame needs (`start`), the whole but the documents'
// texts (`main`), and those texts. How the parts are read is the shell's business
// (source/platform/content-files.ts reads them from disk); this is the same wherever they come from.
import type {Content, OneLanguage} from './types.js';

export type ContentPart = 'start' | 'main' | 'documents';

/** The whole but the documents' texts, with the texts when given (the documents in `main` are their ids, titles and conditions). */
export function assemble(main: OneLanguage, documents?: OneLanguage['documents']): OneLanguage {
  return documents ? {...main, documents} : main;
}

/** Merges the languages' content: each text gets its languages back. */
export function mergeLanguages(parts: readonly OneLanguage[]): Content {
  return merge(parts) as Content;
}

function merge(parts: readonly unknown[]): unknown {
  const [first] = parts;
  if (Array.isArray(first)) return first.map((_, i) => merge(parts.map((p) => (p as unknown[])[i])));
  if (first !== null && typeof first === 'object') {
    const keys = new Set(parts.flatMap((p) => Object.keys(p as object)));
    return Object.fromEntries([...keys].map((k) => [k, merge(parts.map((p) => (p as Record<string, unknown>)[k]).filter((v) => v !== undefined))]));
  }
  return first;
}
