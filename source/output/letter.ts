// The personal-information deletion request letter (PRODUCT.md §6). Pure.
import type {Content, Lang} from '../content/types.js';
import {reference} from './present.js';

export function letterText(content: Content, lang: Lang): string {
  const {title, body, references} = content.letter;
  const refs = references.map((id) => `- ${reference(content, id, lang).text}`);
  return `${title[lang]}\n\n${body[lang].trimEnd()}\n\n${refs.join('\n')}\n`;
}
