/**
 * Text from outside the program — a phone's brand or model, adb's messages, a file name, a command-line
 * value — is data, never terminal input (docs/architecture.md, The layers). Every place that shows
 * such text shows `untrusted(text)`: control characters (C0, DEL, C1: escape sequences, OSC 52, a
 * carriage return that rewrites the line), the line and paragraph separators and the bidirectional
 * overrides become visible `\uXXXX`, a lone surrogate becomes U+FFFD, and a long value is cut with "…".
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The characters `untrusted` never lets through (for tests and for callers that only need to check). */
export const UNSAFE_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const visible = (c: string) => {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  return `\\u${code.toString(16).padStart(4, '0')}`;
};

/** A path is cut only when it is longer than any a person would keep. */
export const MAX_PATH = 1000;

/** `text` safe to print: one line, nothing a terminal acts on, at most `max` code points of the original. */
export function untrusted(text: string, max = 200): string {
  const points = Array.from(text);
  const cut = points.length > max ? `${points.slice(0, max).join('')}…` : text;
  return cut.replace(UNSAFE, visible);
}
