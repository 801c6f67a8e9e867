// The web edition as a person on a phone uses it (docs/web.md), in Chromium: nothing fetched and no
// connection possible, nothing stored without "remember", the quick exit, copying, the language switch,
// going back, and no history entry pushed.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {documentView, tableRecords} from '../../source/output/documents.js';
import {present} from '../../source/output/present.js';
import {shortChecklistText} from '../../source/output/render.js';
import {assess} from '../../source/scoring/score.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {answerAll, inBrowser, PAGE_FILE, PAGE_URL, questionOf, screenOf, stored} from '../support/browser.js';

const CASE_E = PUBLIC_CASES.E.answers;

inBrowser('the web edition in a browser', (withPage) => {
  it('is one file that refers to no other, and its policy forbids every connection', async () => {
    const html = readFileSync(PAGE_FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[\w+/=]+'; style-src 'sha256-[\w+/=]+'; form-action 'none'; base-uri 'none'$/);
    expect(html).not.toMatch(/<(link|img|iframe|form)\b|<script[^>]*\bsrc=|\sstyle="/i);
    await withPage({}, async ({page, requests}) => {
      // A request the page tries anyway is refused by the policy before it leaves: none reaches the network.
      const tried = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const fetched = await fetch('http://127.0.0.1:9/x').then(
          () => 'fetched',
          () => 'refused',
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
        return {fetched, violations};
      });
      expect(tried.fetched).toBe('refused');
      expect(tried.violations).toContain('connect-src');
      expect(requests).toEqual([]);
    });
  }, 90_000);

  it('stores nothing anywhere after a whole session without "remember", and pushes no history entry', async () => {
    await withPage({}, async ({context, page, requests}) => {
      const entries = await page.evaluate(() => history.length);
      await answerAll(page, CASE_E);
      await page.locator('li.item input.tick').first().check();
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(await stored(page)).toEqual({local: [], session: [], cookies: '', indexedDB: []});
      expect((await context.storageState()).origins).toEqual([]);
      // A reload starts over: nothing was kept.
      await page.reload();
      expect(await screenOf(page)).toBe('welcome');
      expect(requests).toEqual([]);
    });
  }, 120_000);

  it('"remember" keeps ids only, in the saved shape; the welcome then offers "forget" first, which clears it', async () => {
    await withPage({}, async ({page}) => {
      await page.check('#remember');
      await page.click('#start');
      await page.check('main fieldset input[value="none"]');
      await page.click('#next');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name !== 'lenders');
      const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('debt-privacy-check')))!);
      expect(Object.keys(saved).sort()).toEqual(['answers', 'contentVersion', 'current', 'done', 'lang', 'schemaVersion', 'updatedAt']);
      expect(saved).toMatchObject({schemaVersion: 1, contentVersion: content.version, lang: 'en', answers: {lenders: ['none']}, done: []});
      await page.reload();
      await page.waitForSelector('main[data-screen="resume"]');
      const buttons = await page.locator('main .actions button').evaluateAll((b) => b.map((x) => x.id));
      expect(buttons[0]).toBe('forget');
      await page.click('#forget');
      await page.waitForSelector('main[data-screen="welcome"]');
      expect(await stored(page)).toEqual({local: [], session: [], cookies: '', indexedDB: []});
    });
  }, 90_000);

  it('quick exit clears the page and replaces it with a blank one; Escape twice does the same, once does not', async () => {
    await withPage({}, async ({context, page}) => {
      const entries = await page.evaluate(() => history.length);
      await page.click('#start');
      await page.check('main fieldset input[value="none"]');
      await page.click('#next');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name !== 'lenders');
      await page.click('#quick-exit');
      await page.waitForURL('about:blank');
      // The page's entry was replaced, not followed by a new one: the browser's Back cannot bring it back.
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(await page.evaluate(() => document.body?.textContent ?? '')).toBe('');

      const second = await context.newPage();
      await second.goto(PAGE_URL);
      await second.waitForSelector('main h1');
      // One Escape, even in the page's first second, leaves nothing.
      await second.keyboard.press('Escape');
      expect(await screenOf(second)).toBe('welcome');
      await second.click('#start');
      expect(await screenOf(second)).toBe('question');
      // Two within a second (sent together, so a busy machine cannot space them out) leave the page.
      await second.evaluate(() => {
        for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
      });
      await second.waitForURL('about:blank');
      expect((await context.storageState()).origins).toEqual([]);
    });
  }, 90_000);

  it('copies a document’s text to send, and the short copy, exactly as the core writes them', async () => {
    await withPage({clipboard: true}, async ({page}) => {
      const used = await answerAll(page, CASE_E);
      const view = present(content, assess(content, used), 'en');
      await page.click('#short-copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      expect(await page.locator('#status').textContent()).toBe(content.ui['web.copied']!.en);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortChecklistText(content, view, {done: []}));

      const id = view.documents.at(-1)!.id;
      await page.click(`#documents button[data-id="${id}"]`);
      await page.waitForSelector('main[data-screen="document"]');
      await page.click('#doc-copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(documentView(content, id, 'en', used).text);
      // How to send it is shown, apart from what is copied.
      expect(await page.locator('main .how').textContent()).toContain(content.ui['document.howToSend']!.en);
      await page.click('#doc-back');
      await page.waitForSelector('main[data-screen="results"]');
      // A message said in one language does not stay on screen in another.
      await page.click('#short-copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      await page.selectOption('#lang', 'zh-Hans');
      expect(await page.locator('#status').textContent()).toBe('');
    });
  }, 120_000);

  it('shows the evidence log as the records it copies, and prints it as a table to fill in', async () => {
    await withPage({clipboard: true, width: 360, height: 640, locale: 'zh-CN'}, async ({page}) => {
      const used = await answerAll(page, PUBLIC_CASES.C.answers);
      expect(present(content, assess(content, used), 'zh-Hans').documents.map((d) => d.id)).toContain('evidence_log');
      await page.click('#documents button[data-id="evidence_log"]');
      await page.waitForSelector('main[data-screen="document"]');
      const doc = documentView(content, 'evidence_log', 'zh-Hans', used);
      const [header = [], ...rows] = doc.table!;
      // On screen: the records, as copied; no table eight columns wide.
      const shown = await page.locator('#doc-text .records p').allTextContents();
      expect(shown).toEqual(tableRecords(content, 'zh-Hans', doc.table!).split('\n').filter((line) => line !== ''));
      expect(await page.locator('#doc-text .records').isVisible()).toBe(true);
      expect(await page.locator('#doc-text table').isVisible()).toBe(false);
      await page.click('#doc-copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(doc.text);
      // On paper: the table, with its header and every row, and not the records.
      await page.emulateMedia({media: 'print'});
      expect(await page.locator('#doc-text table').isVisible()).toBe(true);
      expect(await page.locator('#doc-text .records').isVisible()).toBe(false);
      expect(await page.locator('#doc-text th').allTextContents()).toEqual(header);
      expect(await page.locator('#doc-text tbody tr').count()).toBe(rows.length);
    });
  }, 120_000);

  it('without the Clipboard API, the evidence log selected for copying is its records, not the printed table', async () => {
    await withPage({}, async ({page}) => {
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', {value: undefined}));
      const used = await answerAll(page, PUBLIC_CASES.C.answers);
      await page.click('#documents button[data-id="evidence_log"]');
      await page.waitForSelector('main[data-screen="document"]');
      await page.click('#doc-copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      expect(await page.locator('#status').textContent()).toBe(content.ui['web.selected']!.en);
      const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).split('\n').filter((line) => line.trim() !== '');
      const doc = documentView(content, 'evidence_log', 'en', used);
      expect(selected).toEqual(doc.text.split('\n').filter((line) => line.trim() !== ''));
    });
  }, 120_000);

  it('shares a document’s text to send through the Web Share API where the browser has it', async () => {
    const init = () => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as {shared: ShareData[]}).shared.push(data);
        },
      });
      (window as unknown as {shared: ShareData[]}).shared = [];
    };
    await withPage({locale: 'zh-CN', init}, async ({page, requests}) => {
      const used = await answerAll(page, CASE_E);
      const id = present(content, assess(content, used), 'zh-Hans').documents[0]!.id;
      await page.click(`#documents button[data-id="${id}"]`);
      await page.click('#doc-share');
      await page.waitForFunction(() => (window as unknown as {shared: unknown[]}).shared.length > 0);
      const doc = documentView(content, id, 'zh-Hans', used);
      expect(await page.evaluate(() => (window as unknown as {shared: unknown[]}).shared)).toEqual([{title: doc.title, text: doc.text}]);
      expect(requests).toEqual([]);
    });
  }, 120_000);

  it('without the Clipboard API, selects the text and says to press copy', async () => {
    await withPage({}, async ({page}) => {
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', {value: undefined}));
      await answerAll(page, CASE_E);
      await page.click('#copy');
      await page.waitForFunction(() => document.getElementById('status')?.textContent !== '');
      expect(await page.locator('#status').textContent()).toBe(content.ui['web.selected']!.en);
      expect(await page.locator('#copy-area').isVisible()).toBe(true);
      const selected = await page.evaluate(() => {
        const area = document.getElementById('copy-area') as HTMLTextAreaElement;
        return area.value.slice(area.selectionStart, area.selectionEnd);
      });
      expect(selected).toContain(content.ui['report.checklistTitle']!.en);
    });
  }, 120_000);

  it('switches language at any time, keeping the answers and the choice not yet confirmed', async () => {
    await withPage({locale: 'en-US'}, async ({page}) => {
      await page.click('#start');
      const lenders = content.questions[0]!;
      await page.check('main fieldset input[value="credit_card"]');
      await page.check('main fieldset input[value="platform_loan"]');
      await page.selectOption('#lang', 'zh-Hans');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
      expect(await page.locator('main h1').textContent()).toBe(lenders.prompt['zh-Hans']);
      const checked = await page.locator('main fieldset input:checked').evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value));
      expect(checked).toEqual(['credit_card', 'platform_loan']);
      await page.click('#next');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name !== 'lenders');
      // Back: the answer is still there.
      await page.click('#back');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name === 'lenders');
      expect(await page.locator('main fieldset input:checked').evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value))).toEqual(['credit_card', 'platform_loan']);
      await page.selectOption('#lang', 'zh-Hant');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
      expect(await page.locator('main h1').textContent()).toBe(lenders.prompt['zh-Hant']);
      expect(await questionOf(page)).toBe('lenders');
    });
  }, 90_000);

  it('opens a new screen at its top at once, even where the page scrolls smoothly, with its heading focused', async () => {
    await withPage({}, async ({page}) => {
      await page.emulateMedia({reducedMotion: 'no-preference'});
      await answerAll(page, CASE_E);
      // Far down the results, a tap on a document: right after it, the document is shown from its top.
      const at = await page.evaluate(() => {
        window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'});
        const before = window.scrollY;
        document.querySelector<HTMLButtonElement>('#documents button')!.click();
        return {before, after: window.scrollY, focused: document.activeElement?.tagName};
      });
      expect(at.before).toBeGreaterThan(0);
      expect(at).toEqual({before: at.before, after: 0, focused: 'H1'});
    });
  }, 120_000);

  it('draws the welcome and the questions from the content before its script; the rest is read at the results', async () => {
    // The same page without its second data block: the welcome, the language switch and the questions
    // still work, so the browser can draw them before it reads that block.
    const html = readFileSync(PAGE_FILE, 'utf8');
    const later = /(<script id="content-later" type="application\/json">)[^<]*(<\/script>)/;
    expect(html.indexOf('<script id="content"')).toBeLessThan(html.indexOf('<script>'));
    expect(html.search(later)).toBeGreaterThan(html.indexOf('<script>'));
    const dir = mkdtempSync(path.join(tmpdir(), 'dpc-web-'));
    const first = path.join(dir, 'first-block-only.html');
    writeFileSync(first, html.replace(later, '$1{}$2'));
    try {
      await withPage({}, async ({page, requests}) => {
        expect(await page.evaluate(() => document.getElementById('content-later') !== null)).toBe(true);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(pathToFileURL(first).href);
        await page.waitForSelector('main[data-screen="welcome"] h1');
        await page.click('#start');
        await page.check('main fieldset input[value="credit_card"]');
        await page.selectOption('#lang', 'zh-Hans');
        await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
        await page.click('#next');
        await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name === 'overdue');
        expect(errors).toEqual([]);
        // The whole page: the second block is read when the results need it.
        await page.goto(PAGE_URL);
        await answerAll(page, CASE_E);
        expect(await page.evaluate(() => document.getElementById('content-later') === null)).toBe(true);
        // (The one "request" recorded is the test's own opening of the copy.)
        expect(requests).toEqual([pathToFileURL(first).href]);
      });
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }, 120_000);

  it('puts crisis help above everything when the person says it is too much', async () => {
    await withPage({locale: 'zh-CN'}, async ({page}) => {
      await answerAll(page, {...CASE_E, wellbeing: 'overwhelmed'});
      const first = await page.locator('main > *').first();
      expect(await first.getAttribute('class')).toBe('crisis');
      expect(await first.textContent()).toBe(content.ui['tui.results.crisis']!['zh-Hans']);
    });
  }, 120_000);
});
