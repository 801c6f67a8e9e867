// The real clipboard: system clipboard, else OSC 52 to this terminal, else a file in the working folder.
import {createClipboard} from '../services/clipboard.js';
import type {Clipboard} from '../services/types.js';

export function openClipboard(env: Readonly<Record<string, string | undefined>>): Clipboard {
  return createClipboard({
    env,
    isTTY: process.stdout.isTTY === true,
    writeToTerminal: (text) => process.stdout.write(text),
    fallbackDir: currentFolder(),
  });
}

/**
 * The folder the program was started from, where exports go; '' when it was deleted (process.cwd() throws
 * ENOENT then): only writing a file there fails, and says so, not the whole program.
 */
export function currentFolder(): string {
  try {
    return process.cwd();
  } catch {
    return '';
  }
}
