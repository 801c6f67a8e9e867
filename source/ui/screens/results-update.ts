// The results as a screen: its frame (the body laid out in results.ts, windowed, with the status line and
// the hints, and what is shown for one key) and its keys. ↑/↓ always move between items (the "tonight"
// rows, then the rest of the checklist) and scroll just enough to show the highlighted one; PgUp/PgDn scroll
// a page and highlight the first title then visible; Enter opens and closes the highlighted item; Space
// ticks it, and only while its title is on screen. Opening an item or showing the answers behind the
// reasons keeps the highlighted title where it was. A window always starts at a paragraph.
import {blank, type Line, paragraph} from '../text.js';
import {chrome, frameWidth, overlaid, titleLine, windowed} from '../chrome.js';
import type {Frame, ScreenModule, UiContext, Update} from '../context.js';
import {clampScroll, isScrollCommand, pageStep, type ScrollCommand} from '../scroll.js';
import type {ResultsScreen, UiState} from '../state.js';
import {ask, engine, none, saved} from '../transition.js';
import {documentIds, documentsScreen} from './documents.js';
import {lastTop, resultsBody, type ResultsBody, resultsWindow, snapTop, statusLine} from './results.js';

type ResultsFrame = Frame<ResultsBody>;

/** The results body for this state, from the cache when only the highlight or the scroll changed. */
export function resultsLayout(ctx: UiContext, ui: UiState, screen: ResultsScreen, width: number, height: number): ResultsBody {
  const view = ctx.result(ui.app);
  const stressed = ui.app.answers.wellbeing === 'stressed';
  const options = {open: screen.open, why: screen.why, done: ui.app.done, stressed, width, height};
  const make = () => resultsBody(ctx.content, view, options);
  if (!ctx.cache) return make();
  // What the layout reads, each compared by identity (the ticks are a new array only when one changed).
  return ctx.cache.results([view, screen.open, screen.why, ui.app.done, stressed, width, height], make);
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
 * The results. The body is laid out for the room left by the status line and the main key hints, whatever
 * else is shown for one key: a message stands in for the status line and the hints (and, when it needs it,
 * the blank line above them); the full list of keys (`?`) is drawn over the bottom of the body. Either way
 * the list is never laid out again, and the next key brings back the same screen.
 */
function resultsFrame(ctx: UiContext, ui: UiState, s: ResultsScreen, width: number, rows: number): ResultsFrame {
  const {content} = ctx;
  const keys = 'results';
  const view = ctx.result(ui.app);
  const plain = {...ui, once: {}};
  const total = view.checklist.length;
  const documents = documentIds(ctx, ui.app).length > 0;
  // The status's height does not depend on which item is highlighted: laid out with the widest count.
  const room = chrome(ctx, plain, keys, width, rows, {status: statusLine(content, view, ui.app.done, total, width), documents});
  const laid = resultsLayout(ctx, ui, s, width, room.height);
  const status = statusLine(content, view, ui.app.done, Math.min(total, s.focus + 1), width);
  const focused = laid.rows[s.focus];
  const body = focused ? {...laid, lines: highlight(laid.lines, focused.start, focused.title)} : laid;
  const window = resultsWindow(body, s, room.height);
  const lines = [titleLine(ctx, ui, width), blank, ...windowed(body, window, room.height), blank, ...status, ...room.footer];
  const said = ui.once.message;
  const message = said ? paragraph(said.text, width, {tone: said.tone}) : [];
  const every = ui.once.keys ? chrome(ctx, plain, keys, width, rows, {more: true, documents}).footer : [];
  if (message.length === 0 && every.length === 0) return {keys, width, height: room.height, body, window, lines};
  const under = status.length + room.footer.length;
  // The message takes the status line's and the hints' rows (with the blank line above when it needs it).
  const shown = message.length === 0 ? [blank, ...status] : message.length < under + 1 ? [blank, ...message] : message;
  const bottom = [...shown, ...every];
  const padded = [...bottom, ...Array.from({length: Math.max(0, under + 1 - bottom.length)}, () => blank)];
  const covered = Math.max(0, padded.length - (under + 1));
  return {keys, width, height: room.height, body, window, lines: overlaid(lines, padded), covered};
}

/** Row `index`'s title is on screen: pinned at the top, or inside the window. */
export function titleVisible(frame: Frame, index: number): boolean {
  const row = frame.body.rows?.[index];
  if (!row) return false;
  const {top, pinned, pinnedRow} = frame.window;
  if (pinnedRow === index) return true;
  // Rows under an overlay (the full list of keys, a long message) are not on screen.
  return row.start >= top && row.start + row.title <= top + frame.height - (pinned?.length ?? 0) - (frame.covered ?? 0);
}

/**
 * The first line to show so that row `focus` is on screen, moving the window as little as possible and
 * starting it at a paragraph (never on the second half of a wrapped sentence).
 */
function reveal(body: ResultsBody, focus: number, top: number, height: number): number {
  const row = body.rows[focus]!;
  // The first row brings the level back into view; the last one the end of the page.
  if (focus === 0) return 0;
  if (focus === body.rows.length - 1 && body.lines.length - row.start <= height) return lastTop(body, height);
  if (row.end - row.start > height) return row.start; // taller than the screen: its title at the top
  if (row.start < top) return row.start;
  if (row.end <= top + height) return top;
  // Down just far enough, to the next paragraph's start, but never past the row's own title.
  return Math.min(snapTop(body, row.end - height, true), row.start);
}

function move(frame: ResultsFrame, screen: ResultsScreen, command: ScrollCommand): ResultsScreen {
  const {body} = frame;
  const {height} = frame;
  const top = frame.window.top;
  if (body.rows.length === 0) {
    const by = command === 'up' || command === 'pageUp' ? -pageStep(height) : pageStep(height);
    return {...screen, scroll: clampScroll(top + by, body.lines.length, height)};
  }
  if (command === 'up' || command === 'down') {
    const focus = Math.min(body.rows.length - 1, Math.max(0, screen.focus + (command === 'down' ? 1 : -1)));
    return {...screen, focus, scroll: reveal(body, focus, top, height)};
  }
  // A page, to a paragraph's start that skips no line: a page down ends at or before the next unseen line,
  // a page up keeps the line that was at the top on screen.
  const end = lastTop(body, height);
  const scroll =
    command === 'pageDown'
      ? Math.min(end, snapTop(body, top + pageStep(height), false, top))
      : snapTop(body, Math.max(0, top - pageStep(height)), true, -1, Math.max(0, top - 1));
  const visible = (i: number) => {
    const row = body.rows[i]!;
    return row.start >= scroll && row.start + row.title <= scroll + height;
  };
  const indexes = body.rows.map((_, i) => i);
  const shown = indexes.filter(visible);
  // Nothing left to scroll: the highlight goes to the first or the last row on screen.
  if (scroll === top && shown.length > 0) return {...screen, focus: command === 'pageDown' ? shown.at(-1)! : shown[0]!};
  if (shown.length > 0) return {...screen, scroll, focus: shown[0]!};
  // No title on this page (inside a tall item, long reasons, the end): the row the page is in is
  // highlighted, and its title pinned at the top.
  const within = [...indexes].reverse().find((i) => body.rows[i]!.start < scroll);
  return {...screen, scroll, focus: within ?? screen.focus};
}

/**
 * The screen after a change to what is laid out (an item opened or closed, the answers behind the reasons
 * shown or hidden): the highlighted title stays on the same screen row; an item just opened is then shown
 * as far as the screen allows, its title kept on screen.
 */
function relaid(ctx: UiContext, ui: UiState, s: ResultsScreen, frame: ResultsFrame, next: ResultsScreen): ResultsScreen {
  const before = frame.body.rows[s.focus];
  const body = resultsLayout(ctx, ui, next, frame.width, frame.height);
  const after = body.rows[next.focus];
  if (!before || !after) return next;
  const pinned = frame.window.pinnedRow === s.focus;
  let scroll = after.start - (pinned ? 0 : before.start - frame.window.top);
  if (next.open === next.focus && after.end > scroll + frame.height) scroll = Math.min(after.start, after.end - frame.height);
  // At a paragraph's start, the title still on screen.
  return {...next, scroll: Math.min(lastTop(body, frame.height), snapTop(body, Math.max(0, scroll), true), after.start)};
}

/** The results as they open: scrolled to the top, the first row highlighted, nothing open. */
export const RESULTS_TOP: ResultsScreen = {kind: 'results', scroll: 0, focus: 0, open: undefined, why: false};

export const resultsScreen: ScreenModule<'results', ResultsBody> = {
  enter: () => RESULTS_TOP,
  keys: () => 'results',
  frame: (ctx, ui, s, size) => resultsFrame(ctx, ui, s, frameWidth(size), size.rows),
  update(ctx, ui, s, frame, matched, was): Update {
    const {content} = ctx;
    const {body} = frame;
    const withScreen = (screen: ResultsScreen): Update => none({...ui, screen});
    if (isScrollCommand(matched.command)) return withScreen(move(frame, s, matched.command));
    switch (matched.command) {
      case 'toggle': {
        const item = body.rowItems[s.focus];
        // Space acts only on the item whose title the person can see highlighted.
        if (!item || !titleVisible(frame, s.focus)) return none(ui);
        return saved(content, ui, {type: 'TOGGLE_DONE', item});
      }
      case 'select': {
        if (!body.rows[s.focus]) return none(ui);
        return withScreen(relaid(ctx, ui, s, frame, {...s, open: s.open === s.focus ? undefined : s.focus}));
      }
      case 'why':
        return withScreen(relaid(ctx, ui, s, frame, {...s, why: !s.why}));
      case 'keys':
        // Every key, until the next key (which also does what it does); `?` again only closes the list.
        return was.keys ? none(ui) : none({...ui, once: {keys: true}});
      case 'copy':
        return {ui, effects: [{type: 'copy', what: {kind: 'checklist'}}]};
      case 'shortCopy':
        return {ui, effects: [{type: 'copy', what: {kind: 'short'}}]};
      case 'export':
        return {ui, effects: [{type: 'export', what: {kind: 'checklist'}}]};
      case 'documents':
        return none({...ui, screen: documentsScreen.enter(s)});
      case 'restart':
        if (was.confirm !== 'restart') return ask(content, ui, 'restart');
        return saved(content, ui, {type: 'RESTART'});
      case 'back':
        return none(engine(content, ui, {type: 'BACK'}));
      default:
        return none(ui);
    }
  },
};
