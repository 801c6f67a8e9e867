import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {FALLBACK_COLUMNS, FALLBACK_ROWS} from '../text.js';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
  /** Just resized: draw nothing for a moment, so the next frame is painted whole on a cleared screen. */
  readonly repainting: boolean;
}

function sizeOf(stdout: NodeJS.WriteStream): {columns: number; rows: number} {
  return {
    columns: stdout.columns > 0 ? stdout.columns : FALLBACK_COLUMNS,
    rows: stdout.rows > 0 ? stdout.rows : FALLBACK_ROWS,
  };
}

// Erase the screen and the scrollback, cursor home.
const CLEAR_SCREEN = '\u001B[2J\u001B[3J\u001B[H';
// Longer than Ink's render throttle (30 frames a second), so the empty frame is really painted and Ink's
// memory of the last frame is reset: otherwise an unchanged frame would not be repainted after the clear.
const REPAINT_MS = 80;

/**
 * The terminal's size, following resizes; a terminal reporting 0x0 is laid out at 80 columns.
 *
 * On a resize the terminal re-wraps what is on screen, and Ink, which erases its previous frame by counting
 * lines, leaves parts of it behind (a header twice after widening, leftovers after narrowing). So the screen
 * is cleared at once (the listener is prepended to Ink's own), one empty frame is rendered so that Ink
 * forgets the last one, and the screen is cleared again just before the real frame, which is then always
 * written in full on an empty screen.
 */
export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  const [repainting, setRepainting] = useState(false);
  useEffect(() => {
    const onResize = () => {
      if (stdout.isTTY) stdout.write(CLEAR_SCREEN);
      setSize(sizeOf(stdout));
      setRepainting(true);
    };
    stdout.prependListener('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  useEffect(() => {
    if (!repainting) return;
    const timer = setTimeout(() => {
      // Clear again: Ink's own resize handler may have painted the old frame at the new width meanwhile.
      if (stdout.isTTY) stdout.write(CLEAR_SCREEN);
      setRepainting(false);
    }, REPAINT_MS);
    return () => clearTimeout(timer);
  }, [repainting, stdout]);
  return {...size, repainting};
}
