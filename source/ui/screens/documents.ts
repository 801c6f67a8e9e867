// The documents that apply (`d` on the results), and one document on its own screen: the text to send,
// reflowed to the width, then how to send it and keep proof, under a rule.
import {t} from '../../i18n/index.js';
import type {State} from '../../engine/questionnaire.js';
import {applicableDocuments, documentView} from '../../output/documents.js';
import type {Body, BodyWindow, RowSpan, UiContext} from '../context.js';
import type {ScreenState} from '../state.js';
import {blank, hanging, type Line, labelled, paragraph} from '../text.js';

type DocumentsScreen = Extract<ScreenState, {kind: 'documents'}>;

export function documentIds(ctx: UiContext, app: State): string[] {
  return applicableDocuments(ctx.content, app.answers);
}

export function documentsBody(ctx: UiContext, app: State, screen: DocumentsScreen, width: number): Body {
  const {content} = ctx;
  const lines: Line[] = [...paragraph(t(content, 'tui.documents.intro', app.lang), width), blank];
  const rows: RowSpan[] = documentIds(ctx, app).map((id, i) => {
    const start = lines.length;
    const chosen = i === screen.cursor;
    const title = documentView(content, id, app.lang, app.answers).title;
    const row = hanging([{text: chosen ? '> ' : '  ', tone: 'text.accent', bold: true}], title, width, chosen ? {tone: 'text.accent', bold: true} : {});
    lines.push(...labelled(row, {role: 'option', state: {selected: chosen}, label: title}));
    return {start, end: lines.length, title: lines.length - start};
  });
  return {lines, rows};
}

/** Keeps the highlighted row on screen (the bottom of it, for a long title in a short terminal). */
export function cursorWindow(body: Body, cursor: number, height: number): BodyWindow {
  const end = body.rows?.[cursor]?.end ?? body.lines.length;
  return {top: Math.max(0, Math.min(body.lines.length - height, end - height))};
}

export function documentBody(ctx: UiContext, app: State, id: string, width: number): Body {
  const doc = documentView(ctx.content, id, app.lang, app.answers);
  // Paragraphs are laid out to the screen's width here; the content keeps one line per paragraph.
  const lines: Line[] = paragraph(doc.text.trimEnd(), width);
  if (doc.howToSend.trim() !== '') {
    lines.push(blank, [{text: '-'.repeat(Math.min(width, 40)), tone: 'text.secondary', ariaHidden: true}], blank);
    lines.push(...paragraph(t(ctx.content, 'tui.document.howToSend', app.lang), width, {bold: true}));
    lines.push(...paragraph(doc.howToSend.trimEnd(), width, {tone: 'text.secondary'}));
  }
  return {lines};
}
