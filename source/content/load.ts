// The content a run needs: one language at start (a third of the size of all three), or all of them for
// the interactive interface, which can switch languages. Each language is its own module, so loading one
// parses only that one.
import type {Content, Lang, OneLanguage} from './types.js';

export async function loadContent(lang: Lang): Promise<OneLanguage> {
  switch (lang) {
    case 'zh-Hans':
      return (await import('./generated-zh-Hans.js')).content;
    case 'zh-Hant':
      return (await import('./generated-zh-Hant.js')).content;
    case 'en':
      return (await import('./generated-en.js')).content;
  }
}

/** Merges the languages' modules: each text gets its three languages back. */
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
  const parts = await Promise.all([loadContent('zh-Hans'), loadContent('zh-Hant'), loadContent('en')]);
  return merge(parts) as Content;
}
