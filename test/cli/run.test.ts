// The command line without screens, through run() with a fake terminal: flags, outputs, errors, exit codes.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {content, packageVersion} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {cli} from '../support/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dpc-cli-'));
function file(name: string, data: unknown): string {
  const full = path.join(dir, name);
  writeFileSync(full, typeof data === 'string' ? data : JSON.stringify(data));
  return full;
}

const CASE_B = {lang: 'en', answers: PUBLIC_CASES.B.answers};

describe('--answers --format json', () => {
  it('prints the JSON object of docs/contract.md', async () => {
    const {code, out, err} = await cli(['--answers', file('b.json', CASE_B), '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual(
      ['answer', 'checklist', 'complete', 'contentReviewed', 'contentVersion', 'crisis', 'documents', 'lang', 'level', 'reasons', 'score', 'stage'].sort(),
    );
    expect(result).toMatchObject({level: 'high', stage: 'warning_signs', crisis: false, lang: 'en', contentVersion: content.version});
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    for (const reason of result.reasons) expect(reason).toEqual({id: expect.any(String), text: expect.any(String), because: expect.any(Array)});
    for (const item of result.checklist) {
      expect(['now', 'this_week', 'ongoing']).toContain(item.priority);
      expect(item.steps.length).toBeGreaterThan(0);
      for (const ref of item.references) expect(ref.text).toEqual(expect.any(String));
    }
    expect(result.checklist.map((c: {id: string}) => c.id)).toContain('revoke_permissions');
  });

  it('reads stdin with "-", and the file language unless --lang overrides it', async () => {
    const json = JSON.stringify({...CASE_B, lang: 'zh-Hant'});
    const fromFile = JSON.parse((await cli(['--answers', '-', '--format', 'json'], {stdin: json})).out);
    expect(fromFile.lang).toBe('zh-Hant');
    const overridden = JSON.parse((await cli(['--answers', '-', '--format', 'json', '--lang', 'zh-Hans'], {stdin: json})).out);
    expect(overridden.lang).toBe('zh-Hans');
    expect(overridden.checklist[0].title).not.toBe(fromFile.checklist[0].title);
  });

  it('marks partial answers incomplete', async () => {
    const {out} = await cli(['--answers', '-', '--format', 'json'], {stdin: '{"answers":{"lenders":["bank_loan"]}}'});
    expect(JSON.parse(out).complete).toBe(false);
  });
});

describe('answers files and the content version', () => {
  const v1 = {
    contentVersion: '1.0.0',
    lang: 'en',
    answers: {lenders: ['credit_card'], overdue: 'd31_90', collector_actions: ['threaten_harm', 'gone_option'], retired: 'x'},
  };

  it('an older file is read as saved progress is: valid answers kept, the rest dropped and counted, a warning per line, exit 0', async () => {
    const {code, out, err} = await cli(['--answers', file('v1.json', v1), '--format', 'json']);
    expect(code).toBe(0);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('content version 1.0.0');
    expect(lines[0]).toContain('2 no longer valid were dropped');
    expect(lines[1]).toContain('collector_actions');
    // threaten_harm is kept as given: a threat of violence reads as one (partial answers err on the side of caution).
    expect(JSON.parse(out).level).toBe('critical');
  });

  it('the current version, or none, is read strictly; a newer one is read with a warning', async () => {
    const current = await cli(['--answers', file('v2.json', {...CASE_B, contentVersion: content.version}), '--format', 'json']);
    expect(current.err).toBe('');
    expect(JSON.parse(current.out).level).toBe('high');
    const strict = await cli(['--answers', file('v2bad.json', {...v1, contentVersion: content.version})]);
    expect(strict.code).toBe(2);
    const newer = await cli(['--answers', file('v9.json', {...CASE_B, contentVersion: '9.0.0'}), '--format', 'json']);
    expect(newer.code).toBe(0);
    expect(newer.err.trim().split('\n')).toEqual([expect.stringContaining('newer content version, 9.0.0')]);
  });

  it('a contentVersion that is not a version: exit 2, one line naming the file', async () => {
    const {code, err} = await cli(['--answers', file('vbad.json', {...CASE_B, contentVersion: 'two'})]);
    expect(code).toBe(2);
    expect(err).toContain('vbad.json: contentVersion should look like 2.0.0, not "two"');
  });

  it('a condition on an unanswered question hides nothing; a value not offered is ignored with a warning, never an error', async () => {
    // overdue unanswered: the collection answers count.
    const partial = await cli(['--answers', '-', '--format', 'json'], {
      stdin: JSON.stringify({answers: {lenders: ['platform_loan'], contacted_people: ['workplace']}}),
    });
    expect(partial.err).toBe('');
    expect(JSON.parse(partial.out).level).toBe('high');
    // A † option for a licensed-only borrower, and an overdue debt not among those held.
    const notOffered = await cli(['--answers', '-', '--format', 'json'], {
      stdin: JSON.stringify({answers: {lenders: ['bank_loan', 'credit_card'], overdue: 'd1_30', overdue_debts: ['private', 'credit_card'], loan_terms: ['upfront_deduction']}}),
    });
    expect(notOffered.code).toBe(0);
    expect(notOffered.err.trim().split('\n')).toEqual([expect.stringMatching(/overdue_debts=private, loan_terms=upfront_deduction/)]);
  });
});

describe('--answers text and markdown', () => {
  it('text shows level, stage, reasons with the answers behind them, the checklist by priority and the review date', async () => {
    const {code, out} = await cli(['--answers', file('b2.json', CASE_B)]);
    expect(code).toBe(0);
    expect(out).toContain('Risk level: High');
    expect(out).toMatch(/Stage: Warning signs/);
    expect(out).toContain('(you answered:');
    const now = out.indexOf('\nNow\n');
    const week = out.indexOf('\nThis week\n');
    const ongoing = out.indexOf('\nOngoing\n');
    expect(now).toBeGreaterThan(0);
    expect(week).toBeGreaterThan(now);
    expect(ongoing).toBeGreaterThan(week);
    expect(out).toContain(`Content last reviewed: ${content.reviewed}`);
    expect(out).toContain('not legal advice');
  });

  it('puts crisis help before everything when the person is overwhelmed', async () => {
    const answers = {...CASE_B, answers: {...CASE_B.answers, wellbeing: 'overwhelmed'}};
    const {out} = await cli(['--answers', file('crisis.json', answers)]);
    expect(out.indexOf('12356')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('12356')).toBeLessThan(out.indexOf('Risk level'));
    const zh = await cli(['--answers', file('crisis-zh.json', {...answers, lang: 'zh-Hans'})]);
    expect(zh.out.indexOf('12356')).toBeLessThan(zh.out.indexOf('风险等级'));
  });

  it('markdown uses headings and task boxes are not used in the report', async () => {
    const {out} = await cli(['--answers', file('b3.json', CASE_B), '--format', 'markdown']);
    expect(out.startsWith('# ')).toBe(true);
    expect(out).toContain('## ');
    expect(out).toMatch(/^- \[ \] \*\*/m);
  });
});

describe('warnings', () => {
  it('answers to hidden questions and call log on an iPhone: one warning line, no weight', async () => {
    const withExtra = await cli(['--answers', '-', '--format', 'json'], {
      stdin: JSON.stringify({answers: {lenders: ['none'], overdue: 'd31_90', phone: 'iphone', app_permissions: ['contacts', 'sms']}}),
    });
    const plain = await cli(['--answers', '-', '--format', 'json'], {
      stdin: JSON.stringify({answers: {lenders: ['none'], phone: 'iphone', app_permissions: ['contacts']}}),
    });
    expect(withExtra.code).toBe(0);
    expect(withExtra.err.trim().split('\n')).toHaveLength(1);
    expect(withExtra.err).toContain('overdue=d31_90');
    expect(withExtra.err).toContain('app_permissions=sms');
    expect(JSON.parse(withExtra.out).score).toBe(JSON.parse(plain.out).score);
  });
});

describe('bad input: exit 2 and one message naming the file, the question and the valid options', () => {
  const cases: [string, string, RegExp[]][] = [
    ['invalid JSON', '{"answers": {', [/bad\.json/, /not valid JSON/]],
    ['not an object', '[1,2]', [/bad\.json/, /should be an object/]],
    ['unknown question', '{"answers":{"salary":"high"}}', [/bad\.json/, /"salary"/, /lenders, lender_of_record, overdue/]],
    ['unknown option', '{"answers":{"overdue":"d1_20"}}', [/bad\.json/, /"overdue"/, /"d1_20"/, /not_yet, d1_30/]],
    ['list for single', '{"answers":{"overdue":["d1_30"]}}', [/"overdue" is single choice/, /not_yet/]],
    ['string for multi', '{"answers":{"lenders":"credit_card"}}', [/"lenders" is multiple choice/, /credit_card, bank_loan/]],
    ['exclusive combined', '{"answers":{"lenders":["none","credit_card"]}}', [/"lenders"/, /"none" cannot be combined/]],
    ['unknown lang', '{"lang":"fr","answers":{}}', [/unsupported lang "fr"/]],
    ['__proto__ key', '{"answers":{"__proto__":{"x":1}}}', [/unknown question "__proto__"/]],
  ];
  for (const [name, text, patterns] of cases) {
    it(name, async () => {
      const {code, out, err} = await cli(['--answers', file('bad.json', text)]);
      expect(code).toBe(2);
      expect(out).toBe('');
      for (const pattern of patterns) expect(err).toMatch(pattern);
      expect(err).not.toMatch(/\n\s+at /);
    });
  }

  it('a missing file, a folder, a file over 1 MB: exit 2 and one line naming the file, without the --help hint', async () => {
    const oneLine = (err: string, pattern: RegExp) => {
      expect(err.trim().split('\n'), err).toEqual([expect.stringMatching(pattern)]);
    };
    const missing = await cli(['--answers', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    oneLine(missing.err, /nope\.json does not exist/);
    const folder = await cli(['--answers', dir]);
    expect(folder.code).toBe(2);
    oneLine(folder.err, /is a folder, not an answers file/);
    const huge = await cli(['--answers', file('huge.json', `{"answers":{},"x":"${'a'.repeat(1024 * 1024)}"}`)]);
    expect(huge.code).toBe(2);
    oneLine(huge.err, /larger than 1 MB/);
    const piped = await cli(['--answers', '-'], {stdin: 'x'.repeat(1024 * 1024 + 10)});
    expect(piped.code).toBe(2);
    oneLine(piped.err, /larger than 1 MB/);
  });

  it('bad flags', async () => {
    // A mistake on the command line itself: the message, then where to read how it is used.
    const bogus = await cli(['--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.err.trim().split('\n')).toEqual([expect.stringMatching(/Unknown option: --bogus/), t(content, 'cli.hint', 'en')]);
    expect(await cli(['--lang', 'fr'])).toMatchObject({code: 2, err: expect.stringMatching(/Unsupported language "fr"/)});
    expect(await cli(['--answers'])).toMatchObject({code: 2, err: expect.stringMatching(/--answers needs a value/)});
    expect(await cli(['--answers', '-', '--format', 'pdf'])).toMatchObject({code: 2});
    expect(await cli(['--letter', 'thanks'])).toMatchObject({code: 2, err: expect.stringMatching(/Unknown document "thanks"; choose one of: list, deletion, /)});
    expect(await cli(['extra'])).toMatchObject({code: 2});
  });

  it('errors speak the chosen language', async () => {
    const {err} = await cli(['--lang', 'zh-Hans', '--answers', path.join(dir, 'nope.json')]);
    expect(err).toContain('找不到答案文件');
    const detected = await cli(['--bogus'], {env: {LANG: 'zh_TW.UTF-8'}});
    expect(detected.err).toContain('未知選項');
  });
});

describe('other flags', () => {
  it('--version names the package, the content version and the review date', async () => {
    const {code, out} = await cli(['--version']);
    expect(code).toBe(0);
    expect(out).toContain(packageVersion);
    expect(out).toContain(content.reviewed);
  });

  it('--help lists every flag', async () => {
    const {code, out} = await cli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--lang', '--answers', '--format', '--letter', '--phone', '--plain', '--fresh', '--no-save', '--forget', '--where', '--version']) {
      expect(out).toContain(flag);
    }
  });

  it('--letter deletion prints the letter with PIPL articles, in each language', async () => {
    const zh = await cli(['--letter', 'deletion', '--lang', 'zh-Hans']);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('第四十七条');
    expect(zh.out).toContain('________');
    const en = await cli(['--letter', 'deletion']);
    expect(en.out).toMatch(/Art(icle|\.) 47/);
    const hant = await cli(['--letter', 'deletion', '--lang', 'zh-Hant']);
    expect(hant.out).toContain('個人信息保護法');
  });

  it('without a terminal and without --answers: one sentence, exit 2', async () => {
    const {code, out, err} = await cli([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('--answers');
  });
});

describe('references follow what is shown', () => {
  it('an Android user gets the Android guide references, an iPhone user the iPhone ones', async () => {
    const refs = async (answers: object) => {
      const {out} = await cli(['--answers', '-', '--format', 'json'], {stdin: JSON.stringify({answers})});
      const item = JSON.parse(out).checklist.find((c: {id: string}) => c.id === 'revoke_permissions');
      return item.references.map((r: {id: string}) => r.id) as string[];
    };
    const android = await refs(CASE_B.answers);
    expect(android).toEqual(expect.arrayContaining(['android_permissions', 'android_fallback']));
    expect(android).not.toContain('ios_permissions');
    expect(android).not.toContain('huawei_permissions');
    const iphone = await refs({...CASE_B.answers, phone: 'iphone', app_permissions: ['contacts']});
    expect(iphone).toContain('ios_permissions');
    expect(iphone).not.toContain('android_fallback');
  });

  it('credit-card rules are cited only to credit-card holders', async () => {
    const {out} = await cli(['--answers', file('b4.json', CASE_B), '--format', 'json']);
    const ids = JSON.parse(out).checklist.flatMap((c: {references: {id: string}[]}) => c.references.map((r) => r.id));
    expect(ids.some((id: string) => id.startsWith('credit_card_rules'))).toBe(false);
    const card = await cli(['--answers', '-', '--format', 'json'], {
      stdin: JSON.stringify({answers: {...CASE_B.answers, lenders: ['credit_card']}}),
    });
    const cardIds = JSON.parse(card.out).checklist.flatMap((c: {references: {id: string}[]}) => c.references.map((r) => r.id));
    expect(cardIds).toContain('credit_card_rules_art70');
  });
});

describe('flag details', () => {
  it('the last --lang wins, for the output and the messages alike', async () => {
    const {out} = await cli(['--lang=en', '--lang', 'zh-Hant', '--answers', file('lang.json', CASE_B), '--format', 'json']);
    expect(JSON.parse(out).lang).toBe('zh-Hant');
    const version = await cli(['--lang', 'zh-Hant', '--lang', 'en', '--version']);
    expect(version.out).toContain('last reviewed');
  });

  it('--where does not claim progress is saved when only an unreadable copy is left', async () => {
    const config = mkdtempSync(path.join(tmpdir(), 'dpc-where-'));
    const folder = path.join(config, 'debt-privacy-check');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'config.json.corrupt-2026-11-28T00-00-00-000Z'), '{');
    const leftovers = await cli(['--where'], {env: {XDG_CONFIG_HOME: config}});
    expect(leftovers.out).toBe(`${path.join(folder, 'config.json')}\n`);
    expect(leftovers.err).toMatch(/No progress is saved/);
    expect(leftovers.err).toContain('--forget');
    writeFileSync(path.join(folder, 'config.json'), '{}');
    expect((await cli(['--where'], {env: {XDG_CONFIG_HOME: config}})).err).toMatch(/^Progress is saved at: .*config\.json/);
  });
});

describe('--forget and a folder at the saved path', () => {
  it('never deletes a folder with something in it: one line naming it, exit 1; what the tool saved goes, other files stay', async () => {
    const config = mkdtempSync(path.join(tmpdir(), 'dpc-forget-folder-'));
    const folder = path.join(config, 'debt-privacy-check');
    const saved = path.join(folder, 'config.json');
    mkdirSync(path.join(saved, 'photos'), {recursive: true});
    writeFileSync(path.join(saved, 'photos', 'a.jpg'), 'someone else\'s');
    writeFileSync(path.join(folder, 'config.json.corrupt-2026-11-28T00-00-00-000Z'), '{');
    writeFileSync(path.join(folder, 'notes.txt'), 'keep');
    const ran = await cli(['--forget'], {env: {XDG_CONFIG_HOME: config}});
    expect(ran.code).toBe(1);
    expect(ran.out).toBe('');
    expect(ran.err).toBe(`${t(content, 'cli.forgetFolder', 'en', {path: saved})}\n`);
    expect(readFileSync(path.join(saved, 'photos', 'a.jpg'), 'utf8')).toBe("someone else's");
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('keep');
    expect(existsSync(path.join(folder, 'config.json.corrupt-2026-11-28T00-00-00-000Z'))).toBe(false);
  });

  it('an empty folder at the saved path is removed like the file: exit 0', async () => {
    const config = mkdtempSync(path.join(tmpdir(), 'dpc-forget-empty-'));
    const saved = path.join(config, 'debt-privacy-check', 'config.json');
    mkdirSync(saved, {recursive: true});
    const ran = await cli(['--forget'], {env: {XDG_CONFIG_HOME: config}});
    expect(ran.code).toBe(0);
    expect(existsSync(path.join(config, 'debt-privacy-check'))).toBe(false);
  });
});

describe('the letter in English', () => {
  it('tells the reader, in how to send it, to send the Chinese version; the Chinese letter has no such note', async () => {
    const en = await cli(['--letter', 'deletion', '--lang', 'en']);
    const [text, howToSend] = en.out.split('\n----------\n');
    expect(text).not.toContain('--lang zh-Hans');
    expect(howToSend).toContain('debt-privacy-check --letter deletion --lang zh-Hans');
    const zh = await cli(['--letter', 'deletion', '--lang', 'zh-Hans']);
    expect(zh.out).not.toContain('--lang zh-Hans');
  });
});
