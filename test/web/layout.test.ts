// The web edition's layout and accessibility (docs/web.md), in Chromium: no horizontal scroll at 320 and
// 360 px, tap targets of at least 44 px, the focus on each new screen's heading, and an axe-core audit with
// no serious or critical violation on every screen, in light and dark mode.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import {expect, it} from 'vitest';
import {PUBLIC_CASES} from '../support/cases.js';
import {answerAll, inBrowser, overflowX} from '../support/browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is, by rule and the elements concerned. */
async function audit(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's policy does not govern (an injected <script>
  // would be refused, as it should be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(context: Document): Promise<{violations: {id: string; impact: string; nodes: {target: string[]}[]}[]}>}}).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Interactive elements smaller than 44 px in height (or width, for those not as wide as a line). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, summary, label.option, label.check, ul.first a')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({el, box: el.getBoundingClientRect()}))
      .filter(({box}) => box.height < 44 || box.width < 44)
      .map(({el, box}) => `${el.tagName.toLowerCase()} "${el.textContent?.slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/** Every screen, checked at once: the welcome, a multiple and a single choice, the results opened, a document. */
async function everyScreen(page: Page, check: (screen: string) => Promise<void>) {
  await check('welcome');
  await page.click('#start');
  await page.waitForSelector('main[data-screen="question"]');
  await check('question (multiple)');
  await page.check('main fieldset input[value="platform_loan"]');
  await page.click('#next');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.type === 'radio');
  await check('question (single)');
  await page.click('#back');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name === 'lenders');
  await answerAll(page, {...PUBLIC_CASES.C.answers, wellbeing: 'overwhelmed'});
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await check('results');
  await page.click('#documents button[data-id="evidence_log"]');
  await page.waitForSelector('main[data-screen="document"]');
  await check('document');
}

inBrowser('the web edition on a small screen', (withPage) => {
  it.each([320, 360])('has no horizontal scroll and 44 px targets at %i×640', async (width) => {
    await withPage({width, height: 640, locale: width === 320 ? 'zh-CN' : 'en-US'}, async ({page}) => {
      const problems: string[] = [];
      await everyScreen(page, async (screen) => {
        const over = await overflowX(page);
        if (over > 0) problems.push(`${screen}: ${over} px too wide`);
        for (const small of await smallTargets(page)) problems.push(`${screen}: ${small}`);
      });
      expect(problems).toEqual([]);
    });
  }, 180_000);

  it.each(['light', 'dark'] as const)('passes axe-core with no serious or critical violation, %s', async (scheme) => {
    await withPage({locale: scheme === 'light' ? 'en-US' : 'zh-CN'}, async ({page}) => {
      await page.emulateMedia({colorScheme: scheme, reducedMotion: 'reduce'});
      const problems: string[] = [];
      await everyScreen(page, async (screen) => {
        for (const v of await audit(page)) problems.push(`${screen}: ${v}`);
      });
      expect(problems).toEqual([]);
    });
  }, 180_000);

  it('moves the focus to each new screen’s heading, and can be answered with the keyboard alone', async () => {
    await withPage({}, async ({page}) => {
      await page.focus('#start');
      await page.keyboard.press('Enter');
      await page.waitForSelector('main[data-screen="question"]');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      // Tab to the first option, Space ticks it; Tab on to Next, Enter.
      let guard = 0;
      while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)) !== 'credit_card' && guard++ < 20) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      while ((await page.evaluate(() => document.activeElement?.id)) !== 'next' && guard++ < 40) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('main fieldset input')?.name !== 'lenders');
      expect(await page.evaluate(() => [document.activeElement?.tagName, document.querySelector('main fieldset input')?.getAttribute('name')])).toEqual(['H1', 'overdue']);
    });
  }, 90_000);
});
