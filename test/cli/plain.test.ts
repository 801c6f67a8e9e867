// --plain through runPlain with typed lines and a memory store: the documents that apply offered by number
// after the results and printed filled in, the goodbye line true to what was saved, and every line laid
// out at the terminal's width without breaking a Latin word.
import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {runPlain} from '../../source/cli/plain.js';
import {plainDocument} from '../../source/cli/plain-document.js';
import {readContent} from '../../source/platform/content-files.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {initialState, reduce, type State} from '../../source/engine/questionnaire.js';
import {t} from '../../source/i18n/index.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {displayWidth} from '../../source/output/width.js';
import {currentQuestion, optionsOf} from '../../source/ui/state.js';
import {VICTIM_714} from '../support/cases.js';
import {createMemoryStore, type MemoryStore} from '../support/memory-store.js';

const full = (lang: Lang) => readContent(lang, {documents: true});

// No debt of their own: called about a relative's.
const CALLED_ABOUT_RELATIVE: Answers = {
  lenders: ['none'],
  someone_elses_debt: 'contact_only',
  phone: 'other_android',
  app_permissions: ['none'],
  collector_actions: ['frequent_calls', 'late_night'],
  contacted_people: ['none'],
  evidence: 'some',
  wellbeing: 'coping',
};

/** The lines a person types to give `answers`, found by walking the questionnaire as plain mode does. */
function typedFor(lang: Lang, answers: Answers): string[] {
  const {questions} = full(lang);
  let state: State = reduce(questions, initialState(lang), {type: 'START'});
  const lines: string[] = [];
  while (state.phase === 'question') {
    const question = currentQuestion(state, questions)!;
    const value = answers[question.id];
    if (value === undefined) throw new Error(`no answer for ${question.id}`);
    const values = typeof value === 'string' ? [value] : value;
    const options = optionsOf(state, question, questions);
    lines.push(values.map((v) => options.findIndex((o) => o.value === v) + 1).join(' '));
    state = reduce(questions, state, {type: 'ANSWER', question: question.id, value});
  }
  expect(state.phase).toBe('results');
  return lines;
}

async function plain(
  lines: readonly string[],
  options: {lang?: Lang; store?: MemoryStore; fresh?: boolean; columns?: number} = {},
): Promise<{code: number; out: string; store: MemoryStore}> {
  const store = options.store ?? createMemoryStore({path: '/home/me/.config/debt-privacy-check/config.json'});
  let out = '';
  const code = await runPlain({
    content: async (lang, o) => readContent(lang, {documents: o?.documents === true}),
    store,
    lang: options.lang ?? 'en',
    langFromFlag: true,
    fresh: options.fresh === true,
    input: Readable.from(lines.map((l) => `${l}\n`)),
    // A prompt is followed by what the person types and Enter, which the terminal echoes: a new line.
    output: {write: (s: string) => (out += `${out !== '' && !out.endsWith('\n') ? '\n' : ''}${s}`)},
    ...(options.columns === undefined ? {} : {columns: () => options.columns}),
  });
  return {code, out, store};
}

