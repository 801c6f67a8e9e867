// A document as --plain prints it: the text file's layout (source/output/document-files.ts, a table as
// records of "label: value" lines), except that "how to send it" says what --plain offers, commands, not
// the keys of the full-screen interface (docs/cli.md).
import type {Content, Lang} from '../content/types.js';
import {documentFile} from '../output/document-files.js';
import {documentView} from '../output/documents.js';
import type {Answers} from '../engine/conditions.js';

/** The interface's strings a document uses, replaced by --plain's own. */
const PLAIN_WORDS: Readonly<Record<string, string>> = {
  'document.exportTable': 'plain.document.exportTable',
  'document.sendChinese': 'plain.document.sendChinese',
};

/** One document, filled in from the answers, as --plain prints it. */
export function plainDocument(content: Content, id: string, lang: Lang, answers: Answers): string {
  const ui = {...content.ui};
  for (const [key, plain] of Object.entries(PLAIN_WORDS)) if (ui[plain]) ui[key] = ui[plain];
  const plain = {...content, ui};
  return documentFile(plain, documentView(plain, id, lang, answers), lang, 'text');
}
