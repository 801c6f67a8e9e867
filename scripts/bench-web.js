// The web edition's rows of the benchmark (docs/web.md, budgets), printed by scripts/bench.js after the
// terminal edition's: the page's size gzipped, and in headless Chromium with the CPU slowed down 4×, the
// welcome usable after navigation, the first question after the tap that starts, and the results after the
// last answer. Medians of a few runs. A benchmark, not a test: it says what it could not measure and
// never fails on a number.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PAGE = path.join(root, 'dist', 'web', 'debt-privacy-check.html');
const BUDGET = {gzipKb: 200, welcomeMs: 1000, firstQuestionMs: 100, resultsMs: 300};
const THROTTLE = 4;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** In the page: a click on the element, then the time until the frame after it is painted. */
function timeTap(selector) {
  return new Promise((resolve) => {
    const start = performance.now();
    document.querySelector(selector).click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  });
}

/** In the page: answers every question with its first option but the last, which is left on screen. */
function answerAllButLast() {
  const main = document.querySelector('main');
  document.getElementById('start')?.click();
  for (let i = 0; i < 40 && main.dataset.screen === 'question'; i++) {
    const input = main.querySelector('fieldset input');
    input.click();
    const name = input.name;
    document.getElementById('next').click();
    if (main.dataset.screen !== 'question') {
      // That was the last: go back to it, answered, and stop there.
      document.getElementById('back').click();
      return name;
    }
  }
  return undefined;
}

/**
 * The same measure on a page that holds one heading and one script: what the browser itself takes here; and
 * with the heading in Chinese, which adds the first use of a CJK font (font fallback), which every Chinese
 * page pays.
 */
const blank = (text, lang) =>
  `data:text/html,${encodeURIComponent(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>x</title><main><h1>${text}</h1></main><script>performance.mark("welcome-usable")</script>`)}`;
const BLANK = blank('x', 'en');
const BLANK_CJK = blank('自我检查', 'zh-Hans');

/**
 * Navigates and returns when the welcome was usable: the later of the page's mark (drawn, its buttons working)
 * and the browser's first contentful paint (on screen).
 */
async function usableAt(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => ['welcome-usable', 'first-contentful-paint'].every((name) => performance.getEntriesByName(name).length > 0));
  return page.evaluate(() => Math.max(...['welcome-usable', 'first-contentful-paint'].map((name) => performance.getEntriesByName(name)[0].startTime)));
}

async function once(browser, url) {
  const context = await browser.newContext({viewport: {width: 360, height: 640}, locale: 'zh-CN', isMobile: true, hasTouch: true});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
  const blank = await usableAt(page, BLANK);
  const blankCjk = await usableAt(page, BLANK_CJK);
  const welcome = await usableAt(page, url);
  await page.waitForSelector('main h1');
  const firstQuestion = await page.evaluate(timeTap, '#start');
  await page.evaluate(() => document.getElementById('back').click());
  const last = await page.evaluate(answerAllButLast);
  if (!last) throw new Error('the questionnaire did not end');
  const results = await page.evaluate(timeTap, '#next');
  const shown = await page.evaluate(() => document.querySelector('main').dataset.screen);
  await context.close();
  if (shown !== 'results') throw new Error(`the last answer led to "${shown}", not the results`);
  return {blank, blankCjk, welcome, firstQuestion, results};
}

const row = (name, value, unit, budget) => [name, `${value.toFixed(unit === 'kB' ? 1 : 0)} ${unit}`, `${budget} ${unit}`, value <= budget ? 'ok' : 'over'];

/** `file`: another build of the page, to compare (`node scripts/bench-web.js [FILE]` runs this alone). */
export async function benchWeb({runs = 5, file = PAGE} = {}) {
  console.log(`\nThe web edition (${path.relative(root, file)}), headless Chromium at 360×640, CPU slowed ${THROTTLE}×`);
  if (!existsSync(file)) return console.log('bench: web rows left out: the page is not built (npm run build).');
  const html = readFileSync(file);
  const rows = [row('whole page, gzipped (three languages)', gzipSync(html, {level: 9}).length / 1000, 'kB', BUDGET.gzipKb)];
  if (!CHROMIUM) {
    printRows(rows);
    return console.log('bench: web timing rows left out: no Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
  }
  let chromium;
  try {
    ({chromium} = await import('playwright-core'));
  } catch (error) {
    printRows(rows);
    return console.log(`bench: web timing rows left out: playwright-core cannot load (${error.message}).`);
  }
  const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']});
  let baseline;
  let baselineCjk;
  try {
    const url = pathToFileURL(file).href;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(browser, url));
    baseline = median(samples.map((s) => s.blank));
    baselineCjk = median(samples.map((s) => s.blankCjk));
    rows.push(
      row('welcome usable after navigation', median(samples.map((s) => s.welcome)), 'ms', BUDGET.welcomeMs),
      row('first question after the tap', median(samples.map((s) => s.firstQuestion)), 'ms', BUDGET.firstQuestionMs),
      row('results after the last answer', median(samples.map((s) => s.results)), 'ms', BUDGET.resultsMs),
    );
  } catch (error) {
    console.log(`bench: web timing rows left out: ${error.message}`);
  } finally {
    await browser.close();
  }
  printRows(rows);
  if (baseline !== undefined) {
    console.log(
      `A blank page (one heading, one script) in the same browser and throttling: ${baseline.toFixed(0)} ms to its script and first paint; ` +
        `${baselineCjk.toFixed(0)} ms with the heading in Chinese.`,
    );
  }
  console.log(`(medians of ${runs} runs; "usable": the page marks its welcome drawn with its buttons working, and it is painted; taps timed in the page to the frame after)`);
}

function printRows(rows) {
  const all = [['measure', 'median', 'budget', 'ok/over'], ...rows];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchWeb({runs: Number(process.env.RUNS) || 5, file: process.argv[2] ? path.resolve(process.argv[2]) : PAGE});
}
