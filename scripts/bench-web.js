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

/** The same measure on a page that holds one heading and one script: what the browser itself takes here. */
const BLANK = `data:text/html,${encodeURIComponent('<!doctype html><meta charset="utf-8"><title>x</title><main><h1>x</h1></main><script>performance.mark("welcome-usable")</script>')}`;

async function once(browser, url) {
  const context = await browser.newContext({viewport: {width: 360, height: 640}, locale: 'zh-CN', isMobile: true, hasTouch: true});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
  await page.goto(BLANK);
  await page.waitForSelector('main h1');
  const blank = await page.evaluate(() => performance.getEntriesByName('welcome-usable')[0]?.startTime);
  await page.goto(url);
  await page.waitForSelector('main h1');
  const welcome = await page.evaluate(() => performance.getEntriesByName('welcome-usable')[0]?.startTime);
  const firstQuestion = await page.evaluate(timeTap, '#start');
  await page.evaluate(() => document.getElementById('back').click());
  const last = await page.evaluate(answerAllButLast);
  if (!last) throw new Error('the questionnaire did not end');
  const results = await page.evaluate(timeTap, '#next');
  const shown = await page.evaluate(() => document.querySelector('main').dataset.screen);
  await context.close();
  if (shown !== 'results') throw new Error(`the last answer led to "${shown}", not the results`);
  return {blank, welcome, firstQuestion, results};
}

const row = (name, value, unit, budget) => [name, `${value.toFixed(unit === 'kB' ? 1 : 0)} ${unit}`, `${budget} ${unit}`, value <= budget ? 'ok' : 'over'];

export async function benchWeb({runs = 5} = {}) {
  console.log(`\nThe web edition (${path.relative(root, PAGE)}), headless Chromium at 360×640, CPU slowed ${THROTTLE}×`);
  if (!existsSync(PAGE)) return console.log('bench: web rows left out: the page is not built (npm run build).');
  const html = readFileSync(PAGE);
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
  try {
    const url = pathToFileURL(PAGE).href;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(browser, url));
    baseline = median(samples.map((s) => s.blank));
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
  if (baseline !== undefined) console.log(`A blank page (one heading, one script) in the same browser and throttling: ${baseline.toFixed(0)} ms to its script.`);
  console.log(`(medians of ${runs} runs; "usable": the welcome drawn with its buttons working, as the page marks it; taps timed in the page to the frame after)`);
}

function printRows(rows) {
  const all = [['measure', 'median', 'budget', 'ok/over'], ...rows];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}
