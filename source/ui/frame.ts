// One frame per render: every line on the screen (title, the visible part of the body, message, status,
// key hints) for a state and a terminal size, plus what the update needs of it (body height, rows). The
// view draws `lines`; the update reads the same frame; the first paint writes it before Ink has loaded.
// Pure: no React, no Ink.
import type {Content, Lang} from '../content/types.js';
import {t, type Vars} from '../i18n/index.js';
import {documentView} from '../output/documents.js';
import type {Body, BodyWindow, LayoutCache, Size, UiContext} from './context.js';
import {hints, type Screen} from './keymap.js';
import {cursorWindow, documentBody, documentIds, documentsBody} from './screens/documents.js';
import {phoneBody, phoneOffered, phoneWindow} from './screens/phone.js';
import {questionBody, questionWindow} from './screens/question.js';
import {resultsBody, type ResultsBody, resultsWindow, statusLine} from './screens/results.js';
import {resumeBody} from './screens/resume.js';
import {welcomeBody} from './screens/welcome.js';
import {clampScroll} from './scroll.js';
import {currentQuestion, type ResultsScreen, type UiState} from './state.js';
import {displayWidth} from '../output/width.js';
import {blank, type Line, paragraph, truncate} from './text.js';

/** Wider than this, lines get hard to read: the frame stays this wide on wide terminals. */
export const MAX_WIDTH = 100;

export interface Frame {
  readonly screen: Screen;
  readonly width: number;
  /** Rows for the body. */
  readonly height: number;
  readonly body: Body;
  readonly window: BodyWindow;
  /** Everything on the screen, top to bottom. */
  readonly lines: readonly Line[];
  /**
   * Body rows hidden under an overlay for this one frame (the results' full list of keys, or a message
   * longer than the status line and the hints it stands in for): the body is laid out as without it.
   */
  readonly covered?: number;
}

/** A cache that remembers the last results body; `misses` counts how often one was laid out. */
export function createLayoutCache(): LayoutCache & {readonly misses: number} {
  let last: {view: object; key: string; body: Body} | undefined;
  let misses = 0;
  return {
    get misses() {
      return misses;
    },
    results<T extends Body>(view: object, key: string, make: () => T): T {
      if (last && last.view === view && last.key === key) return last.body as T;
      misses++;
      const body = make();
      last = {view, key, body};
      return body;
    },
  };
}

const PHONE_SCREENS = {reading: 'phoneReading', findings: 'phoneFindings', revoke: 'phoneRevoke', confirm: 'phoneConfirm'} as const;

export function screenOf(ui: UiState, content: Content): Screen {
  switch (ui.screen.kind) {
    case 'question':
      return currentQuestion(ui.app, content.questions)?.type === 'multi' ? 'multi' : 'single';
    case 'phone':
      return PHONE_SCREENS[ui.screen.step];
    default:
      return ui.screen.kind;
  }
}

/** The key hints of a screen, packed whole into lines (a hint is never split across two lines). */
export function footerLines(
  content: Content,
  lang: Lang,
  screen: Screen,
  width: number,
  options: {
    readonly scrollable?: boolean;
    readonly more?: boolean;
    readonly phone?: boolean;
    readonly documents?: boolean;
    readonly vars?: Vars;
  } = {},
): Line[] {
  const rows: string[] = [];
  for (const hint of hints(screen, options).map((key) => t(content, key, lang, options.vars))) {
    const last = rows.at(-1);
    if (last !== undefined && displayWidth(`${last}  ${hint}`) <= width) rows[rows.length - 1] = `${last}  ${hint}`;
    else rows.push(hint);
  }
  return rows.flatMap((row) => paragraph(row, width, {tone: 'text.secondary'}));
}

function titleOf(ctx: UiContext, ui: UiState, width: number): string {
  const {content} = ctx;
  const lang = ui.app.lang;
  const tool = t(content, 'tui.title', lang);
  const name = (() => {
    switch (ui.screen.kind) {
      case 'resume':
        return t(content, 'tui.resume.title', lang);
      case 'results':
        return t(content, 'tui.results.title', lang);
      case 'documents':
        return t(content, 'tui.documents.title', lang);
      case 'document':
        return documentView(content, ui.screen.id, lang, ui.app.answers).title;
      case 'phone':
        return t(content, 'tui.phone.title', lang);
      default:
        return undefined;
    }
  })();
  if (name === undefined) return truncate(tool, width);
  const full = t(content, 'tui.titleWith', lang, {tool, screen: name});
  // Narrow terminals: the screen's own name matters more than the tool's.
  return displayWidth(full) <= width ? full : truncate(name, width);
}

