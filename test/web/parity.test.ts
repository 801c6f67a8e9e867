// The web edition against the terminal edition (docs/web.md): the public cases A–I answered in the page
// as given, every other question it shows answered with its first none / no / unsure option (or its first),
// give the same level, answer, checklist ids and documents as `--answers` on exactly those answers; and
// the page makes no request of any kind while doing it.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {expect, it} from 'vitest';
import type {Answers} from '../../source/engine/conditions.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {answerAll, inBrowser, ROOT, shownResult, WAIT} from '../support/browser.js';

/** The v3 public cases (docs/scoring.md), as the specification's table gives them, for a fixture without them. */
const V3_CASES: Record<'G' | 'H' | 'I', Answers> = {
  G: {
    lenders: ['unknown_app'],
    lender_of_record: ['not_checked'],
    overdue: 'd1_30',
    contact_status: 'negotiating',
    loan_terms: ['none'],
    phone: 'other_android',
    app_permissions: ['contacts'],
    permissions_now: 'all_off',
    collector_actions: ['frequent_calls'],
    contacted_people: ['none'],
    wellbeing: 'stressed',
  },
  H: {
    lenders: ['none'],
    someone_elses_debt: 'guarantor',
    collector_actions: ['frequent_calls', 'fake_documents'],
    contacted_people: ['family'],
    what_they_said: ['disclosed_debt'],
    wellbeing: 'stressed',
  },
  I: {
    lenders: ['bank_loan'],
    overdue: 'not_yet',
    collector_actions: ['insults', 'threaten_contacts'],
    contacted_people: ['family', 'workplace'],
    what_they_said: ['disclosed_debt'],
    wellbeing: 'stressed',
  },
};
/** A–I: the fixture's cases, and the v3 ones from the table where the fixture does not hold them yet. */
const CASES: [string, Answers][] = Object.entries({...V3_CASES, ...Object.fromEntries(Object.entries(PUBLIC_CASES).map(([k, c]) => [k, c.answers]))}).sort(
  ([a], [b]) => a.localeCompare(b),
);

/** The built terminal edition's JSON result for these answers. */
function terminal(answers: Answers, lang: string) {
  const ran = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--answers', '-', '--format', 'json'], {
    input: JSON.stringify({lang, answers}),
    encoding: 'utf8',
    timeout: WAIT,
  });
  expect(ran.status, ran.stderr).toBe(0);
  const result = JSON.parse(ran.stdout) as {level: string; answer?: {id: string}; checklist: {id: string}[]; documents: {id: string}[]};
  return {level: result.level, answer: result.answer?.id, checklist: result.checklist.map((c) => c.id), documents: result.documents.map((d) => d.id)};
}

inBrowser('the web edition gives the terminal edition’s result', (withPage) => {
  it.each(CASES)('case %s', async (name, given) => {
    const lang = name === 'E' || name === 'C' ? 'zh-Hans' : 'en';
    await withPage({locale: lang === 'en' ? 'en-US' : 'zh-CN'}, async ({page, requests}) => {
      const used = await answerAll(page, given);
      const shown = await shownResult(page);
      expect(shown).toEqual(terminal(used, lang));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(requests).toEqual([]);
    });
  }, 120_000);
});
