// Builds the web edition (docs/web.md): one self-contained HTML file, dist/web/debt-privacy-check.html,
// from the same core as the terminal edition. The page's script (source/web/main.ts, bundled by esbuild for
// browsers) and style are inlined and allowed by their hashes in a Content-Security-Policy that forbids
// every connection; the content of all three languages travels inside as two JSON data blocks.
// Run after `npm run content` (package.json "build" does).
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {patchPlugin} from './patches.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const web = path.join(root, 'source', 'web');
export const PAGE = path.join(root, 'dist', 'web', 'debt-privacy-check.html');

// The terminal's start-up patches (scripts/patches.js) to the libraries the page reaches as well: string-width
// made a grapheme segmenter and three Unicode-property regexes when it loaded, which on a slow phone held the
// welcome back by a few hundred milliseconds (docs/web.md, budgets); with them, CJK and Latin text never
// start ICU's break iterators. A patch that no longer applies fails the build.
const applied = new Set();

// The page's script: browser code, so any node:* import anywhere in what it reaches fails the build here.
const script = await build({
  entryPoints: [path.join(web, 'main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  // Safari on iOS 16, the Chromium of Chinese phones' browsers and WeChat on Android (docs/web.md).
  target: ['es2020', 'safari16', 'chrome90'],
  minify: process.env.MINIFY !== '0',
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  plugins: [patchPlugin(applied, 'build-web')],
});
if (![...applied].some((p) => p.why.startsWith('Intl.Segmenter on first use (string-width'))) throw new Error('build-web: string-width was not patched');
// Inside an inline <script>, the text "</script" would end it early.
const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').trim();

// The content as compiled by `npm run content` (all three languages, one structure), minus the strings only
// the terminal edition uses.
const cache = path.join(root, 'node_modules', '.cache', 'debt-privacy-check');
mkdirSync(cache, {recursive: true});
const generated = path.join(cache, `web-content-${process.pid}.mjs`);
await build({entryPoints: [path.join(root, 'source/content/generated.ts')], outfile: generated, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'warning'});
const {content} = await import(pathToFileURL(generated).href);
const TERMINAL_ONLY = /^(cli|error|web\.cli|phone|plain|store|copy|export|tui\.(key|phone|bye|byeNoSave|byeEmpty|welcome\.(privacy|nosave|localeHint|time|timeNoSave|language)|results\.after|results\.afterNoDocuments|document\.rule))(\.|$)/;
const pageContent = {...content, ui: Object.fromEntries(Object.entries(content.ui).filter(([key]) => !TERMINAL_ONLY.test(key)))};
// Two data blocks: what the welcome and the questions need, before the script, and what only the results and
// the documents need (nine tenths of it), after the script, so that the browser draws the welcome before it
// reads the rest (docs/web.md, budgets). The first block names the keys the second holds.
const FIRST = new Set(['version', 'reviewed', 'sections', 'questions', 'ui']);
const part = (first) => Object.fromEntries(Object.entries(pageContent).filter(([key]) => FIRST.has(key) === first));
const later = Object.keys(part(false));
// In a JSON data block, "<" is escaped so that no text of the content can close the block.
const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const css = readFileSync(path.join(web, 'style.css'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\n\s*/g, '\n')
  .trim();
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// Nothing may be fetched, connected to or submitted: default-src 'none' covers connections, images, fonts,
// frames and media; the one script and the one style are allowed by hash (so no other inline code, and no
// style="" attribute, can run).
const csp = [`default-src 'none'`, `script-src ${hash(js)}`, `style-src ${hash(css)}`, `form-action 'none'`, `base-uri 'none'`].join('; ');

// The neutral title (a shared phone's tabs and history show it) and the data blocks the script reads.
const html = `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>自我检查 · Self-check</title>
<style>${css}</style>
</head>
<body>
<header id="top" class="top"></header>
<main id="main"><noscript><p>这个页面需要开启 JavaScript。This page needs JavaScript.</p></noscript></main>
<p id="status" class="status-line" role="status" aria-live="polite"></p>
<script id="content" type="application/json" data-later="${later.join(' ')}">${json(part(true))}</script>
<script>${js}</script>
<script id="content-later" type="application/json">${json(part(false))}</script>
</body>
</html>
`;
if (/@import|url\(/i.test(css)) throw new Error('build-web: the style refers to another file');

mkdirSync(path.dirname(PAGE), {recursive: true});
const temporary = `${PAGE}.${process.pid}`;
writeFileSync(temporary, html);
renameSync(temporary, PAGE);
rmSync(generated, {force: true});
if (process.env.VERBOSE) console.log(`build-web: ${PAGE} ${html.length} bytes`);
