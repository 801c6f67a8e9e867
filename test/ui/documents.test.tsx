// The documents in the interface, as a person uses them: `d` on the results lists the ones the answers call
// for, Enter opens one, `c` copies exactly the text to send, `e` exports it with how to send it (the log as
// a Markdown and a CSV file, both paths shown), and a person who needs none is not promised any.
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {localDate} from '../../source/output/dates.js';
import {documentCsv, documentFile} from '../../source/output/document-files.js';
import {firstUnanswered} from '../../source/engine/questionnaire.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {type Harness, KEY, NOW, renderApp} from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const flat = (text: string) => text.replace(/\s+/g, '');
const saved = (answers: Answers, lang: 'en' | 'zh-Hans' = 'en') => ({answers, done: [], lang, updatedAt: NOW.toISOString()});
const title = (id: string, lang: 'en' | 'zh-Hans' = 'en') => content.documents.find((d) => d.id === id)!.title[lang];

// A 714 victim, threatened, whose phone book was told about the debt.
const victim: Answers = {
  lenders: ['high_cost_app'],
  overdue: 'd1_30',
  someone_elses_debt: 'no',
  overdue_lenders: 'two_three',
  loan_terms: ['upfront_deduction', 'short_term'],
  contact_status: 'avoiding',
  phone: 'other_android',
  app_permissions: ['contacts', 'call_log', 'sms'],
  permissions_now: 'still_on',
  emergency_contacts: 'family',
  shared_info: ['id_photos'],
  collector_actions: ['frequent_calls', 'insults', 'threaten_contacts'],
  contacted_people: ['many_contacts'],
  what_they_said: ['disclosed_debt'],
  evidence: 'some',
  wellbeing: 'stressed',
};
const victimDocs = applicableDocuments(content, victim);

describe('documents in the interface', () => {
  test('d lists exactly the documents the answers call for', async () => {
    expect(victimDocs).toEqual(['deletion', 'message_to_contacts', 'report_illegal_lending', 'evidence_log']);
    expect(firstUnanswered(content.questions, victim)).toBeUndefined(); // resuming opens the results, not a question
    h = await renderApp({initial: saved(victim)});
    await h.press(KEY.enter, ...Array(12).fill(KEY.pageDown));
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.results.after', 'en')));
    await h.press('d');
    for (const id of victimDocs) expect(h.frame()).toContain(title(id));
    for (const id of content.documents.map((d) => d.id).filter((x) => !victimDocs.includes(x))) expect(h.frame()).not.toContain(title(id));
  });

  test('Enter opens one; c copies exactly its text to send, without how to send it', async () => {
    h = await renderApp({initial: saved(victim, 'zh-Hans'), lang: 'zh-Hans'});
    await h.press(KEY.enter, 'd', KEY.down, KEY.enter);
    const doc = documentView(content, 'message_to_contacts', 'zh-Hans', victim);
    expect(h.frame()).toContain(doc.title);
    await h.press('c');
    expect(h.clipboard.copied).toEqual([doc.text]);
    expect(h.clipboard.copied[0]).not.toContain(t(content, 'tui.document.howToSend', 'zh-Hans'));
    // Clean paragraphs: one line each, a blank line between them, nothing wrapped to the screen.
    for (const line of doc.text.split('\n')) expect(line === '' || !line.startsWith(' ')).toBe(true);
  });

  test('e on a letter exports the text and how to send it, in one file', async () => {
    h = await renderApp({initial: saved(victim)});
    await h.press(KEY.enter, 'd', KEY.down, KEY.down, KEY.enter, 'e');
    const doc = documentView(content, 'report_illegal_lending', 'en', victim);
    expect(h.exports.map((x) => x.basename)).toEqual([`debt-privacy-report_illegal_lending-${localDate(NOW)}.txt`]);
    expect(h.exports[0]!.text).toBe(documentFile(content, doc, 'en', 'text'));
    expect(h.exports[0]!.text).toContain(doc.howToSend);
  });

  test('c on the log copies it as records to paste into a chat or notes; e exports it twice, as Markdown and as CSV, and shows both paths', async () => {
    h = await renderApp({initial: saved(victim)});
    await h.press(KEY.enter, 'd', KEY.down, KEY.down, KEY.down, KEY.enter);
    expect(h.frame()).toContain(title('evidence_log'));
    // On the screen, the columns with the licensed lenders' rules, not a table too wide to read.
    expect(flat(h.frame())).toContain(flat('Licensed lenders\' rules: Unless agreed otherwise, no collection from 22:00 to 08:00'));
    const doc = documentView(content, 'evidence_log', 'en', victim);
    await h.press('c');
    expect(h.clipboard.copied).toEqual([doc.text]);
    expect(doc.text).not.toMatch(/^\|/m);
    expect(doc.text).toContain(`${t(content, 'document.record', 'en')}\n- Date: ________\n- Time: ________`);
    await h.press('e');
    const stem = `debt-privacy-evidence_log-${localDate(NOW)}`;
    expect(h.exports.map((x) => x.basename)).toEqual([`${stem}.md`, `${stem}.csv`]);
    expect(h.exports[0]!.text).toBe(documentFile(content, doc, 'en', 'markdown'));
    expect(h.exports[1]!.text).toBe(documentCsv(doc));
    const shown = flat(h.frame());
    expect(shown).toContain(flat(`/tmp/exports/${stem}.md`));
    expect(shown).toContain(flat(`/tmp/exports/${stem}.csv`));
  });

  test('a person no document is for is not promised any, and d says so', async () => {
    const calm: Answers = {
      lenders: ['credit_card'],
      overdue: 'not_yet',
      someone_elses_debt: 'no',
      loan_terms: ['none'],
      phone: 'iphone',
      app_permissions: ['none'],
      emergency_contacts: 'none',
      shared_info: ['none'],
      collector_actions: ['none'],
      contacted_people: ['none'],
      wellbeing: 'coping',
    };
    expect(applicableDocuments(content, calm)).toEqual([]);
    expect(firstUnanswered(content.questions, calm)).toBeUndefined();
    h = await renderApp({initial: saved(calm)});
    await h.press(KEY.enter, ...Array(12).fill(KEY.pageDown));
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.results.afterNoDocuments', 'en')));
    expect(flat(h.frame())).not.toContain(flat(t(content, 'tui.results.after', 'en')));
    await h.press('d');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.documents.none', 'en')));
    await h.press(KEY.enter, 'c');
    expect(h.clipboard.copied).toEqual([]);
  });
});
