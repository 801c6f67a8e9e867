// docs/schemas/document.schema.json and document-list.schema.json describe what `--letter ID --format json`
// and `--letter list --format json` really print: every document in the three languages, blank and filled in
// from answers, and the list with and without answers.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {check, read, runCli} from './helpers.js';

// An answers file that calls for most documents, and one from someone called about another's debt.
const BORROWER = read('test/fixtures/personas/victim-714.json');
const CONTACT = read('test/fixtures/personas/relative-contact.json');
const ids = content.documents.map((d) => d.id);

describe('document.schema.json', () => {
  const runs = ids.flatMap((id) => LANGS.map((lang): [string, string] => [id, lang]));

  it.each(runs)('accepts the built CLI output of --letter %s, %s: blank, and filled in from answers', (id, lang) => {
    for (const input of ['', BORROWER, CONTACT]) {
      const r = runCli(['--letter', id, '--format', 'json', '--lang', lang, ...(input ? ['--answers', '-'] : [])], input);
      expect(r.code, r.err).toBe(0);
      const output = JSON.parse(r.out);
      const {valid, errors} = check('document', output);
      expect(valid, errors).toBe(true);
      expect(output.id).toBe(id);
    }
  });

  it('refuses what the contract does not allow (the schema can fail)', () => {
    const good = {id: 'deletion', title: 'T', text: 'To whom it may concern', howToSend: 'By registered mail'};
    expect(check('document', good).valid).toBe(true);
    expect(check('document', {...good, id: 'apology'}).valid).toBe(false);
    expect(check('document', {...good, text: ''}).valid).toBe(false);
    expect(check('document', {...good, answers: {}}).valid).toBe(false);
  });
});

describe('document-list.schema.json', () => {
  it.each(LANGS)('accepts the built CLI output of --letter list, %s, with and without answers', (lang) => {
    const blank = runCli(['--letter', 'list', '--format', 'json', '--lang', lang]);
    const filled = runCli(['--letter', 'list', '--format', 'json', '--lang', lang, '--answers', '-'], BORROWER);
    for (const r of [blank, filled]) {
      expect(r.code, r.err).toBe(0);
      const {valid, errors} = check('document-list', JSON.parse(r.out));
      expect(valid, errors).toBe(true);
    }
    expect(JSON.parse(blank.out).some((d: {applies?: boolean}) => 'applies' in d)).toBe(false);
    expect(JSON.parse(filled.out).every((d: {applies?: boolean}) => typeof d.applies === 'boolean')).toBe(true);
  });

  it('refuses a list that misses a document or names an unknown one', () => {
    const all = ids.map((id) => ({id, title: id}));
    expect(check('document-list', all).valid).toBe(true);
    expect(check('document-list', all.slice(1)).valid).toBe(false);
    expect(check('document-list', [...all.slice(1), {id: 'apology', title: 'x'}]).valid).toBe(false);
  });
});