describe('--plain: the documents after the results', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: a 714 victim gets the documents that apply, numbered; a number prints one filled in; Enter ends`, async () => {
      const content = full(lang);
      const ids = applicableDocuments(content, VICTIM_714);
      expect(ids).toContain('report_illegal_lending');
      const n = ids.indexOf('report_illegal_lending') + 1;
      const {code, out, store} = await plain([...typedFor(lang, VICTIM_714), String(n), ''], {lang});
      expect(code).toBe(0);
      const results = out.slice(out.indexOf(t(content, 'report.title', lang)));
      // No command that needs an answers file the person does not have.
      expect(results).not.toContain('--answers');
      // The list, numbered, after the results.
      for (const [i, id] of ids.entries()) expect(results).toContain(`  ${i + 1}. ${documentView(content, id, lang).title}\n`);
      expect(results.indexOf(t(content, 'report.documents', lang))).toBeGreaterThan(results.indexOf(t(content, 'report.checklist', lang)));
      // The one asked for, filled in from these answers (not the blank template), then the list again.
      const filled = plainDocument(content, 'report_illegal_lending', lang, VICTIM_714);
      expect(filled).not.toBe(plainDocument(content, 'report_illegal_lending', lang, {}));
      const at = results.indexOf(filled);
      expect(at).toBeGreaterThan(0);
      expect(results.slice(at + filled.length)).toContain(t(content, 'report.documents', lang));
      // Enter finished it; the answers are saved and the goodbye says so.
      expect(out.trimEnd().endsWith(t(content, 'tui.bye', lang))).toBe(true);
      expect(store.saved?.answers).toEqual(VICTIM_714);
    });
  }

  it('someone called about a relative\'s debt gets the letter for a contact, filled in', async () => {
    const content = full('zh-Hans');
    const ids = applicableDocuments(content, CALLED_ABOUT_RELATIVE);
    const n = ids.indexOf('contact_stop_and_delete') + 1;
    expect(n).toBeGreaterThan(0);
    const {out} = await plain([...typedFor('zh-Hans', CALLED_ABOUT_RELATIVE), String(n), 'q'], {lang: 'zh-Hans'});
    expect(out).toContain(plainDocument(content, 'contact_stop_and_delete', 'zh-Hans', CALLED_ABOUT_RELATIVE));
  });

  it('a number that is not on the list is asked again; nothing is printed for it', async () => {
    const content = full('en');
    const ids = applicableDocuments(content, VICTIM_714);
    const {code, out} = await plain([...typedFor('en', VICTIM_714), String(ids.length + 1), '1 2', '']);
    expect(code).toBe(0);
    expect(out.split(t(content, 'plain.badNumbers', 'en', {max: ids.length})).length - 1).toBe(2);
    expect(out).not.toContain(t(content, 'document.howToSend', 'en'));
  });

  it('a closed input at the list ends the run as Enter does', async () => {
    const {code, out} = await plain(typedFor('en', VICTIM_714));
    expect(code).toBe(0);
    expect(out.trimEnd().endsWith(t(full('en'), 'tui.bye', 'en'))).toBe(true);
  });
});

describe('--plain: the welcome', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang}: says, before the first question, that it is also for someone called about another's debt`, async () => {
      const {out} = await plain(['q'], {lang});
      const content = full(lang);
      const line = t(content, 'tui.welcome.someoneElse', lang);
      expect(out.indexOf(line)).toBeGreaterThan(0);
      expect(out.indexOf(line)).toBeLessThan(out.indexOf(content.questions[0]!.prompt[lang]));
    });
  }

  it('a blank line between its paragraphs, as on the welcome screen', async () => {
    const {out} = await plain(['q']);
    const content = full('en');
    const paragraphs = ['tui.title', 'tui.welcome.purpose', 'tui.welcome.someoneElse'].map((key) => t(content, key, 'en'));
    for (const [i, text] of paragraphs.entries()) {
      const next = paragraphs[i + 1];
      if (next === undefined) continue;
      // The paragraph (wrapped at the terminal's width), then a blank line, then the next.
      const between = out.slice(out.indexOf(text.split(' ')[0]!), out.indexOf(next.split(' ').slice(0, 3).join(' ')));
      expect(between, text).toMatch(/\n\n$/);
    }
  });
});

it('--plain in Chinese: a question\'s section and prompt joined by a full-width colon', async () => {
  const content = full('zh-Hans');
  const {out} = await plain(['q'], {lang: 'zh-Hans'});
  const first = content.questions[0]!;
  const section = content.sections.find((x) => x.id === first.section)!;
  expect(out).toContain(`${section.title['zh-Hans']}：${first.prompt['zh-Hans']}`);
});

describe('--plain: the goodbye says only what was saved', () => {
  const content = full('en');
  const saved = {answers: {lenders: ['bank_loan']}, current: 'overdue', done: [], lang: 'en' as const, updatedAt: '2026-12-01T20:00:00.000Z'};

  it('quitting before any answer: nothing saved, and it says there was nothing to keep', async () => {
    const {out, store} = await plain(['q']);
    expect(store.saveCount).toBe(0);
    expect(out).toContain(t(content, 'tui.byeEmpty', 'en'));
    expect(out).not.toContain(t(content, 'tui.bye', 'en'));
  });

  it('--fresh, then quitting at once: the saved progress is left as it was, and it says it is kept', async () => {
    const store = createMemoryStore({path: '/x/config.json', initial: saved});
    const {out} = await plain(['q'], {fresh: true, store});
    expect(store.saveCount).toBe(0);
    expect(store.saved).toEqual(saved);
    expect(out).toContain(t(content, 'tui.bye', 'en'));
  });

  it('--no-save: says so at the start and at the end, and saves nothing', async () => {
    const store = createMemoryStore();
    const {out} = await plain(['2', 'q'], {store});
    expect(store.saveCount).toBe(0);
    expect(out).toContain(t(content, 'plain.nosave', 'en'));
    expect(out).toContain(t(content, 'tui.byeNoSave', 'en'));
  });

  it('a save that failed is not called a save', async () => {
    const store = createMemoryStore({path: '/x/config.json', notices: [{kind: 'unwritable'}]});
    const {out} = await plain(['2', 'q'], {store});
    expect(out.trimEnd().endsWith(t(content, 'store.unwritable', 'en'))).toBe(true);
  });

  it('an answer, then q: saved, and it says so', async () => {
    const {out, store} = await plain(['2', 'q']);
    expect(store.saved?.answers).toEqual({lenders: ['bank_loan']});
    expect(out.trimEnd().endsWith(t(content, 'tui.bye', 'en'))).toBe(true);
  });
});

