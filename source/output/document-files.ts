// A document as printed or written to a file: plain text or Markdown (the text to send, a separator, then
// how to send it), and a document's table as CSV. Pure.
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {type DocumentView, markdownTable, type Part} from './documents.js';

export type DocumentFormat = 'text' | 'markdown';

export const SEPARATOR = '----------';

/** Text inside a Markdown paragraph, read as written: no emphasis from blanks (________), no stray HTML. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/^(\d+)\.(?= )/, '$1\\.');

function partsMarkdown(parts: readonly Part[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'paragraph') return escapeMarkdown(part.text);
      if (part.kind === 'table') return markdownTable(part.rows);
      // Each line its own paragraph: consecutive lines would run together in Markdown.
      return part.lines.map(escapeMarkdown).join('\n\n');
    })
    .join('\n\n');
}

export function documentFile(content: Content, view: DocumentView, lang: Lang, format: DocumentFormat): string {
  const heading = t(content, 'document.howToSend', lang);
  if (format === 'markdown') {
    return `${partsMarkdown(view.parts.text)}\n\n---\n\n**${escapeMarkdown(heading)}**\n\n${partsMarkdown(view.parts.howToSend)}\n`;
  }
  return `${view.text}\n\n${SEPARATOR}\n\n${heading}\n\n${view.howToSend}\n`;
}

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * The table as CSV (RFC 4180: CRLF line ends, quoted where needed), with a byte-order mark so that Excel
 * reads it as UTF-8 rather than in the system's legacy code page (GBK on Chinese Windows).
 */
export function documentCsv(view: DocumentView): string | undefined {
  if (!view.table) return undefined;
  return `\uFEFF${view.table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
