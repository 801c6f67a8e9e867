// A question screen: section and counter, a bar that is full at the end, the prompt, why we ask, the
// options (numbered 1-9, then 0 for the tenth) and how to answer.
import type {Question} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import type {State} from '../../engine/questionnaire.js';
import {counter} from '../../engine/counter.js';
import type {Body, BodyWindow, RowSpan, UiContext} from '../context.js';
import {numberRange} from '../keymap.js';
import type {ScreenState} from '../state.js';
import {offerLines, phoneOffered} from './phone.js';
import {currentQuestion, optionsOf} from '../state.js';
import {bar, blank, hanging, type Line, labelled, paragraph} from '../text.js';

type QuestionScreen = Extract<ScreenState, {kind: 'question'}>;

/** The number key of the option at `index` ("1." … "9.", "0." for the tenth), or room for one. */
function numberLabel(index: number): string {
  if (index < 9) return `${index + 1}.`;
  return index === 9 ? '0.' : '  ';
}

export function questionBody(ctx: UiContext, app: State, screen: QuestionScreen, width: number): Body {
  const {content} = ctx;
  const lang = app.lang;
  const question = currentQuestion(app, content.questions);
  if (!question) return {lines: []};
  const options = optionsOf(app, question, content.questions);
  const section = content.sections.find((s) => s.id === question.section);
  const count = counter(content.questions, app.answers, question.id);
  const countText = t(content, count.exact ? 'tui.question.counterExact' : 'tui.question.counter', lang, {
    n: count.position,
    left: count.left,
  });
  const lines: Line[] = [];
  lines.push(...paragraph(section ? `${section.title[lang]}  ${countText}` : countText, width, {tone: 'text.secondary'}));
  lines.push([{text: bar(count.fraction, Math.min(width, 42)), ariaHidden: true}]);
  lines.push(blank);
  lines.push(...paragraph(question.prompt[lang], width, {bold: true}));
  lines.push(...paragraph(t(content, 'tui.question.why', lang, {text: question.help[lang]}), width, {tone: 'text.secondary'}));
  // Above the options, so that a short terminal, which scrolls them, still shows it.
  if (phoneOffered(ctx, app)) lines.push(...offerLines(ctx, lang, width));
  lines.push(blank);
  const rows: RowSpan[] = options.map((option, i) => {
    const start = lines.length;
    const isCursor = i === screen.cursor;
    const checked = screen.picked.includes(option.value);
    const box = question.type === 'multi' ? (checked ? '[x] ' : '[ ] ') : '';
    const prefix: Line = [
      {text: isCursor ? '> ' : '  ', tone: 'text.accent', bold: true},
      {text: `${numberLabel(i)} ${box}`, tone: isCursor ? 'text.accent' : undefined},
    ];
    const row = hanging(prefix, option.label[lang], width, isCursor ? {tone: 'text.accent', bold: true} : {});
    const state = question.type === 'multi' ? {selected: isCursor, checked} : {selected: isCursor};
    // A screen reader hears the number key with the label.
    const label = `${numberLabel(i).trim()} ${option.label[lang]}`.trim();
    lines.push(...labelled(row, {role: question.type === 'multi' ? 'checkbox' : 'option', state, label}));
    return {start, end: lines.length, title: lines.length - start};
  });
  lines.push(blank);
  lines.push(...hintLines(ctx, question, screen.hint, lang, width));
  return {lines, rows, hintVars: {range: numberRange(options.length)}};
}

function hintLines(ctx: UiContext, question: Question, hint: QuestionScreen['hint'], lang: State['lang'], width: number) {
  const {content} = ctx;
  if (hint === 'empty') return paragraph(t(content, 'tui.question.empty', lang), width, {tone: 'status.warning'});
  if (hint === 'pick' && question.type === 'single') {
    return paragraph(t(content, 'tui.question.single', lang), width, {tone: 'status.warning', bold: true});
  }
  const key = question.type === 'multi' ? 'tui.question.multi' : 'tui.question.single';
  return paragraph(t(content, key, lang), width, {tone: 'text.secondary'});
}

/**
 * Too tall for the terminal: keep the highlighted option on screen, and a warning hint under the options
 * when there is room for both.
 */
export function questionWindow(body: Body, screen: QuestionScreen, height: number): BodyWindow {
  const {lines, rows = []} = body;
  if (lines.length <= height) return {top: 0};
  const end = rows[screen.cursor + 1]?.start ?? lines.length;
  const start = Math.max(0, Math.min(lines.length - height, end - height + 1));
  const warned = screen.hint !== 'none';
  const top = warned ? Math.max(start, Math.min(lines.length - height, rows[screen.cursor]?.start ?? start)) : start;
  return {top};
}
