// A question screen: section and counter, a bar that is full at the end, the prompt, why we ask, the
// options (numbered 1-9, then 0 for the tenth) and how to answer. A number picks a single choice (ticks a
// multiple one); Enter picks the highlighted option (confirms the ticked ones); Space on a single choice
// says how to pick instead; `p` on question 6 checks the phone when adb was found.
import type {Content, Question} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import {type State, toggleOption} from '../../engine/questionnaire.js';
import {counter} from '../../engine/counter.js';
import {framed, frameWidth} from '../chrome.js';
import type {Body, BodyWindow, Frame, RowSpan, ScreenModule, UiContext, Update} from '../context.js';
import {numberRange} from '../keymap.js';
import type {ScreenOf} from '../state.js';
import {offerLines, phoneOffered, startPhoneCheck} from './phone.js';
import {currentQuestion, optionsOf} from '../state.js';
import {bar, blank, hanging, type Line, labelled, paragraph} from '../text.js';
import {engine, none, saved} from '../transition.js';

/** A question as shown: its state, with the one-key warning of how to pick (`pick`) when there is one. */
type QuestionScreen = Omit<ScreenOf<'question'>, 'hint'> & {readonly hint: ScreenOf<'question'>['hint'] | 'pick'};

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
  // The last row is kept for the line that says how many options are below (moreBelow), if any are.
  height = Math.max(1, height - 1);
  const end = rows[screen.cursor + 1]?.start ?? lines.length;
  const start = Math.max(0, Math.min(lines.length - height, end - height + 1));
  const warned = screen.hint !== 'none';
  const top = warned ? Math.max(start, Math.min(lines.length - height, rows[screen.cursor]?.start ?? start)) : start;
  return {top};
}

/**
 * Options cut off by a short terminal: the body's last row says how many are below ("(3 more below)"), so
 * that nobody takes the options on screen for all of them. (The frame's body starts under the title and
 * the blank line after it.)
 */
function withMoreBelow(ctx: UiContext, lang: State['lang'], frame: Frame<Body>): Frame<Body> {
  const {body, window, height} = frame;
  if (body.lines.length <= height) return frame;
  const bottom = window.top + height - 1;
  const below = (body.rows ?? []).filter((row) => row.start >= bottom).length;
  if (below === 0) return frame;
  const more: Line = [{text: t(ctx.content, 'tui.question.moreBelow', lang, {n: below}), tone: 'text.secondary'}];
  return {...frame, lines: frame.lines.map((line, i) => (i === 2 + height - 1 ? more : line))};
}

/** The question the questionnaire is on, as entered: its previous answer pre-selected. */
function enterQuestion(content: Content, app: State): ScreenOf<'question'> {
  const question = currentQuestion(app, content.questions);
  const base = {kind: 'question', cursor: 0, picked: [], hint: 'none'} as const;
  if (!question) return base;
  const options = optionsOf(app, question, content.questions);
  const previous = app.answers[question.id];
  if (question.type === 'single') {
    return {...base, cursor: Math.max(0, options.findIndex((o) => o.value === previous))};
  }
  const picked = previous === undefined || typeof previous === 'string' ? [] : [...previous];
  return {...base, cursor: Math.max(0, options.findIndex((o) => picked.includes(o.value))), picked};
}

export const questionScreen: ScreenModule<'question'> = {
  enter: enterQuestion,
  keys: (ctx, ui) => (currentQuestion(ui.app, ctx.content.questions)?.type === 'multi' ? 'question:multi' : 'question:single'),
  frame(ctx, ui, s, size) {
    const shown: QuestionScreen = ui.once.pickHint ? {...s, hint: 'pick'} : s;
    const body = questionBody(ctx, ui.app, shown, frameWidth(size));
    const keys = questionScreen.keys(ctx, ui, s);
    const frame = framed(ctx, ui, keys, size, body, (height) => questionWindow(body, shown, height), {vars: body.hintVars, phone: phoneOffered(ctx, ui.app)});
    return withMoreBelow(ctx, ui.app.lang, frame);
  },
  update(ctx, ui, s, frame, matched, was): Update {
    const {content} = ctx;
    const question = currentQuestion(ui.app, content.questions);
    if (!question) return none(ui);
    const options = optionsOf(ui.app, question, content.questions);
    const count = options.length;
    const multi = frame.keys === 'question:multi';
    const answer = (value: string | readonly string[]) => saved(content, ui, {type: 'ANSWER', question: question.id, value});
    const pickHint = none({...ui, once: {pickHint: true}});
    const toggle = (index: number): Update => {
      const option = options[index];
      if (!option) return none(ui);
      return none({...ui, screen: {...s, cursor: index, picked: toggleOption(question, s.picked, option.value), hint: 'none'}});
    };
    switch (matched.command) {
      case 'up':
        return none({...ui, screen: {...s, cursor: (s.cursor + count - 1) % count}});
      case 'down':
        return none({...ui, screen: {...s, cursor: (s.cursor + 1) % count}});
      case 'back':
        return none(engine(content, ui, {type: 'BACK'}));
      case 'phone':
        return phoneOffered(ctx, ui.app) ? startPhoneCheck(ui) : none(ui);
      case 'pick': {
        const index = matched.index ?? -1;
        if (index < 0 || index >= count) return none(ui);
        if (multi) return toggle(index);
        const picked = answer(options[index]!.value);
        // The next question remembers, for one key, that this one was answered by a number key.
        const moved = picked.ui.app.phase === 'question' && picked.ui.app.current !== question.id;
        return moved ? {...picked, ui: {...picked.ui, once: {afterNumberPick: true}}} : picked;
      }
      case 'toggle':
        // Space cannot pick on a single-choice question: say how to pick instead, leaving the answer alone.
        return multi ? toggle(s.cursor) : pickHint;
      case 'select': {
        // Enter right after a number answered the previous question: show how to pick instead of picking.
        if (!multi && was.afterNumberPick) return pickHint;
        if (!multi) {
          const option = options[s.cursor];
          return option ? answer(option.value) : none(ui);
        }
        if (s.picked.length === 0) return none({...ui, screen: {...s, hint: 'empty'}});
        // In the content's order, whatever order they were ticked in.
        return answer(options.filter((o) => s.picked.includes(o.value)).map((o) => o.value));
      }
      default:
        return none(ui);
    }
  },
};