/** Latin words (and numbers) in order: a word broken across two lines would show up as two. */
const latinWords = (text: string) => text.match(/[A-Za-z0-9][A-Za-z0-9'’_.:/-]*/g) ?? [];

describe('--plain: the evidence log, a document with a table', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    it(`${lang} at 40 columns: every line fits, the table as records, and "how to send" names no key --plain lacks`, async () => {
      const content = full(lang);
      const ids = applicableDocuments(content, VICTIM_714);
      const n = ids.indexOf('evidence_log') + 1;
      expect(n).toBeGreaterThan(0);
      const {out} = await plain([...typedFor(lang, VICTIM_714), String(n), ''], {lang, columns: 40});
      const title = documentView(content, 'evidence_log', lang).title;
      const doc = out.slice(out.indexOf(`\n${title}\n`), out.lastIndexOf(t(content, 'report.documents', lang)));
      expect(doc.length).toBeGreaterThan(500);
      for (const line of doc.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
      expect(doc).not.toContain('|');
      // The table's content: every column's name, and every rule beside it, as "label: value".
      const table = documentView(content, 'evidence_log', lang).table!;
      const squeezed = doc.replace(/\s+/g, '');
      for (const [i, name] of table[0]!.entries()) {
        const rule = table[1]![i];
        expect(squeezed).toContain(t(content, 'document.rule', lang, {label: name, rule: i > 0 && rule ? rule : '________'}).replace(/\s+/g, ''));
      }
      // What --plain offers: the command that writes the log to a file; no key of the interface.
      expect(squeezed).toContain(t(content, 'plain.document.exportTable', lang, {id: 'evidence_log'}).replace(/\s+/g, ''));
      expect(doc).not.toMatch(/[Pp]ress [a-z]\b|按 [a-z]\b/);
    });
  }

  it('an English document to be sent in Chinese says how to get it with commands, not with a key', async () => {
    const content = full('en');
    const ids = applicableDocuments(content, VICTIM_714);
    const sendChinese = ids.find((id) => content.documents.find((d) => d.id === id)?.sendInChinese)!;
    const {out} = await plain([...typedFor('en', VICTIM_714), String(ids.indexOf(sendChinese) + 1), '']);
    expect(out).toContain(t(content, 'plain.document.sendChinese', 'en', {id: sendChinese}));
    expect(out).not.toContain(t(content, 'document.sendChinese', 'en', {id: sendChinese}));
  });
});

describe('--plain: lines laid out at the terminal width', () => {
  for (const lang of ['en', 'zh-Hans'] as const) {
    for (const columns of [40, 80]) {
      it(`${lang} at ${columns} columns: no line wider than the terminal but a single word, no Latin word broken`, async () => {
        const typed = [...typedFor(lang, VICTIM_714), '1', ''];
        const wide = await plain(typed, {lang});
        const narrow = await plain(typed, {lang, columns});
        for (const line of narrow.out.split('\n')) {
          const fits = displayWidth(line) < columns;
          const oneWord = !/\S\s+\S/.test(line.trim());
          expect(fits || oneWord, line).toBe(true);
        }
        expect(latinWords(narrow.out)).toEqual(latinWords(wide.out));
        // Wrapped, not cut: the same text once the line breaks are taken out.
        const squeeze = (s: string) => s.replace(/\s+/g, '');
        expect(squeeze(narrow.out)).toBe(squeeze(wide.out));
        expect(narrow.out.split('\n').length).toBeGreaterThan(wide.out.split('\n').length);
      });
    }
  }
});
