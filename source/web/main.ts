// The web edition's entry, inlined into the one HTML file (scripts/build-web.js): the content travels in
// the page as two JSON data blocks (three languages), each read once; nothing is fetched (docs/web.md). The
// first, before this script, holds what the welcome and the questions need; the second, after it, what only
// the results and the documents need, read when first asked for: the welcome is drawn before the browser
// has read the rest of the page.
import type {Content} from '../content/types.js';
import {startApp} from './app.js';
import {browserStore} from './services.js';

// Marks read by the benchmark (scripts/bench-web.js).
performance.mark('script-start');

function read(id: string): Record<string, unknown> {
  const block = document.getElementById(id);
  const data = JSON.parse(block?.textContent ?? '{}') as Record<string, unknown>;
  block?.remove();
  return data;
}

const first = document.getElementById('content');
const later = (first?.dataset.later ?? '').split(' ').filter(Boolean);
const content = read('content') as unknown as Content;
let rest: Record<string, unknown> | undefined;
for (const key of later) {
  Object.defineProperty(content, key, {
    enumerable: true,
    get() {
      // Only the results, the documents and remembered answers ask, never before the page is read.
      if (!rest && document.readyState === 'loading') throw new Error(`the page's content (${key}) is not read yet`);
      rest ??= read('content-later');
      return rest[key];
    },
  });
}

const store = browserStore();
const start = () => {
  startApp(
    {header: document.getElementById('top')!, main: document.getElementById('main')!, status: document.getElementById('status')!},
    content,
    store,
    navigator.languages ?? [navigator.language],
  );
  performance.mark('welcome-usable');
};
// Remembered answers are checked against the whole content (docs/web.md): with some, start once it is read.
if (store.read() !== null && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
else start();
