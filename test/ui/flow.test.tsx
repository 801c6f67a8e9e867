// The whole questionnaire with a memory store and a fake clipboard, as a person would go through it.
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {checklistText} from '../../source/output/render.js';
import {documentView} from '../../source/output/documents.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {firstItems} from '../../source/output/first.js';
import {localDate} from '../../source/output/dates.js';
import {type Harness, KEY, NOW, renderApp} from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const resultsTitle = t(content, 'tui.results.title', 'en');
const flat = (text: string) => text.replace(/\s+/g, '');
const prompts = new Map(content.questions.map((q) => [q.prompt.en, q]));

function questionOnScreen(frame: string) {
  for (const [prompt, question] of prompts) if (frame.includes(prompt)) return question;
  return undefined;
}

/** Answers every question with its first option, checking the store after each answer. */
async function answerAll(harness: Harness): Promise<string[]> {
  const seen: string[] = [];
  for (let step = 0; step < content.questions.length + 1; step++) {
    const question = questionOnScreen(harness.frame());
    if (!question) break;
    seen.push(question.id);
    const before = harness.store.saveCount;
    if (question.type === 'single') await harness.press('1');
    else await harness.press(KEY.space, KEY.enter);
    expect(harness.store.saveCount).toBe(before + 1);
    expect(harness.store.saved?.answers[question.id]).toBeDefined();
  }
  return seen;
}

// Public case C (test/fixtures/public-cases.json, docs/scoring.md) plus feeling overwhelmed: critical, happening, crisis help.
const caseC: Answers = {
  lenders: ['unknown_app'],
  lender_of_record: ['none_named'],
  overdue: 'd31_90',
  someone_elses_debt: 'no',
  overdue_lenders: 'one',
  loan_terms: ['none'],
  contact_status: 'sometimes',
  phone: 'xiaomi',
  app_permissions: ['contacts'],
  permissions_now: 'still_on',
  emergency_contacts: 'family',
  shared_info: ['employer'],
  collector_actions: ['frequent_calls', 'threaten_contacts'],
  contacted_people: ['many_contacts'],
  what_they_said: ['disclosed_debt', 'insulted_you'],
  evidence: 'some',
  wellbeing: 'overwhelmed',
};
const savedC = {answers: caseC, done: [], lang: 'en' as const, updatedAt: NOW.toISOString()};

describe('the full flow', () => {
  test('welcome, every question, saved after each answer, then the results', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    const seen = await answerAll(h);
    expect(seen[0]).toBe(content.questions[0]!.id);
    expect(h.frame()).toContain(resultsTitle);
    const view = present(content, assess(content, h.store.saved!.answers), 'en');
    expect(h.frame()).toContain(`${t(content, `level.${view.level}`, 'en')} `);
    expect(h.frame()).toContain(`${view.score} / 100`);
  });

  test('c copies exactly the plain-text checklist and says how', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    await answerAll(h);
    await h.press('c');
    const answers = h.store.saved!.answers;
    const view = present(content, assess(content, answers), 'en');
    expect(h.clipboard.copied).toEqual([
      checklistText(content, view, {done: [], date: localDate(NOW), format: 'plain'}),
    ]);
    expect(h.frame()).toContain(t(content, 'copy.system', 'en'));
  });

  test('resume after quitting mid-way lands on the next unanswered question', async () => {
    h = await renderApp();
    await h.press(KEY.enter, KEY.space, KEY.enter, '2'); // lenders, overdue
    const saved = h.store.saved!;
    await h.press('q');
    expect(h.exits).toEqual([0]);
    await h.unmount();
    h = await renderApp({initial: saved});
    expect(h.frame()).toContain('2 of');
    await h.press(KEY.enter);
    const next = content.questions.find((q) => q.id === saved.current)!;
    // Content version 3 asks everyone whether collectors call about someone else's debt.
    expect(next.id).toBe('someone_elses_debt');
    expect(h.frame()).toContain(next.prompt.en);
  });
});

