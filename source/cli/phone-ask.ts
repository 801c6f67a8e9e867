// The y/N questions of --phone, read key by key from a terminal in raw mode. A confirmation is a key pressed
// after its question is on screen (docs/cli.md, the phone check): the terminal is read from the start of the
// run, and every key that comes while no question waits — typed while the phone was being read, or before
// the question was drawn — is thrown away. In raw mode the terminal sends no SIGINT: Ctrl+C is a key here,
// and is handed to `onInterrupt` at any moment.
import stringWidth from 'string-width';

export type Reply = 'yes' | 'no' | 'end';

export interface Asker {
  /** Discards what was typed so far, writes `question`, and reads one line typed after it. */
  ask(question: string): Promise<Reply>;
  /** The terminal back as it was: cooked mode, no reading. */
  close(): void;
}

export interface AskerTerminal {
  readonly stdin: NodeJS.ReadStream;
  readonly write: (text: string) => unknown;
  readonly onInterrupt: () => void;
}

const YES = /^\s*(y|yes|是|好)\s*$/i;
/** Escape sequences (arrows, function keys, a paste's brackets): not text, never echoed. */
const SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/gu;
const LONGEST = 16;

/** A turn of the event loop that includes a poll for input: what the terminal holds by then is read. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function openAsker({stdin, write, onInterrupt}: AskerTerminal): Asker {
  let take: ((chunk: string) => void) | undefined;
  const onData = (data: Buffer | string) => {
    const chunk = String(data);
    if (chunk.includes('\u0003')) {
      onInterrupt();
      return;
    }
    take?.(chunk);
  };
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.on('data', onData);
  stdin.resume();
  let closed = false;
  return {
    async ask(question) {
      // The input is flushed before the question: two turns of the event loop, so that what the terminal
      // holds is read, and dropped. Then the question, and from the same moment keys count.
      await turn();
      await turn();
      write(question);
      return new Promise<Reply>((resolve) => {
        let line = '';
        const finish = (reply: Reply) => {
          take = undefined;
          write('\r\n');
          resolve(reply);
        };
        take = (chunk) => {
          for (const c of chunk.replace(SEQUENCE, '')) {
            if (c === '\r' || c === '\n') return finish(YES.test(line) ? 'yes' : 'no');
            if (c === '\u0004' && line === '') return finish('end');
            if (c === '\u007F' || c === '\b') {
              const last = Array.from(line).at(-1);
              if (last === undefined) continue;
              line = line.slice(0, -last.length);
              const w = stringWidth(last);
              write('\b'.repeat(w) + ' '.repeat(w) + '\b'.repeat(w));
              continue;
            }
            // Other control characters do nothing; a line longer than any answer takes no more.
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || Array.from(line).length >= LONGEST) continue;
            line += c;
            write(c);
          }
        };
      });
    },
    close() {
      if (closed) return;
      closed = true;
      take = undefined;
      stdin.off('data', onData);
      try {
        stdin.setRawMode(false);
      } catch {
        // the terminal is gone (a hang-up): nothing to restore
      }
      stdin.pause();
    },
  };
}
