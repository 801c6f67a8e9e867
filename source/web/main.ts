// The web edition's entry, inlined into the one HTML file (scripts/build-web.js): the content travels in
// the page as a JSON data block (three languages), read once; nothing is fetched (docs/web.md).
import type {Content} from '../content/types.js';
import {startApp} from './app.js';
import {browserStore} from './services.js';

// Marks read by the benchmark (scripts/bench-web.js).
performance.mark('script-start');
const data = document.getElementById('content');
const content = JSON.parse(data?.textContent ?? '{}') as Content;
data?.remove();
startApp(
  {header: document.getElementById('top')!, main: document.getElementById('main')!, status: document.getElementById('status')!},
  content,
  browserStore(),
  navigator.languages ?? [navigator.language],
);
performance.mark('welcome-usable');