describe('results', () => {
  test('crisis help comes above everything, then the level word, stage, reasons and checklist', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter);
    const frame = h.frame();
    const view = present(content, assess(content, caseC), 'en');
    expect(view.level).toBe('critical');
    const crisis = frame.indexOf(t(content, 'tui.results.crisis', 'en').slice(0, 30));
    const level = frame.indexOf('Risk level');
    expect(crisis).toBeGreaterThan(-1);
    expect(level).toBeGreaterThan(crisis);
    expect(frame).toContain(' Critical ');
    const stage = frame.indexOf(t(content, `stage.${view.stage}`, 'en').slice(0, 15));
    const reasons = frame.indexOf('Main reasons');
    expect(stage).toBeGreaterThan(level);
    expect(reasons).toBeGreaterThan(stage);
    expect(frame).toContain(view.reasons[0]!.text.slice(0, 20));
  });

  test('scrolling reaches every checklist item, the disclaimer once and the review date', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter);
    const view = present(content, assess(content, caseC), 'en');
    const seen = new Set<string>();
    let disclaimerSeen = 0;
    let reviewedSeen = false;
    let previous = '';
    for (let i = 0; i < 200 && h.frame() !== previous; i++) {
      previous = h.frame();
      const frame = previous.replace(/\s+/g, ' ');
      for (const item of view.checklist) if (frame.includes(item.title.slice(0, 25))) seen.add(item.id);
      if (frame.includes(t(content, 'reviewed', 'en', {date: content.reviewed}))) reviewedSeen = true;
      if (frame.includes(t(content, 'disclaimer', 'en').slice(0, 30))) disclaimerSeen++;
      await h.press(KEY.pageDown);
    }
    expect([...seen].sort()).toEqual(view.checklist.map((i) => i.id).sort());
    expect(reviewedSeen).toBe(true);
    expect(disclaimerSeen).toBeGreaterThan(0);
  });

  test('space ticks the highlighted item done and saves it; Down moves on to the next item', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter);
    const view = present(content, assess(content, caseC), 'en');
    const [first, second] = firstItems(view).ids;
    await h.press(KEY.space);
    expect(h.store.saved?.done).toEqual([first]);
    await h.press(KEY.down, KEY.space);
    expect(h.store.saved?.done).toEqual([first, second]);
    await h.press(KEY.space);
    expect(h.store.saved?.done).toEqual([first]);
  });

  test('the copied checklist carries the ticks', async () => {
    h = await renderApp({initial: {...savedC, done: []}});
    await h.press(KEY.enter, KEY.space, 'c');
    const view = present(content, assess(content, caseC), 'en');
    expect(h.clipboard.copied[0]).toBe(
      checklistText(content, view, {done: [view.checklist[0]!.id], date: localDate(NOW), format: 'plain'}),
    );
  });

  test('e exports Markdown and shows the path; a failure says so calmly', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter, 'e');
    const view = present(content, assess(content, caseC), 'en');
    expect(h.exports).toHaveLength(1);
    expect(h.exports[0]!.basename).toMatch(/^debt-privacy-checklist-\d{4}-\d{2}-\d{2}\.md$/);
    expect(h.exports[0]!.text).toBe(checklistText(content, view, {done: [], date: localDate(NOW), format: 'markdown'}));
    expect(h.frame().replace(/\s+/g, '')).toContain(
      t(content, 'export.done', 'en', {path: `/tmp/exports/${h.exports[0]!.basename}`}).replace(/\s+/g, ''),
    );
    await h.unmount();
    h = await renderApp({initial: savedC, exportFails: true});
    await h.press(KEY.enter, 'e');
    expect(h.frame()).toContain(t(content, 'export.failed', 'en').slice(0, 20));
  });

  test('d lists the documents, Enter opens one, c copies only its text, backspace goes back step by step', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter, 'd');
    expect(h.frame()).toContain(t(content, 'tui.documents.title', 'en'));
    const doc = documentView(content, 'deletion', 'en', caseC);
    expect(h.frame()).toContain(doc.title.slice(0, 20));
    await h.press(KEY.enter);
    expect(h.frame()).toContain(doc.title.slice(0, 20));
    await h.press('c');
    expect(h.clipboard.copied).toEqual([doc.text]);
    await h.press(KEY.pageDown, KEY.backspace);
    expect(h.frame()).toContain(t(content, 'tui.documents.intro', 'en').slice(0, 20));
    await h.press(KEY.backspace);
    expect(h.frame()).toContain('Risk level');
  });

  test('r asks first; r again restarts at the first question with nothing answered; q quits with 0', async () => {
    h = await renderApp({initial: {...savedC, done: ['x']}});
    await h.press(KEY.enter, 'r');
    const ask = t(content, 'tui.results.confirmRestart', 'en');
    expect(ask).toBe('Press r again to start over: your answers and ticks will be cleared. Any other key keeps them.');
    expect(flat(h.frame())).toContain(flat(ask));
    expect(h.frame()).toContain('Risk level');
    expect(h.store.saved?.answers).toEqual(caseC);
    await h.press('r');
    expect(h.frame()).toContain(content.questions[0]!.prompt.en);
    expect(h.store.saved).toBeUndefined();
    await h.press('q');
    expect(h.exits).toEqual([0]);
  });

  test('after the first r, any other key keeps the answers and ticks and does nothing else', async () => {
    const view = present(content, assess(content, caseC), 'en');
    const done = [view.checklist[0]!.id];
    for (const other of [KEY.space, 'x', KEY.down, 'c', 'l']) {
      h = await renderApp({initial: {...savedC, done}});
      await h.press(KEY.enter, 'r', other);
      expect(flat(h.frame())).not.toContain(flat(t(content, 'tui.results.confirmRestart', 'en')));
      expect(h.store.saved?.answers, JSON.stringify(other)).toEqual(caseC);
      expect(h.store.saved?.done, JSON.stringify(other)).toEqual(done);
      expect(h.clipboard.copied).toEqual([]);
      expect(h.frame()).toContain('Risk level');
      // The confirmation is gone: r now asks again instead of restarting.
      await h.press('r');
      expect(h.frame()).toContain('Risk level');
      expect(h.store.saved?.answers).toEqual(caseC);
      await h.unmount();
    }
    h = undefined;
  });

  test('the zh-Hans restart question is the same sentence, full-width punctuation', async () => {
    h = await renderApp({initial: {...savedC, lang: 'zh-Hans'}});
    await h.press(KEY.enter, 'r');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.results.confirmRestart', 'zh-Hans')));
    expect(t(content, 'tui.results.confirmRestart', 'zh-Hans')).toMatch(/^再按一次 r 重新开始：.*。按其他任意键保留。$/u);
  });

  test('e on a document exports it as a .txt file and shows the path', async () => {
    h = await renderApp({initial: savedC});
    await h.press(KEY.enter, 'd', KEY.enter, 'e');
    expect(h.exports).toHaveLength(1);
    expect(h.exports[0]!.basename).toBe(`debt-privacy-deletion-${localDate(NOW)}.txt`);
    expect(h.exports[0]!.text).toContain(documentView(content, 'deletion', 'en', caseC).text.trimEnd());
    expect(flat(h.frame())).toContain(flat(t(content, 'export.done', 'en', {path: `/tmp/exports/${h.exports[0]!.basename}`})));
    expect(h.frame()).toContain(t(content, 'tui.key.export', 'en'));
  });

  test('a message stands in for the status line and the hints, the list above it as it was; the next key brings them back', async () => {
    let checked = 0;
    for (const lang of ['en', 'zh-Hans'] as const) {
      h = await renderApp({initial: {...savedC, lang}});
      await h.press(KEY.enter);
      const message = t(content, 'copy.system', lang);
      const status = t(content, 'tui.results.status', lang, {done: 0, total: 12, k: 1}).slice(0, 4);
      for (let page = 0; page < 25; page++) {
        const before = h.frame().split('\n');
        const list = before.findIndex((line) => line.includes(status)) - 1;
        await h.press('c');
        const lines = h.frame().split('\n');
        const at = lines.findIndex((line) => line.includes(message));
        expect(at, h.frame()).toBe(list + 1);
        expect(lines.slice(0, list), h.frame()).toEqual(before.slice(0, list));
        expect(h.frame()).not.toContain(status);
        checked++;
        await h.press(KEY.down);
        expect(h.frame()).toContain(status);
        expect(h.frame()).toContain(t(content, 'tui.key.done', lang));
      }
      await h.unmount();
    }
    h = undefined;
    expect(checked).toBe(50);
  });

  test('the copy message is truthful about the method used', async () => {
    const {FakeClipboard} = await import('./helpers.js');
    h = await renderApp({initial: savedC, clipboard: new FakeClipboard({method: 'file', path: '/tmp/x.txt'})});
    await h.press(KEY.enter, 'c');
    expect(h.frame()).toContain('/tmp/x.txt');
  });

  test('zh-Hans results show the Chinese level word and priorities', async () => {
    h = await renderApp({initial: {...savedC, lang: 'zh-Hans'}});
    await h.press(KEY.enter);
    expect(h.frame()).toContain(` ${t(content, 'level.critical', 'zh-Hans')} `);
    expect(h.frame()).toContain(t(content, 'tui.results.crisis', 'zh-Hans').slice(0, 8));
  });
});
