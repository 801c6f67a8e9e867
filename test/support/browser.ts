// Driving the built web edition (dist/web/debt-privacy-check.html) in Debian's Chromium through
// playwright-core, which never downloads a browser of its own: the one setup of test/web's browser tests
// (`inBrowser`: one browser a file, a fresh context and page a test). Where no Chromium is installed the
// browser tests skip with one line saying how to install it, except under CI=true, where that is a failure
// (docs/web.md, tests).
import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {type Browser, type BrowserContext, chromium, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe} from 'vitest';
import type {Answers, AnswerValue} from '../../source/engine/conditions.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAGE_FILE = path.join(ROOT, 'dist', 'web', 'debt-privacy-check.html');
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];
export const CHROMIUM = CANDIDATES.find((p): p is string => !!p && existsSync(p));
const inCi = !!process.env.CI && process.env.CI !== '0' && process.env.CI !== 'false';

/** Whether to skip: no Chromium outside CI. Under CI a missing Chromium fails (see `launch`). */
export const SKIP = !CHROMIUM && !inCi;
if (SKIP) console.warn('test/web: skipped, no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

/** Generous: a busy two-core machine runs these beside other tests. */
export const WAIT = 30_000;

export async function launch(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('test/web: no Chromium under CI (apt-get install chromium)');
  if (!existsSync(PAGE_FILE)) throw new Error(`test/web: ${PAGE_FILE} is missing; run npm run build first`);
  return chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: WAIT});
}

export interface Opened {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made after its own document was loaded, and any it made for anything else. */
  readonly requests: string[];
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  /** The browser's language (the page starts in it): en-US unless said. */
  readonly locale?: string;
  readonly clipboard?: boolean;
  /** Run in the page before its own script (a stand-in for a browser API). */
  readonly init?: () => void;
}

/** A fresh context (its own storage) and the page opened from its file, with every request recorded. */
export async function open(browser: Browser, options: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 360, height: options.height ?? 640},
    locale: options.locale ?? 'en-US',
    hasTouch: true,
    isMobile: true,
  });
  context.setDefaultTimeout(WAIT);
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== PAGE_URL) requests.push(request.url());
  });
  page.on('websocket', (ws) => requests.push(ws.url()));
  await page.goto(PAGE_URL);
  await page.waitForSelector('main h1');
  return {context, page, requests};
}

/** Opens the page as `open` does, hands it to `use`, and closes its context whatever happens. */
export type WithPage = <T>(options: OpenOptions, use: (opened: Opened) => Promise<T>) => Promise<T>;

/**
 * A file's browser tests: skipped where there is no Chromium (see SKIP), one browser launched before them
 * and closed after, and each test's page opened in a fresh context by `withPage`.
 */
export function inBrowser(name: string, body: (withPage: WithPage) => void): void {
  describe.skipIf(SKIP)(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launch();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    body(async (options, use) => {
      const opened = await open(browser!, options);
      try {
        return await use(opened);
      } finally {
        await opened.context.close();
      }
    });
  });
}

export type Screen = 'welcome' | 'resume' | 'question' | 'results' | 'document';

export const screenOf = (page: Page) => page.locator('main').getAttribute('data-screen') as Promise<Screen>;
export const questionOf = (page: Page) => page.locator('main fieldset input').first().getAttribute('name');

/** The first "none" / "no" / "unsure" option of a question, else its first (docs/web.md, tests). */
const CALM = ['none', 'no', 'unsure'];

/**
 * Answers every question the page shows, from the welcome to the results: with the case's answer where it
 * has one, else the calm option. Returns the answers the page was given, in order.
 */
export async function answerAll(page: Page, given: Answers): Promise<Record<string, AnswerValue>> {
  const used: Record<string, AnswerValue> = {};
  if ((await screenOf(page)) === 'welcome') await page.click('#start');
  for (let guard = 0; guard < 40; guard++) {
    await page.waitForSelector('main[data-screen="question"] fieldset input, main[data-screen="results"]');
    if ((await screenOf(page)) === 'results') return used;
    const id = (await questionOf(page))!;
    const offered = await page.locator('main fieldset input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const multi = (await page.locator('main fieldset input').first().getAttribute('type')) === 'checkbox';
    const wanted = given[id];
    const values =
      wanted !== undefined ? (typeof wanted === 'string' ? [wanted] : wanted) : [offered.find((v) => CALM.includes(v)) ?? offered[0]!];
    for (const value of values) await page.check(`main fieldset input[value="${value}"]`);
    used[id] = multi ? values : values[0]!;
    await page.click('#next');
    await page.waitForFunction((prev) => {
      const main = document.querySelector('main');
      return main?.dataset.screen !== 'question' || document.querySelector<HTMLInputElement>('main fieldset input')?.name !== prev;
    }, id);
  }
  throw new Error('answerAll: the questionnaire did not end');
}

/** What the results screen shows, read from the page. */
export async function shownResult(page: Page) {
  await page.waitForSelector('main[data-screen="results"] #level');
  return page.evaluate(() => ({
    level: document.querySelector<HTMLElement>('#level')!.dataset.level!,
    answer: document.querySelector<HTMLElement>('#answer')?.dataset.id,
    checklist: [...document.querySelectorAll<HTMLElement>('li.item')].map((li) => li.dataset.id!),
    documents: [...document.querySelectorAll<HTMLElement>('#documents button')].map((b) => b.dataset.id!),
  }));
}

/** Page content wider than the viewport: a horizontal scroll. */
export const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Everything the page could have stored: Web Storage, cookies, IndexedDB databases. */
export async function stored(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
    indexedDB: ((await indexedDB.databases?.()) ?? []).map((d) => d.name),
  }));
}