/** The results body for this state, from the cache when only the highlight or the scroll changed. */
export function resultsLayout(ctx: UiContext, ui: UiState, screen: ResultsScreen, width: number, height: number): ResultsBody {
  const view = ctx.result(ui.app);
  const stressed = ui.app.answers.wellbeing === 'stressed';
  const options = {open: screen.open, why: screen.why, done: ui.app.done, stressed, width, height};
  const make = () => resultsBody(ctx.content, view, options);
  if (!ctx.cache) return make();
  return ctx.cache.results(view, `${screen.open}|${screen.why}|${ui.app.done.join(',')}|${stressed}|${width}|${height}`, make);
}

/** Lines of the frame around the body: everything but the body, with the room left for it. */
function chrome(
  ctx: UiContext,
  ui: UiState,
  screen: Screen,
  width: number,
  rows: number,
  extra: {status?: readonly Line[]; vars?: Vars; scrollable?: boolean; more?: boolean},
) {
  const {content} = ctx;
  const message = ui.message ? [...paragraph(ui.message.text, width, {tone: ui.message.tone}), blank] : [];
  // "d documents" only on the results, and only when some apply.
  const documents = screen === 'results' && documentIds(ctx, ui.app).length > 0;
  const hinted = {scrollable: extra.scrollable, more: extra.more, phone: phoneOffered(ctx, ui.app), documents, vars: extra.vars};
  const footer = footerLines(content, ui.app.lang, screen, width, hinted);
  const status = extra.status ?? [];
  // Title, blank, body, blank, message, status, footer, and the last row (Ink ends a frame with a newline).
  const height = Math.max(3, rows - 1 - 1 - 1 - message.length - status.length - footer.length - 1);
  return {message, footer, status, height};
}

function windowed(body: Body, window: BodyWindow, height: number): Line[] {
  const pinned = window.pinned ?? [];
  const room = Math.max(0, height - pinned.length);
  const start = Math.max(0, window.top);
  const shown = body.lines.slice(start, start + room);
  // Never end on a heading whose content is below the screen: leave those lines empty instead.
  let cut = shown.length;
  const isBlank = (line: Line | undefined) => line?.every((s) => s.text.trim() === '') === true;
  while (body.headings && start + shown.length < body.lines.length) {
    let i = cut - 1;
    while (i > 0 && isBlank(shown[i])) i--;
    if (i <= 0 || !body.headings.has(start + i)) break;
    cut = i;
  }
  // A window past the last full page (it starts at a paragraph) leaves empty rows at the bottom.
  return [...pinned, ...shown.slice(0, cut), ...Array.from({length: room - cut}, () => blank)];
}

/** The highlighted row's marker and title, drawn on top of lines laid out without them. */
function highlight(lines: readonly Line[], start: number, title: number): Line[] {
  return lines.map((line, i) => {
    if (i < start || i >= start + title) return line;
    return line.map((segment, j) => {
      if (i === start && j === 0) return {...segment, text: '> '};
      return j === line.length - 1 ? {...segment, tone: 'text.accent' as const} : segment;
    });
  });
}

/**
 * The bottom `bottom.length` lines of `lines` replaced by `bottom`, the height kept: an overlay on the body,
 * which stays laid out as it was (never above the title and the blank line under it).
 */
function overlaid(lines: readonly Line[], bottom: readonly Line[]): Line[] {
  const kept = Math.max(2, lines.length - bottom.length);
  return [...lines.slice(0, kept), ...bottom.slice(Math.max(0, bottom.length - (lines.length - kept)))];
}

/**
 * The results. The body is laid out for the room left by the status line and the main key hints, whatever
 * else is shown for one key: a message stands in for the status line and the hints (and, when it needs it,
 * the blank line above them); the full list of keys (`?`) is drawn over the bottom of the body. Either way
 * the list is never laid out again, and the next key brings back the same screen.
 */
