// Keys on the results. ↑/↓ always move between rows (the "tonight" rows, then the checklist items) and
// scroll just enough to show the highlighted one; PgUp/PgDn scroll a page and highlight the first title then
// visible; Enter opens and closes the highlighted item; Space ticks it, and only while its title is on
// screen. Opening an item or showing the answers behind the reasons keeps the highlighted title where it was.
import type {Update, UiContext} from '../context.js';
import {type Frame, resultsLayout} from '../frame.js';
import type {Matched} from '../keymap.js';
import {clampScroll, isScrollCommand, pageStep, type ScrollCommand} from '../scroll.js';
import type {Confirm, ResultsScreen, UiState} from '../state.js';
import {ask, engine, none, saved} from '../transition.js';
import {lastTop, type ResultsBody, snapTop} from './results.js';

/** Row `index`'s title is on screen: pinned at the top, or inside the window. */
export function titleVisible(frame: Frame, index: number): boolean {
  const row = (frame.body as ResultsBody).rows[index];
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

function move(frame: Frame, screen: ResultsScreen, command: ScrollCommand): ResultsScreen {
  const body = frame.body as ResultsBody;
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
function relaid(ctx: UiContext, ui: UiState, s: ResultsScreen, frame: Frame, next: ResultsScreen): ResultsScreen {
  const before = (frame.body as ResultsBody).rows[s.focus];
  const body = resultsLayout(ctx, ui, next, frame.width, frame.height);
  const after = body.rows[next.focus];
  if (!before || !after) return next;
  const pinned = frame.window.pinnedRow === s.focus;
  let scroll = after.start - (pinned ? 0 : before.start - frame.window.top);
  if (next.open === next.focus && after.end > scroll + frame.height) scroll = Math.min(after.start, after.end - frame.height);
  // At a paragraph's start, the title still on screen.
  return {...next, scroll: Math.min(lastTop(body, frame.height), snapTop(body, Math.max(0, scroll), true), after.start)};
}

export function updateResults(
  ctx: UiContext,
  ui: UiState,
  s: ResultsScreen,
  frame: Frame,
  matched: Matched,
  pending: Confirm | undefined,
): Update {
  const {content} = ctx;
  const body = frame.body as ResultsBody;
  const withScreen = (screen: ResultsScreen): Update => none({...ui, screen});
  // The full list of keys is shown until the next key, which does what it does as well (`?` only closes it).
  if (s.keys) return matched.command === 'keys' ? withScreen({...s, keys: false}) : updateResults(ctx, {...ui, screen: {...s, keys: false}}, {...s, keys: false}, frame, matched, pending);
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
      return withScreen({...s, keys: true});
    case 'copy':
      return {ui, effects: [{type: 'copy', what: {kind: 'checklist'}}]};
    case 'shortCopy':
      return {ui, effects: [{type: 'copy', what: {kind: 'short'}}]};
    case 'export':
      return {ui, effects: [{type: 'export', what: {kind: 'checklist'}}]};
    case 'documents':
      return none({...ui, screen: {kind: 'documents', cursor: 0, from: s}});
    case 'restart':
      if (pending !== 'restart') return ask(content, ui, 'restart');
      return saved(content, ui, {type: 'RESTART'});
    case 'back':
      return none(engine(content, ui, {type: 'BACK'}));
    default:
      return none(ui);
  }
}
