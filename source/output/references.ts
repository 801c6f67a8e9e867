// A reference as shown: its title in one language, and its URL where one is known. Pure.
import type {Content, Lang} from '../content/types.js';

export interface ReferenceView {
  readonly id: string;
  readonly text: string;
  readonly url?: string;
}

export function reference(content: Content, id: string, lang: Lang): ReferenceView {
  const ref = content.references.find((r) => r.id === id);
  if (!ref) throw new Error(`Unknown reference "${id}"`);
  return ref.url ? {id, text: ref.title[lang], url: ref.url} : {id, text: ref.title[lang]};
}
