// One language's content from its parts: what the first frame needs (`start`), the rest, and the
// documents' texts. How the parts are read is the shell's business (source/platform/content-files.ts
// reads them from disk); this is the same wherever they come from.
import type {Content, OneLanguage, StartContent} from './types.js';

export type ContentPart = 'start' | 'rest' | 'documents';

/** The parts merged: the rest holds the whole checklist (the start, its ids only) and the other strings. */
export function assemble(start: StartContent, rest: Partial<OneLanguage>, documents?: OneLanguage['documents']): OneLanguage {
  const all = {...start, ...rest, ui: {...start.ui, ...rest.ui}} as OneLanguage;
  return documents ? {...all, documents} : all;
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
