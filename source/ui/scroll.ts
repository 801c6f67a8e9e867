// Scrolling a window of `height` rows over `total` lines: the one helper every scrolling screen uses, with
// one page step (a page keeps one line of the previous page on screen, so the eye finds its place).

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
