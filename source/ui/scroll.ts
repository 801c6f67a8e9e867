// Scrolling a window of `height` rows over `total` lines: the one helper every scrolling screen uses, with
// one page step (a page keeps one line of the previous page on screen, so the eye finds its place).

import type {Body, BodyWindow} from './context.js';

export type ScrollCommand = 'up' | 'down' | 'pageUp' | 'pageDown';

export function pageStep(height: number): number {
  return Math.max(1, height - 1);
}

/** The first line shown, kept so that the window never runs past the end (the terminal may have grown). */
export function clampScroll(scroll: number, total: number, height: number): number {
  return Math.min(Math.max(0, total - height), Math.max(0, scroll));
}

export function scrolled(scroll: number, command: ScrollCommand, total: number, height: number): number {
  const at = clampScroll(scroll, total, height);
  const by = command === 'up' ? -1 : command === 'down' ? 1 : command === 'pageUp' ? -pageStep(height) : pageStep(height);
  return clampScroll(at + by, total, height);
}

export function isScrollCommand(command: string): command is ScrollCommand {
  return command === 'up' || command === 'down' || command === 'pageUp' || command === 'pageDown';
}

/** Keeps the highlighted row on screen (the bottom of it, for a long title in a short terminal). */
export function cursorWindow(body: Body, cursor: number, height: number): BodyWindow {
  const end = body.rows?.[cursor]?.end ?? body.lines.length;
  return {top: Math.max(0, Math.min(body.lines.length - height, end - height))};
}
