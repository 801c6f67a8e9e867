// A document as --plain prints it: the text file's layout (source/output/document-files.ts), with two
// differences. A table is printed as records of "label: value" lines, which read at 40 columns and to a
// screen reader (a Markdown table's rows are too wide for a terminal, and read as runs of bars): first the
// rules row, then one empty record to copy. And "how to send it" says what --plain offers, commands, not
// the keys of the full-screen interface (docs/cli.md).
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {SEPARATOR} from '../output/document-files.js';
import {documentView, type Part} from '../output/documents.js';
import type {Answers} from '../engine/conditions.js';

/** The interface's strings a document uses, replaced by --plain's own. */
const PLAIN_WORDS: Readonly<Record<string, string>> = {
  'document.exportTable': 'plain.document.exportTable',
  'document.sendChinese': 'plain.document.sendChinese',
};

const BLANK = '________';

function records(content: Content, lang: Lang, rows: readonly (readonly string[])[]): string {
  const [header = [], rules = [], ...rest] = rows;
  const field = (label: string, value: string) => `- ${t(content, 'tui.document.rule', lang, {label, rule: value})}`;
  // The rules row: its first cell names it, each other cell is the rule for its column (or nothing).
  const ruled = header.flatMap((name, i) => (i > 0 && rules[i] ? [field(name, rules[i])] : []));
  const blocks = [[rules[0] ?? '', ...ruled].join('\n')];
  // The empty rows are room to write in: one of them, as the record to copy; a row with something in it as it is.
  const filled = rest.filter((row) => row.some((cell) => cell !== ''));
  for (const row of filled) blocks.push(header.map((name, i) => field(name, row[i] || BLANK)).join('\n'));
  if (filled.length < rest.length) blocks.push([t(content, 'plain.document.record', lang), ...header.map((name) => field(name, BLANK))].join('\n'));
  return blocks.join('\n\n');
}

function partsPlain(content: Content, lang: Lang, parts: readonly Part[]): string {
  return parts
    .map((part) => (part.kind === 'paragraph' ? part.text : part.kind === 'lines' ? part.lines.join('\n') : records(content, lang, part.rows)))
    .join('\n\n');
}

/** One document, filled in from the answers, as --plain prints it. */
export function plainDocument(content: Content, id: string, lang: Lang, answers: Answers): string {
  const ui = {...content.ui};
  for (const [key, plain] of Object.entries(PLAIN_WORDS)) if (ui[plain]) ui[key] = ui[plain];
  const view = documentView({...content, ui}, id, lang, answers);
  const heading = t(content, 'document.howToSend', lang);
  return `${partsPlain(content, lang, view.parts.text)}\n\n${SEPARATOR}\n\n${heading}\n\n${partsPlain(content, lang, view.parts.howToSend)}\n`;
}
