// The resume screen: when progress was saved and how much, then Continue, Start over, Delete saved answers.
import type {Content, Lang} from '../../content/types.js';
import {isComplete, progress, type State} from '../../engine/questionnaire.js';
import {t} from '../../i18n/index.js';
import {localDate} from '../../output/dates.js';
import type {Body, RowSpan, UiContext} from '../context.js';
import {blank, hanging, type Line, labelled, paragraph} from '../text.js';

export const RESUME_CHOICES = ['tui.resume.continue', 'tui.resume.startOver', 'tui.resume.delete'] as const;
export type ResumeChoice = (typeof RESUME_CHOICES)[number];

/** The choices as rows, the highlighted one marked; "continue" says where it leads. */
export function choiceRows(
  content: Content,
  lang: Lang,
  cursor: number,
  width: number,
  complete: boolean,
  lines: Line[],
): RowSpan[] {
  return RESUME_CHOICES.map((key, i) => {
    const start = lines.length;
    // With every question answered, "continue" leads straight to the results: say so.
    const label = t(content, key === 'tui.resume.continue' && complete ? 'tui.resume.results' : key, lang);
    const chosen = i === cursor;
    const row = hanging([{text: chosen ? '> ' : '  ', tone: 'text.accent', bold: true}], label, width, {bold: chosen});
    lines.push(...labelled(row, {role: 'option', state: {selected: chosen}, label}));
    return {start, end: lines.length, title: lines.length - start};
  });
}

export function resumeBody(ctx: UiContext, app: State, cursor: number, width: number): Body {
  const {content} = ctx;
  const {answered, total} = progress(content.questions, app.answers, app.current);
  // The saved timestamp is ISO; shown in local time.
  const date = ctx.savedAt ? localDate(new Date(ctx.savedAt), true) : '-';
  const lines: Line[] = [...paragraph(t(content, 'tui.resume.saved', app.lang, {date, answered, total}), width), blank];
  // "Continue" leads straight to the results only when every question is answered and none is to be
  // asked again (a question whose meaning changed since the progress was saved).
  const toResults = isComplete(content.questions, app.answers) && app.current === undefined;
  const rows = choiceRows(content, app.lang, cursor, width, toResults, lines);
  return {lines, rows};
}
