// --letter through run() with a fake terminal: every form, its output in each format and language, its
// warnings and its exit codes; filled in from saved progress when no answers file is given (or --blank);
// and the documents of the --answers JSON.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openStore} from '../../source/cli/store.js';
import {content} from '../../source/content/generated.js';
import {DOCUMENT_IDS, LANGS, type Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {documentFile, SEPARATOR} from '../../source/output/document-files.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {cli as runCli} from '../support/run-cli.js';

const cli = (argv: string[], stdin = '') => runCli(argv, {stdin});

const dir = mkdtempSync(path.join(tmpdir(), 'dpc-letter-'));
function file(name: string, data: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, JSON.stringify(data));
  return full;
}

// A JD 金条 borrower whose emergency contacts were called, in Chinese.
const JD = {
  lang: 'zh-Hans',
  answers: {
    lenders: ['platform_loan'],
    overdue: 'd31_90',
    contact_status: 'sometimes',
    phone: 'huawei',
    app_permissions: ['contacts'],
    permissions_now: 'some_off',
    emergency_contacts: 'family',
    shared_info: ['employer'],
    collector_actions: ['frequent_calls', 'late_night', 'threaten_contacts'],
    contacted_people: ['emergency_contacts'],
    what_they_said: ['locate_only'],
  },
};
const jdFile = file('jd.json', JD);
const jdApplies = applicableDocuments(content, JD.answers);

