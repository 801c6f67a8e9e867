import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {FALLBACK_COLUMNS, FALLBACK_ROWS} from '../text.js';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return {
    columns: stdout.columns > 0 ? stdout.columns : FALLBACK_COLUMNS,
    rows: stdout.rows > 0 ? stdout.rows : FALLBACK_ROWS,
  };
}

/** The terminal's size, following resizes; a terminal reporting 0x0 is laid out at 80 columns. */
export function useTerminalSize(): TerminalSize {
  const {stdout} = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => setSize(sizeOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
