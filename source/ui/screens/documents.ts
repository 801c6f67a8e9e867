// The documents the answers call for (`d` on the results), and one document on its own screen: the text to
// send, reflowed to the width, then how to send it and keep proof, under a rule. A table to fill in is shown
// as its columns, each with the licensed lenders' rule for it: a table of eight columns cannot be read at
// 40 columns, and its file is a keystroke away (`e`). Back from a document is the list; back from the list,
// the results as they were.
import type {Content, Lang} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import type {State} from '../../engine/questionnaire.js';
import {documentView, type Part, sendChineseNote} from '../../output/documents.js';
import {framed, frameWidth} from '../chrome.js';
import type {Body, RowSpan, ScreenModule, UiContext} from '../context.js';
import {clampScroll, cursorWindow, isScrollCommand, scrolled} from '../scroll.js';
import type {ScreenOf} from '../state.js';
import {blank, hanging, type Line, labelled, paragraph} from '../text.js';
import {none} from '../transition.js';

type DocumentsScreen = ScreenOf<'documents'>;

/** The documents these answers call for: from the result (computed once for the answers, not per frame). */
export function documentIds(ctx: UiContext, app: State): string[] {
  return ctx.result(app).documents.map((doc) => doc.id);
}

export function documentsBody(ctx: UiContext, app: State, screen: DocumentsScreen, width: number): Body {
  const {content} = ctx;
  const ids = documentIds(ctx, app);
  if (ids.length === 0) return {lines: paragraph(t(content, 'tui.documents.none', app.lang), width)};
  const lines: Line[] = [...paragraph(t(content, 'tui.documents.intro', app.lang), width), blank];
  const rows: RowSpan[] = ids.map((id, i) => {
    const start = lines.length;
    const chosen = i === screen.cursor;
    const title = content.documents.find((d) => d.id === id)!.title[app.lang];
    const row = hanging([{text: chosen ? '> ' : '  ', tone: 'text.accent', bold: true}], title, width, chosen ? {tone: 'text.accent', bold: true} : {});
    lines.push(...labelled(row, {role: 'option', state: {selected: chosen}, label: title}));
    return {start, end: lines.length, title: lines.length - start};
  });
  return {lines, rows};
}

/** Parts laid out to the width, a blank line between them; numbered lines hang under their number. */
function partLines(content: Content, lang: Lang, parts: readonly Part[], width: number, tone?: 'text.secondary'): Line[] {
  const style = tone ? {tone} : {};
  return parts.flatMap((part, i): Line[] => {
    const gap = i === 0 ? [] : [blank];
    if (part.kind === 'paragraph') return [...gap, ...paragraph(part.text, width, style)];
    if (part.kind === 'lines') {
      return [
        ...gap,
        ...part.lines.flatMap((line) => {
          const mark = /^(\d+\. |[一二三四五六七八九十]+、|- )/.exec(line)?.[0] ?? '';
          return hanging([{text: mark, ...style}], line.slice(mark.length), width, style);
        }),
      ];
    }
    const [header = [], rules = []] = part.rows;
    return [
      ...gap,
      ...header.flatMap((name, c) => [
        ...(c === 0 ? [] : [blank]),
        ...paragraph(name, width, {bold: true}),
        ...(c === 0 || !rules[c]
          ? []
          : hanging([{text: '  '}], t(content, 'document.rule', lang, {label: rules[0] ?? '', rule: rules[c]!}), width, {tone: 'text.secondary'})),
      ]),
    ];
  });
}

/** A document's lines, and its title (the screen's name in the title line). */
export function documentBody(ctx: UiContext, app: State, id: string, width: number): Body & {readonly title: string} {
  const doc = documentView(ctx.content, id, app.lang, app.answers);
  // Whoever receives it reads Chinese: said before the text, which a person may copy (c) at once.
  const chinese = sendChineseNote(ctx.content, id, app.lang);
  const lines: Line[] = chinese ? [...paragraph(chinese, width, {tone: 'status.warning', bold: true}), blank] : [];
  // Paragraphs are laid out to the screen's width here; the content keeps one line per paragraph.
  lines.push(...partLines(ctx.content, app.lang, doc.parts.text, width));
  lines.push(blank, [{text: '-'.repeat(Math.min(width, 40)), tone: 'text.secondary', ariaHidden: true}], blank);
  lines.push(...paragraph(t(ctx.content, 'tui.document.howToSend', app.lang), width, {bold: true}), blank);
  lines.push(...partLines(ctx.content, app.lang, doc.parts.howToSend, width, 'text.secondary'));
  return {lines, title: doc.title};
}

export const documentsScreen: ScreenModule<'documents'> = {
  /** `d` on the results: the list, its first document highlighted; back returns to the results as they were. */
  enter: (from) => ({kind: 'documents', cursor: 0, from}),
  keys: () => 'documents',
  frame(ctx, ui, s, size) {
    const body = documentsBody(ctx, ui.app, s, frameWidth(size));
    return framed(ctx, ui, 'documents', size, body, (height) => cursorWindow(body, s.cursor, height));
  },
  update(ctx, ui, s, _frame, {command}) {
    const ids = documentIds(ctx, ui.app);
    if (command === 'up') return none({...ui, screen: {...s, cursor: Math.max(0, s.cursor - 1)}});
    if (command === 'down') return none({...ui, screen: {...s, cursor: Math.max(0, Math.min(ids.length - 1, s.cursor + 1))}});
    if (command === 'back') return none({...ui, screen: s.from});
    const id = ids[s.cursor];
    if (command === 'select' && id) return none({...ui, screen: documentScreen.enter(id, s.from)});
    return none(ui);
  },
};

export const documentScreen: ScreenModule<'document'> = {
  /** A document of the list, from its top. */
  enter: (id, from) => ({kind: 'document', id, scroll: 0, from}),
  keys: () => 'document',
  frame(ctx, ui, s, size) {
    const body = documentBody(ctx, ui.app, s.id, frameWidth(size));
    return framed(ctx, ui, 'document', size, body, (height) => ({top: clampScroll(s.scroll, body.lines.length, height)}), {title: body.title});
  },
  update(ctx, ui, s, frame, {command}) {
    if (isScrollCommand(command)) return none({...ui, screen: {...s, scroll: scrolled(s.scroll, command, frame.body.lines.length, frame.height)}});
    if (command === 'copy') return {ui, effects: [{type: 'copy', what: {kind: 'document', id: s.id}}]};
    if (command === 'export') return {ui, effects: [{type: 'export', what: {kind: 'document', id: s.id}}]};
    if (command !== 'back') return none(ui);
    const cursor = Math.max(0, documentIds(ctx, ui.app).indexOf(s.id));
    return none({...ui, screen: {kind: 'documents', cursor, from: s.from}});
  },
};
