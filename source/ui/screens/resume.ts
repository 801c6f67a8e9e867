// The resume screen: when progress was saved and how much, then Continue, Start over, Delete saved answers
// (the last two ask once more).
import type {Content, Lang} from '../../content/types.js';
import {isComplete, progress, type State} from '../../engine/questionnaire.js';
import {t} from '../../i18n/index.js';
import {localDate} from '../../output/dates.js';
import {framed, frameWidth} from '../chrome.js';
import type {Body, RowSpan, ScreenModule, UiContext} from '../context.js';
import {blank, hanging, type Line, labelled, paragraph} from '../text.js';
import {cursorWindow} from '../scroll.js';
import {ask, engine, none, PERSIST} from '../transition.js';
import {message} from '../wording.js';

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

export const resumeScreen: ScreenModule<'resume'> = {
  enter: () => ({kind: 'resume', cursor: 0}),
  keys: () => 'resume',
  frame(ctx, ui, s, size) {
    const body = resumeBody(ctx, ui.app, s.cursor, frameWidth(size));
    return framed(ctx, ui, 'resume', size, body, (height) => cursorWindow(body, s.cursor, height));
  },
  update(ctx, ui, s, _frame, {command}, was) {
    const {content} = ctx;
    const count = RESUME_CHOICES.length;
    if (command === 'up') return none({...ui, screen: {...s, cursor: (s.cursor + count - 1) % count}});
    if (command === 'down') return none({...ui, screen: {...s, cursor: (s.cursor + 1) % count}});
    if (command !== 'select') return none(ui);
    const choice = RESUME_CHOICES[s.cursor];
    if (choice === 'tui.resume.continue') return {ui: engine(content, ui, {type: 'RESUME'}, true), effects: [PERSIST]};
    if (choice === 'tui.resume.startOver') {
      if (was.confirm !== 'startOver') return ask(content, ui, 'startOver');
      return {ui: engine(content, ui, {type: 'START_OVER'}, true), effects: [PERSIST]};
    }
    if (was.confirm !== 'delete') return ask(content, ui, 'delete');
    const cleared = engine(content, ui, {type: 'DELETE_SAVED'}, true);
    return {ui: {...cleared, once: {message: message(content, ui.app.lang, 'tui.resume.deleted', 'status.success')}}, effects: [PERSIST]};
  },
};
