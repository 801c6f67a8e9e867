// --letter: print a ready-to-send document, or with `list` the documents there are. With --answers, a
// document is filled in from the answers, and the list marks the ones the answers call for; a document the
// answers do not call for is still printed, after a one-line note on stderr.
import {untrusted} from '../text/untrusted.js';
import {loadContent} from '../content/load.js';
import {DOCUMENT_IDS, type DocumentId} from '../content/types.js';
import {documentFile} from '../output/document-files.js';
import {t} from '../i18n/index.js';
import {applicableDocuments, documentView} from '../output/documents.js';
import {readAnswers} from './answers-input.js';
import {EXIT, type ModeContext, UsageError} from './mode.js';

export const LIST = 'list';

export async function letterMode(ctx: ModeContext, which: string, format: string): Promise<number> {
  if (which !== LIST && !(DOCUMENT_IDS as readonly string[]).includes(which)) {
    throw new UsageError('error.badLetter', {value: untrusted(which), valid: [LIST, ...DOCUMENT_IDS].join(', ')});
  }
  const input = ctx.flags.answers === undefined ? undefined : await readAnswers(ctx, ctx.flags.answers);
  // The documents' texts, which the other modes never load.
  const content = await loadContent(ctx.lang, {documents: true});
  const lang = ctx.lang;
  const applies = input ? new Set(applicableDocuments(content, input.answers)) : undefined;
  const out = ctx.io.stdout;

  if (which === LIST) {
    const rows = DOCUMENT_IDS.map((id) => ({id, title: documentView(content, id, lang).title, applies: applies?.has(id)}));
    if (format === 'json') {
      const json = rows.map(({id, title, applies: a}) => (a === undefined ? {id, title} : {id, title, applies: a}));
      out.write(`${JSON.stringify(json, null, 2)}\n`);
      return EXIT.ok;
    }
    const width = Math.max(...DOCUMENT_IDS.map((id) => id.length));
    const mark = t(content, 'cli.letterApplies', lang);
    for (const row of rows) {
      const id = format === 'markdown' ? `- \`${row.id}\`` : row.id.padEnd(width);
      out.write(`${id}  ${row.title}${row.applies ? `  ${mark}` : ''}\n`);
    }
    return EXIT.ok;
  }

  const id = which as DocumentId;
  const view = documentView(content, id, lang, input?.answers);
  if (input && !applies?.has(id)) await ctx.complain('cli.letterNotApplicable', {file: input.name, title: view.title});
  if (format === 'json') {
    const {title, text, howToSend} = view;
    out.write(`${JSON.stringify({id, title, text, howToSend}, null, 2)}\n`);
  } else {
    out.write(documentFile(content, view, lang, format as 'text' | 'markdown'));
  }
  return EXIT.ok;
}
