// The personal-information deletion request letter (docs/contract.md, documents). Pure.
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {reference} from './present.js';

export function letterText(content: Content, lang: Lang): string {
  const {title, body, references} = content.letter;
  const refs = references.map((id) => `- ${reference(content, id, lang).text}`);
  // The lender reads Chinese: someone reading the English version is told how to get the one to send.
  const note = lang === 'en' ? `${t(content, 'report.letterInChinese', lang)}\n\n` : '';
  return `${note}${title[lang]}\n\n${body[lang].trimEnd()}\n\n${refs.join('\n')}\n`;
}