function resultsFrame(ctx: UiContext, ui: UiState, s: ResultsScreen, screen: Screen, width: number, rows: number): Frame {
  const {content} = ctx;
  const view = ctx.result(ui.app);
  const plain = {...ui, message: undefined};
  const total = view.checklist.length;
  // The status's height does not depend on which item is highlighted: laid out with the widest count.
  const room = chrome(ctx, plain, screen, width, rows, {status: statusLine(content, view, ui.app.done, total, width)});
  const laid = resultsLayout(ctx, ui, s, width, room.height);
  const status = statusLine(content, view, ui.app.done, Math.min(total, s.focus + 1), width);
  const focused = laid.rows[s.focus];
  const body = focused ? {...laid, lines: highlight(laid.lines, focused.start, focused.title)} : laid;
  const window = resultsWindow(body, s, room.height);
  const title: Line = [{text: titleOf(ctx, ui, width), tone: 'text.accent', bold: true}];
  const lines = [title, blank, ...windowed(body, window, room.height), blank, ...status, ...room.footer];
  const message = ui.message ? paragraph(ui.message.text, width, {tone: ui.message.tone}) : [];
  const keys = s.keys ? chrome(ctx, plain, screen, width, rows, {more: true}).footer : [];
  if (message.length === 0 && keys.length === 0) return {screen, width, height: room.height, body, window, lines};
  const under = status.length + room.footer.length;
  // The message takes the status line's and the hints' rows (with the blank line above when it needs it).
  const shown = message.length === 0 ? [blank, ...status] : message.length < under + 1 ? [blank, ...message] : message;
  const bottom = [...shown, ...keys];
  const padded = [...bottom, ...Array.from({length: Math.max(0, under + 1 - bottom.length)}, () => blank)];
  const covered = Math.max(0, padded.length - (under + 1));
  return {screen, width, height: room.height, body, window, lines: overlaid(lines, padded), covered};
}

export function frameOf(ctx: UiContext, ui: UiState, size: Size): Frame {
  const {content} = ctx;
  const width = Math.max(1, Math.min(size.columns, MAX_WIDTH));
  const screen = screenOf(ui, content);
  const s = ui.screen;
  let body: Body;
  let window: BodyWindow;
  let room: ReturnType<typeof chrome>;
  switch (s.kind) {
    case 'welcome': {
      body = welcomeBody(ctx, ui.app.lang, width);
      room = chrome(ctx, ui, screen, width, size.rows, {});
      // In a terminal too short for it, the text scrolls, and only then do the hints say so.
      if (body.lines.length > room.height) room = chrome(ctx, ui, screen, width, size.rows, {scrollable: true});
      window = {top: clampScroll(s.scroll, body.lines.length, room.height)};
      break;
    }
    case 'resume':
      body = resumeBody(ctx, ui.app, s.cursor, width);
      room = chrome(ctx, ui, screen, width, size.rows, {});
      window = cursorWindow(body, s.cursor, room.height);
      break;
    case 'question': {
      body = questionBody(ctx, ui.app, s, width);
      room = chrome(ctx, ui, screen, width, size.rows, {vars: body.hintVars});
      window = questionWindow(body, s, room.height);
      break;
    }
    case 'results':
      return resultsFrame(ctx, ui, s, screen, width, size.rows);
    case 'documents':
      body = documentsBody(ctx, ui.app, s, width);
      room = chrome(ctx, ui, screen, width, size.rows, {});
      window = cursorWindow(body, s.cursor, room.height);
      break;
    case 'document':
      body = documentBody(ctx, ui.app, s.id, width);
      room = chrome(ctx, ui, screen, width, size.rows, {});
      window = {top: clampScroll(s.scroll, body.lines.length, room.height)};
      break;
    case 'phone':
      body = phoneBody(ctx, ui.app, s, width);
      room = chrome(ctx, ui, screen, width, size.rows, {});
      window = phoneWindow(body, s, room.height);
      break;
  }
  const title: Line = [{text: titleOf(ctx, ui, width), tone: 'text.accent', bold: true}];
  const lines: Line[] = [
    title,
    blank,
    ...windowed(body, window, room.height),
    blank,
    ...room.message,
    ...room.status,
    ...room.footer,
  ];
  return {screen, width, height: room.height, body, window, lines};
}
