// The results, built for a frightened person at night: crisis help first when asked for, the level, what
// to do tonight, the three strongest reasons, then the checklist with every item collapsed to its title and
// one line. The body is laid out without the highlight and the scroll position, so moving through it never
// wraps text again: the frame marks the highlighted row and windows the lines.
import type {Content, Lang, Priority} from '../../content/types.js';
import {t} from '../../i18n/index.js';
import {firstItems, firstSentence} from '../../output/first.js';
import {answerLabel, type ResultView} from '../../output/present.js';
import type {Body, BodyWindow, RowSpan} from '../context.js';
import type {ResultsScreen} from '../state.js';
import {displayWidth} from '../../output/width.js';
import {bar, blank, hanging, type Line, labelled, paragraph, truncate} from '../text.js';
import {levelTone} from '../theme.js';

/** How many reasons the screen shows: the strongest (more are one key away in the copy and the report). */
export const SCREEN_REASONS = 3;
const INDENT: Line = [{text: '      '}];

export interface ResultsBody extends Body {
  /**
   * The stops of ↑/↓, one per checklist item: the "tonight" rows first, then the other items of the
   * checklist (a "tonight" item's line in the checklist is shown, not a stop of its own).
   */
  readonly rows: readonly RowSpan[];
  /** The checklist item of each row. */
  readonly rowItems: readonly string[];
  /** How many rows are "tonight" rows (they come first). */
  readonly tonight: number;
  /**
   * The lines a window may start at, ascending: the first line of each paragraph, heading, blank line and
   * row title, so that a scrolled window never opens on the second half of a wrapped sentence.
   */
  readonly starts: readonly number[];
}

/** Crisis help above everything when the person feels overwhelmed; one quiet line when stressed. */
function crisisBlocks(content: Content, view: ResultView, stressed: boolean, width: number, compact: boolean): Line[][] {
  const help = view.crisis
    ? paragraph(t(content, 'tui.results.crisis', view.lang), width, {tone: 'status.support', bold: true})
    : stressed
      ? paragraph(t(content, 'tui.results.stressed', view.lang), width, {tone: 'status.support'})
      : [];
  if (help.length === 0) return [];
  return compact ? [help] : [help, [blank]];
}

/** The level, then one block a line list: the answer, the bar, the stage, whether answers are missing. */
function levelBlocks(content: Content, view: ResultView, width: number, compact: boolean): Line[][] {
  const lang = view.lang;
  const tone = levelTone(view.level);
  const badge = ` ${t(content, `level.${view.level}`, lang)} `;
  const label = `${t(content, 'tui.results.level', lang)}  `;
  // No score for someone who owes nothing (property 13 of docs/scoring.md, The properties): the level and the answer.
  const score = view.owesNothing ? '' : `  ${t(content, 'tui.results.score', lang, {score: view.score})}`;
  const head: Line =
    displayWidth(label + badge + score) <= width
      ? [
          {text: label, bold: true},
          {text: badge, tone, bold: true, inverse: true},
          {text: score},
        ]
      : [{text: badge, tone, bold: true, inverse: true}, {text: score}];
  return [
    [head],
    // What the level means for this person, first after it (docs/contract.md, The answer); on a small
    // screen its first sentence, which says whether it was allowed and what to do.
    paragraph(compact ? firstSentence(view.answer.text)[0] : view.answer.text, width, {bold: true}),
    compact || view.owesNothing ? [] : [[{text: bar(view.score / 100, Math.min(width, 42)), tone, ariaHidden: true}]],
    // On a small screen the answer says more than the stage: the stage gives way.
    compact ? [] : paragraph(t(content, `stage.${view.stage}`, lang), width),
    view.complete || compact ? [] : paragraph(t(content, 'result.incomplete', lang), width, {tone: 'status.warning'}),
  ];
}

/** A checklist row: "[ ] title" (the first two columns hold the highlight marker, set by the frame). */
function itemRow(title: string, done: boolean, width: number, number?: number): Line[] {
  const prefix: Line = [
    {text: '  ', tone: 'text.accent', bold: true},
    {text: done ? '[x] ' : '[ ] ', tone: done ? 'status.success' : undefined},
    ...(number === undefined ? [] : [{text: `${number}. `}]),
  ];
  const lines = hanging(prefix, title, width, {bold: true});
  return labelled(lines, {role: 'checkbox', state: {checked: done}, label: title});
}

