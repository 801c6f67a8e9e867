// --letter: print a ready-to-send document, or with `list` the documents there are. With --answers, a
// document is filled in from the answers, and the list marks the ones the answers call for; a document the
// answers do not call for is still printed, after a one-line note on stderr. Without --answers, the saved
// progress of the questionnaire (or --plain) fills it in the same way, and one line on stderr says so:
// the person who answered on screen has no answers file. --blank (or nothing saved) gives the template.
import {loadContent} from '../platform/content-files.js';
import {DOCUMENT_IDS, type DocumentId} from '../content/types.js';
import type {Answers} from '../engine/conditions.js';
import {t} from '../i18n/index.js';
import {localDate} from '../output/dates.js';
import {documentFile} from '../output/document-files.js';
import {applicableDocuments, documentView} from '../output/documents.js';
import {untrusted} from '../text/untrusted.js';
import {noticeMessage} from '../ui/wording.js';
import {readAnswers} from './answers-input.js';
import {EXIT, type ModeContext, UsageError} from './mode.js';
import {openStore} from './store.js';

export const LIST = 'list';

/** Where the answers came from, for the notes on stderr. */
type Source = {readonly kind: 'file'; readonly name: string} | {readonly kind: 'saved'; readonly path: string; readonly date: string};

/** The saved answers, unless --blank or --no-save; the saved language unless --lang was given. */
async function savedAnswers(ctx: ModeContext): Promise<{answers: Answers; source: Source} | undefined> {
  if (ctx.flags.blank) return undefined;
  const store = openStore(ctx.io.env, await ctx.content(), {noSave: ctx.flags['no-save'] === true});
  const saved = store.load();
  // A damaged file set aside, answers dropped by a newer content version: said as the questionnaire says it.
  const notice = noticeMessage(await ctx.content(), ctx.lang, store.takeNotices());
  if (notice) ctx.io.stderr.write(`${notice.text}\n`);
  if (!saved || store.path === undefined || Object.keys(saved.answers).length === 0) return undefined;
  if (ctx.flags.lang === undefined) ctx.lang = saved.lang;
  return {answers: saved.answers, source: {kind: 'saved', path: untrusted(store.path, 1000), date: localDate(new Date(saved.updatedAt), true)}};
}

export async function letterMode(ctx: ModeContext, which: string, format: string): Promise<number> {
  if (which !== LIST && !(DOCUMENT_IDS as readonly string[]).includes(which)) {
    throw new UsageError('error.badLetter', {value: untrusted(which), valid: [LIST, ...DOCUMENT_IDS].join(', ')});
  }
  if (ctx.flags.blank && ctx.flags.answers !== undefined) throw new UsageError('error.blankWithAnswers');
  const file = ctx.flags.answers === undefined ? undefined : await readAnswers(ctx, ctx.flags.answers);
  const input = file ? {answers: file.answers, source: {kind: 'file', name: file.name} as Source} : await savedAnswers(ctx);
  // The documents' texts, which the other modes never load.
  const content = await loadContent(ctx.lang, {documents: true});
  const lang = ctx.lang;
  const applies = input ? new Set(applicableDocuments(content, input.answers)) : undefined;
  const out = ctx.io.stdout;
  const source = input?.source;

  if (which === LIST) {
    if (source?.kind === 'saved') await ctx.complain('cli.letterListFromSaved', {path: source.path, date: source.date});
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
  if (source?.kind === 'saved') await ctx.complain('cli.letterFromSaved', {path: source.path, date: source.date});
  if (source && !applies?.has(id)) {
    if (source.kind === 'file') await ctx.complain('cli.letterNotApplicable', {file: source.name, title: view.title});
    else await ctx.complain('cli.letterNotApplicableSaved', {title: view.title});
  }
  if (format === 'json') {
    const {title, text, howToSend} = view;
    out.write(`${JSON.stringify({id, title, text, howToSend}, null, 2)}\n`);
  } else {
    out.write(documentFile(content, view, lang, format as 'text' | 'markdown'));
  }
  return EXIT.ok;
}