describe('--letter <id>', () => {
  it.each(DOCUMENT_IDS)('%s without answers: the text to send, a separator, how to send it; exit 0, nothing on stderr', async (id) => {
    for (const lang of LANGS) {
      const {code, out, err} = await cli(['--letter', id, '--lang', lang]);
      const view = documentView(content, id, lang);
      expect({code, err}).toEqual({code: 0, err: ''});
      expect(out.startsWith(`${view.text}\n\n${SEPARATOR}\n\n`)).toBe(true);
      expect(out).toContain(view.howToSend);
      // Blanks for what only the person knows (the message and the log have none to fill in).
      if (!['message_to_contacts', 'evidence_log'].includes(id)) expect(out).toContain('________');
    }
  });

  it('--letter deletion keeps working: the PIPL articles, blanks, in each language', async () => {
    expect((await cli(['--letter', 'deletion', '--lang', 'zh-Hans'])).out).toContain('第四十七条');
    expect((await cli(['--letter', 'deletion'])).out).toMatch(/Art\. 47/);
    expect((await cli(['--letter', 'deletion', '--lang', 'zh-Hant'])).out).toContain('個人信息保護法');
  });

  it('--format json: {id, title, text, howToSend} and nothing else', async () => {
    const {code, out} = await cli(['--letter', 'complaint_to_lender', '--answers', jdFile, '--format', 'json']);
    expect(code).toBe(0);
    const view = documentView(content, 'complaint_to_lender', 'zh-Hans', JD.answers);
    expect(JSON.parse(out)).toEqual({id: 'complaint_to_lender', title: view.title, text: view.text, howToSend: view.howToSend});
  });

  it('--format markdown: the text, a thematic break, then how to send it, blanks escaped', async () => {
    const {code, out} = await cli(['--letter', 'stop_third_party_contact', '--format', 'markdown', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toMatch(/\n\n---\n\n\*\*How to send it and keep proof/);
    expect(out).toContain('\\_\\_\\_\\_\\_\\_\\_\\_');
  });

  it('--answers fills it in, in the file\'s language unless --lang says otherwise', async () => {
    const zh = await cli(['--letter', 'stop_third_party_contact', '--answers', jdFile]);
    expect(zh.out).toContain('联系了我借款时留下的紧急联系人');
    const en = await cli(['--letter', 'stop_third_party_contact', '--answers', jdFile, '--lang', 'en']);
    expect(en.out).toContain('contacted the emergency contacts I gave when I borrowed');
    const stdin = await cli(['--letter', 'stop_third_party_contact', '--answers', '-'], JSON.stringify(JD));
    expect(stdin.out).toBe(zh.out);
  });

  it('a document the answers do not call for is printed, after one line on stderr; exit 0', async () => {
    expect(jdApplies).not.toContain('report_illegal_lending');
    const {code, out, err} = await cli(['--letter', 'report_illegal_lending', '--answers', jdFile, '--lang', 'en']);
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/do not call for "An outline for reporting an illegal loan app"; it is printed anyway/);
    expect(out).toContain(documentView(content, 'report_illegal_lending', 'en', JD.answers).text);
    expect((await cli(['--letter', 'complaint_to_lender', '--answers', jdFile])).err).toBe('');
  });

  it('an unknown document, a missing value, a bad format or a bad answers file: exit 2, one message', async () => {
    const unknown = await cli(['--letter', 'thanks']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`choose one of: list, ${DOCUMENT_IDS.join(', ')}.`);
    expect((await cli(['--letter', 'deletion', '--lang', 'zh-Hans', '--answers', jdFile, '--format', 'pdf'])).code).toBe(2);
    expect((await cli(['--letter'])).code).toBe(2);
    const bad = await cli(['--letter', 'deletion', '--answers', file('bad.json', {answers: {lenders: 'bank_loan'}})]);
    expect(bad).toMatchObject({code: 2, out: ''});
    expect(bad.err).toMatch(/"lenders" is multiple choice/);
    expect(unknown.err).not.toMatch(/\n\s+at /);
  });
});

describe('--letter list', () => {
  it('names every document, one per line with its title; json gives [{id, title}]', async () => {
    const {code, out, err} = await cli(['--letter', 'list']);
    expect({code, err}).toEqual({code: 0, err: ''});
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(DOCUMENT_IDS.length);
    lines.forEach((line, i) => {
      expect(line.startsWith(DOCUMENT_IDS[i]!)).toBe(true);
      expect(line.endsWith(documentView(content, DOCUMENT_IDS[i]!, 'en').title)).toBe(true);
    });
    const json = JSON.parse((await cli(['--letter', 'list', '--format', 'json', '--lang', 'zh-Hant'])).out);
    expect(json).toEqual(DOCUMENT_IDS.map((id) => ({id, title: content.documents.find((d) => d.id === id)!.title['zh-Hant']})));
  });

  it.each(LANGS)('with --answers, in %s: marks exactly the documents the answers call for', async (lang) => {
    const {code, out} = await cli(['--letter', 'list', '--answers', jdFile, '--lang', lang]);
    expect(code).toBe(0);
    const mark = {'zh-Hans': '[适用]', 'zh-Hant': '[適用]', en: '[applies]'}[lang];
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(DOCUMENT_IDS.length);
    for (const [i, id] of DOCUMENT_IDS.entries()) {
      const title = content.documents.find((d) => d.id === id)!.title[lang];
      expect(lines[i]).toContain(`${id} `);
      expect(lines[i]).toContain(title);
      expect(lines[i]!.endsWith(`  ${mark}`), `${id}: ${lines[i]}`).toBe(jdApplies.includes(id));
    }
    const json = JSON.parse((await cli(['--letter', 'list', '--answers', jdFile, '--lang', lang, '--format', 'json'])).out);
    expect(json.map((d: {id: string; applies: boolean}) => [d.id, d.applies])).toEqual(DOCUMENT_IDS.map((id) => [id, jdApplies.includes(id)]));
  });

  it('the JD borrower whose emergency contacts were called is called to stop it, complain, and tell the family', () => {
    expect(jdApplies).toEqual(expect.arrayContaining(['stop_third_party_contact', 'complaint_to_lender', 'complaint_to_regulator', 'message_to_contacts', 'evidence_log', 'deletion']));
    expect(jdApplies).not.toContain('contact_stop_and_delete');
  });
});

describe('the --answers report lists the documents that apply', () => {
  it('each with its title and the command that prints it filled in; none when none apply', async () => {
    const {out} = await cli(['--answers', jdFile, '--lang', 'en']);
    const section = out.slice(out.indexOf('Documents ready to send'));
    for (const id of DOCUMENT_IDS) {
      const line = `- ${content.documents.find((d) => d.id === id)!.title.en}: debt-privacy-check --letter ${id} --answers <answers file>`;
      expect(section.includes(line), id).toBe(jdApplies.includes(id));
    }
    const none = await cli(['--answers', '-', '--lang', 'en'], JSON.stringify({answers: {lenders: ['credit_card'], overdue: 'not_yet', app_permissions: ['none']}}));
    expect(none.out).not.toContain('Documents ready to send');
  });
});

describe('the --answers JSON lists the documents that apply', () => {
  it('as [{id, title}] in the language of the output', async () => {
    for (const lang of LANGS) {
      const {out} = await cli(['--answers', jdFile, '--format', 'json', '--lang', lang]);
      expect(JSON.parse(out).documents).toEqual(jdApplies.map((id) => ({id, title: content.documents.find((d) => d.id === id)!.title[lang]})));
    }
    const none = await cli(['--answers', '-', '--format', 'json'], JSON.stringify({answers: {lenders: ['credit_card'], overdue: 'not_yet', app_permissions: ['none']}}));
    expect(JSON.parse(none.out).documents).toEqual([]);
  });
});

describe('--letter without --answers: the saved progress fills it in', () => {
  /** A config folder holding `answers` saved by the questionnaire, in `lang`. */
  function savedConfig(answers: Record<string, unknown>, lang: Lang): {env: Record<string, string>; file: string} {
    const home = mkdtempSync(path.join(tmpdir(), 'dpc-saved-'));
    const env = {XDG_CONFIG_HOME: home};
    const store = openStore(env, content, {noSave: false});
    store.save({answers: answers as Answers, done: [], lang, updatedAt: '2026-12-06T22:40:00.000Z'});
    return {env, file: store.path!};
  }
  const run = (argv: string[], env: Record<string, string>) => runCli(argv, {env});

  it('filled in as with the answers file, in the saved language; one line on stderr names the saved file', async () => {
    const {env, file: saved} = savedConfig(JD.answers, 'zh-Hans');
    const {code, out, err} = await run(['--letter', 'stop_third_party_contact'], env);
    expect(code).toBe(0);
    expect(out).toBe((await cli(['--letter', 'stop_third_party_contact', '--answers', jdFile])).out);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(saved);
    expect(err).toContain('--blank');
    // --lang still wins over the saved language.
    const en = await run(['--letter', 'stop_third_party_contact', '--lang', 'en'], env);
    expect(en.out).toBe(documentFile(content, documentView(content, 'stop_third_party_contact', 'en', JD.answers), 'en', 'text'));
  });

  it('--blank gives the template, with nothing on stderr; --no-save reads nothing saved either', async () => {
    const {env} = savedConfig(JD.answers, 'en');
    const blank = documentFile(content, documentView(content, 'deletion', 'en'), 'en', 'text');
    expect(await run(['--letter', 'deletion', '--blank', '--lang', 'en'], env)).toEqual({code: 0, out: blank, err: ''});
    expect(await run(['--letter', 'deletion', '--no-save', '--lang', 'en'], env)).toEqual({code: 0, out: blank, err: ''});
    expect((await run(['--letter', 'deletion', '--lang', 'en'], env)).out).not.toBe(blank);
  });

  it('nothing saved: the template, as before', async () => {
    const {code, out, err} = await cli(['--letter', 'deletion', '--lang', 'en']);
    expect({code, err}).toEqual({code: 0, err: ''});
    expect(out).toBe(documentFile(content, documentView(content, 'deletion', 'en'), 'en', 'text'));
  });

  it('a document the saved answers do not call for: printed, after a note', async () => {
    const {env} = savedConfig(JD.answers, 'en');
    expect(jdApplies).not.toContain('contact_stop_and_delete');
    const {code, err} = await run(['--letter', 'contact_stop_and_delete'], env);
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toHaveLength(2);
    expect(err).toContain(documentView(content, 'contact_stop_and_delete', 'en').title);
  });

  it('--letter list marks the documents the saved answers call for, and says whose answers those are', async () => {
    const {env, file: saved} = savedConfig(JD.answers, 'en');
    const {code, out, err} = await run(['--letter', 'list', '--format', 'json'], env);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as {id: string; applies?: boolean}[];
    expect(rows.filter((r) => r.applies).map((r) => r.id)).toEqual(jdApplies);
    expect(err).toContain(saved);
  });

  it('the saved-progress file given as --answers: exit 2, a message that says what reads it', async () => {
    const {env, file: saved} = savedConfig(JD.answers, 'en');
    for (const argv of [['--letter', 'deletion', '--answers', saved], ['--answers', saved]]) {
      const {code, out, err} = await run(argv, env);
      expect({code, out}).toEqual({code: 2, out: ''});
      expect(err.split('\n')[0]).toBe(t(content, 'error.savedProgressFile', 'en', {file: saved}));
    }
  });

  it('--blank with --answers, or without --letter: exit 2, one message and the hint', async () => {
    for (const argv of [['--letter', 'deletion', '--blank', '--answers', jdFile], ['--blank'], ['--answers', jdFile, '--blank']]) {
      const {code, out, err} = await cli(argv);
      expect({code, out}).toEqual({code: 2, out: ''});
      expect(err.trim().split('\n')).toHaveLength(2);
    }
  });
});