/** An open item: why it applies, its steps, its references, each a block of lines. */
function itemDetail(content: Content, item: ResultView['checklist'][number], lang: Lang, width: number): Line[][] {
  const blocks: Line[][] = [hanging(INDENT, t(content, 'tui.results.why', lang, {text: item.why}), width)];
  item.steps.forEach((step, n) => {
    blocks.push(hanging([...INDENT, {text: `${n + 1}. `}], step, width));
  });
  if (item.references.length > 0) {
    const refs = item.references.map((r) => r.text).join(t(content, 'report.listSeparator', lang));
    blocks.push(hanging(INDENT, t(content, 'tui.results.source', lang, {text: refs}), width, {tone: 'text.secondary'}));
  }
  return blocks;
}

/** The top of the results, down to the heading of the first things to do, block by block. */
function topBlocks(content: Content, view: ResultView, options: ResultsOptions, compact: boolean, now: boolean): Line[][] {
  const {width} = options;
  return [
    ...crisisBlocks(content, view, options.stressed, width, compact),
    ...levelBlocks(content, view, width, compact),
    compact ? [] : [blank],
    paragraph(t(content, now ? 'tui.results.tonight' : 'tui.results.first', view.lang), width, {bold: true}),
  ];
}

export interface ResultsOptions {
  readonly open: number | undefined;
  readonly why: boolean;
  readonly done: readonly string[];
  /** The person said they feel stressed (not overwhelmed): one line of crisis help near the top. */
  readonly stressed: boolean;
  readonly width: number;
  /** Rows for the body: the top and the "tonight" rows are fitted into them. */
  readonly height: number;
}

export function resultsBody(content: Content, view: ResultView, options: ResultsOptions): ResultsBody {
  const {width, height, done, open} = options;
  const lang = view.lang;
  const byId = new Map(view.checklist.map((item) => [item.id, item]));
  // The first things to do must be on the first screen, whatever its size: drop the bar and the blank lines,
  // then one of the rows, then cut each title to one line, until they fit.
  const fits = (compact: boolean, count: number, oneLine: boolean) => {
    const {ids, now} = firstItems(view, count);
    const top = topBlocks(content, view, options, compact, now).flat();
    const rows = ids.reduce((sum, id) => sum + (oneLine ? 1 : itemRow(byId.get(id)!.title, false, width, 1).length), 0);
    return top.length + rows <= height;
  };
  const plans = [
    {compact: false, count: 3, oneLine: false},
    {compact: true, count: 3, oneLine: false},
    {compact: true, count: 2, oneLine: false},
    {compact: true, count: 2, oneLine: true},
  ];
  const plan = plans.find((p) => fits(p.compact, p.count, p.oneLine)) ?? plans.at(-1)!;
  const first = firstItems(view, plan.count);

  const lines: Line[] = [];
  const starts: number[] = [];
  /** One block (a paragraph, a heading, a blank line, a title): the window may start at its first line. */
  const add = (...block: readonly Line[][]) => {
    for (const part of block) {
      if (part.length === 0) continue;
      starts.push(lines.length);
      lines.push(...part);
    }
  };
  add(...topBlocks(content, view, options, plan.compact, first.now));
  const headings = new Set<number>();
  const rows: RowSpan[] = [];
  const rowItems: string[] = [];
  /**
   * A row: its title, then its detail when it is the open one, else what it shows collapsed. A stop of
   * ↑/↓ unless `stop` is false (a "tonight" item again in the checklist).
   */
  const row = (id: string, title: readonly Line[], collapsed: readonly Line[], stop = true) => {
    const start = lines.length;
    const isOpen = stop && open === rows.length;
    add([...title]);
    if (isOpen) add(...itemDetail(content, byId.get(id)!, lang, width));
    else add([...collapsed]);
    if (!stop) return;
    rows.push({start, end: lines.length, title: title.length});
    rowItems.push(id);
  };
  first.ids.forEach((id, n) => {
    const title = itemRow(byId.get(id)!.title, done.includes(id), width, n + 1);
    // In a very small terminal a row keeps one line until it is opened.
    const short = plan.oneLine && open !== rows.length;
    row(id, short ? [truncateLine(title[0]!, width)] : title, []);
  });

  /** A heading after a blank line: never the last line shown. */
  const heading = (block: Line[]) => {
    add([blank]);
    headings.add(lines.length);
    add(block);
  };
  const reasons = view.reasons.slice(0, SCREEN_REASONS);
  if (reasons.length > 0) {
    heading(paragraph(t(content, 'tui.results.reasons', lang), width, {bold: true}));
    for (const reason of reasons) {
      const answers = reason.because.map((b) => answerLabel(content, b, lang)).join(t(content, 'report.listSeparator', lang));
      // A reason and the answers behind it are one block: a window never opens on "(you answered …)".
      const because = options.why ? hanging([{text: '  '}], t(content, 'report.because', lang, {answers}), width, {tone: 'text.secondary'}) : [];
      add([...hanging([{text: '- '}], reason.text, width), ...because]);
    }
  }

  heading(paragraph(t(content, 'tui.results.checklist', lang), width, {bold: true}));
  if (view.checklist.length === 0) add(paragraph(t(content, 'tui.results.noItems', lang), width));
  let priority: Priority | undefined;
  for (const item of view.checklist) {
    if (item.priority !== priority) {
      priority = item.priority;
      heading(paragraph(`== ${t(content, `priority.${item.priority}`, lang)} ==`, width, {tone: 'text.accent'}));
    }
    // Collapsed: the first line of why it applies.
    const collapsed = [truncateLine([...INDENT, {text: item.why, tone: 'text.secondary', ariaHidden: true}], width)];
    row(item.id, itemRow(item.title, done.includes(item.id), width), collapsed, !first.ids.includes(item.id));
  }
  // Documents are promised only when the answers call for some.
  const after = view.documents.length > 0 ? 'tui.results.after' : 'tui.results.afterNoDocuments';
  add([blank], paragraph(t(content, after, lang), width, {tone: 'text.accent'}), [blank]);
  add(paragraph(t(content, 'disclaimer', lang), width, {tone: 'text.secondary'}));
  add(paragraph(t(content, 'reviewed', lang, {date: view.contentReviewed}), width, {tone: 'text.secondary'}));
  return {lines, rows, rowItems, tonight: first.ids.length, headings, starts};
}

