// The parts of a frame every screen shares: the title, the window over the body, the message, the key
// hints generated from the keymap, and the room these leave for the body. A screen module lays out its body
// and builds its frame from these (`framed` for most). Pure: no React, no Ink.
import type {Content, Lang} from '../content/types.js';
import {t, type Vars} from '../i18n/index.js';
import {displayWidth} from '../output/width.js';
import type {Body, BodyWindow, Frame, LayoutCache, Size, UiContext} from './context.js';
import {hints, type KeysOf} from './keymap.js';
import type {ScreenKind, UiState} from './state.js';
import {blank, type Line, paragraph, truncate} from './text.js';

/** Wider than this, lines get hard to read: the frame stays this wide on wide terminals. */
export const MAX_WIDTH = 100;

export const frameWidth = (size: Size) => Math.max(1, Math.min(size.columns, MAX_WIDTH));

/** A cache that remembers the last results body; `misses` counts how often one was laid out. */
export function createLayoutCache(): LayoutCache & {readonly misses: number} {
  let last: {inputs: readonly unknown[]; body: Body} | undefined;
  let misses = 0;
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return {
    get misses() {
      return misses;
    },
    results<T extends Body>(inputs: readonly unknown[], make: () => T): T {
      if (last && same(last.inputs, inputs)) return last.body as T;
      misses++;
      const body = make();
      last = {inputs, body};
      return body;
    },
  };
}

/** The key hints of a screen, packed whole into lines (a hint is never split across two lines). */
export function footerLines(
  content: Content,
  lang: Lang,
  keys: KeysOf,
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
  for (const hint of hints(keys, options).map((key) => t(content, key, lang, options.vars))) {
    const last = rows.at(-1);
    if (last !== undefined && displayWidth(`${last}  ${hint}`) <= width) rows[rows.length - 1] = `${last}  ${hint}`;
    else rows.push(hint);
  }
  return rows.flatMap((row) => paragraph(row, width, {tone: 'text.secondary'}));
}

const SCREEN_NAME: Readonly<Partial<Record<ScreenKind, string>>> = {
  resume: 'tui.resume.title',
  results: 'tui.results.title',
  documents: 'tui.documents.title',
  phone: 'tui.phone.title',
};

/** The title line: the tool's name and the screen's, or only the screen's on a narrow terminal. */
export function titleLine(ctx: UiContext, ui: UiState, width: number, title?: string): Line {
  const {content} = ctx;
  const lang = ui.app.lang;
  const tool = t(content, 'tui.title', lang);
  const key = SCREEN_NAME[ui.screen.kind];
  const name = title ?? (key === undefined ? undefined : t(content, key, lang));
  const full = name === undefined ? tool : t(content, 'tui.titleWith', lang, {tool, screen: name});
  // Narrow terminals: the screen's own name matters more than the tool's.
  const text = name === undefined || displayWidth(full) <= width ? truncate(full, width) : truncate(name, width);
  return [{text, tone: 'text.accent', bold: true}];
}

export interface ChromeOptions {
  readonly status?: readonly Line[];
  readonly vars?: Vars;
  readonly scrollable?: boolean;
  readonly more?: boolean;
  /** The phone can be checked from here (question 6, adb found): its hint shows. */
  readonly phone?: boolean;
  /** Some documents apply (the results): "d documents" shows. */
  readonly documents?: boolean;
  /** The screen's name where it has no fixed one (a document: its title). */
  readonly title?: string;
}

/** Lines of the frame around the body: everything but the body, with the room left for it. */
export function chrome(ctx: UiContext, ui: UiState, keys: KeysOf, width: number, rows: number, extra: ChromeOptions) {
  const {content} = ctx;
  const said = ui.once.message;
  const message = said ? [...paragraph(said.text, width, {tone: said.tone}), blank] : [];
  const hinted = {scrollable: extra.scrollable, more: extra.more, phone: extra.phone, documents: extra.documents, vars: extra.vars};
  const footer = footerLines(content, ui.app.lang, keys, width, hinted);
  const status = extra.status ?? [];
  // Title, blank, body, blank, message, status, footer, and the last row (Ink ends a frame with a newline).
  const height = Math.max(3, rows - 1 - 1 - 1 - message.length - status.length - footer.length - 1);
  return {message, footer, status, height};
}

/** The visible part of the body: `height` rows from the window's top, under its pinned lines. */
export function windowed(body: Body, window: BodyWindow, height: number): Line[] {
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

/**
 * The bottom `bottom.length` lines of `lines` replaced by `bottom`, the height kept: an overlay on the body,
 * which stays laid out as it was (never above the title and the blank line under it).
 */
export function overlaid(lines: readonly Line[], bottom: readonly Line[]): Line[] {
  const kept = Math.max(2, lines.length - bottom.length);
  return [...lines.slice(0, kept), ...bottom.slice(Math.max(0, bottom.length - (lines.length - kept)))];
}

/**
 * The frame of a screen with nothing of its own under the body: title, the window over the body, the
 * message, the hints. `place` puts the window for the room there is. With `scrollable: 'ifTaller'` the hints
 * say the text scrolls only when it is taller than that room.
 */
export function framed<B extends Body>(
  ctx: UiContext,
  ui: UiState,
  keys: KeysOf,
  size: Size,
  body: B,
  place: (height: number) => BodyWindow,
  extra: Omit<ChromeOptions, 'scrollable'> & {readonly scrollable?: 'ifTaller'} = {},
): Frame<B> {
  const width = frameWidth(size);
  let room = chrome(ctx, ui, keys, width, size.rows, {...extra, scrollable: false});
  if (extra.scrollable === 'ifTaller' && body.lines.length > room.height) room = chrome(ctx, ui, keys, width, size.rows, {...extra, scrollable: true});
  const window = place(room.height);
  const lines = [titleLine(ctx, ui, width, extra.title), blank, ...windowed(body, window, room.height), blank, ...room.message, ...room.status, ...room.footer];
  return {keys, width, height: room.height, body, window, lines};
}