function truncateLine(line: Line, width: number): Line {
  let left = width;
  const out: Line[number][] = [];
  for (const segment of line) {
    const w = displayWidth(segment.text);
    if (w <= left) {
      out.push(segment);
      left -= w;
      continue;
    }
    out.push({...segment, text: truncate(segment.text, left)});
    break;
  }
  return out;
}

/** "done n / m, item k of m" (k: the highlighted item's place in the checklist): never scrolled away. */
export function statusLine(content: Content, view: ResultView, done: readonly string[], k: number, width: number): Line[] {
  const total = view.checklist.length;
  if (total === 0) return [];
  const count = view.checklist.filter((i) => done.includes(i.id)).length;
  return paragraph(t(content, 'tui.results.status', view.lang, {done: count, total, k}), width, {tone: 'text.secondary'});
}

/** The first line a window of `height` rows may start at to show the end: a paragraph's first line. */
export function lastTop(body: ResultsBody, height: number): number {
  const end = Math.max(0, body.lines.length - height);
  return body.starts.find((start) => start >= end) ?? end;
}

/**
 * The start of a paragraph near `top`: the first at or after it (`forward`), else the last at or before
 * it, but never outside (`after`, `before`]: a window moved there still moves, and skips no line.
 */
export function snapTop(body: ResultsBody, top: number, forward: boolean, after = -1, before = Number.POSITIVE_INFINITY): number {
  const within = body.starts.filter((start) => start > after && start <= before);
  const found = forward ? within.find((start) => start >= top) : [...within].reverse().find((start) => start <= top);
  return found ?? top;
}

/**
 * Where the window starts. The highlighted row's title is always on screen: when the window starts below
 * it (inside the highlighted item, open and taller than the screen, or further down the page), the title
 * is pinned on the first row.
 */
export function resultsWindow(body: ResultsBody, screen: ResultsScreen, height: number): BodyWindow {
  const end = lastTop(body, height);
  const top = Math.min(end, Math.max(0, screen.scroll));
  const focused = body.rows[screen.focus];
  if (!focused || top <= focused.start) return {top};
  const pinned = body.lines.slice(focused.start, focused.start + focused.title);
  // At the end of the page the pinned title takes rows: the window starts that much lower (at a
  // paragraph), so the last line is still shown.
  return {top: top === end ? lastTop(body, height - pinned.length) : top, pinned, pinnedRow: screen.focus};
}
