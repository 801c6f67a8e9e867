// Six people, through the built CLI in all three languages: the right items for each, and what each must
// never be told. The answers files are in test/fixtures/personas/.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const PERSONAS = fileURLToPath(new URL('../fixtures/personas/', import.meta.url));
const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface Output {
  readonly text: string;
  readonly json: {level: string; answer: {id: string; text: string}; stage: string; checklist: {id: string; why: string; steps: string[]}[]; documents: {id: string; title: string}[]};
}

function run(persona: string, lang: Lang): Output {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const env = {PATH: process.env.PATH, LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'dpc-persona-'))};
  const file = path.join(PERSONAS, `${persona}.json`);
  const call = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, '--answers', file, '--lang', lang, ...args], {env, encoding: 'utf8', timeout: 20_000});
    expect(r.status, r.stderr).toBe(0);
    // Every persona file is written for this content version: no warnings.
    expect(r.stderr).toBe('');
    return r.stdout;
  };
  return {text: call(), json: JSON.parse(call('--format', 'json'))};
}

const ids = (o: Output) => o.json.checklist.map((c) => c.id);
const documents = (o: Output) => o.json.documents.map((d) => d.id);

/** A document as --letter prints it for the persona, with what it wrote on stderr. */
function letter(persona: string, id: string, lang: Lang, ...args: string[]) {
  const env = {PATH: process.env.PATH, LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'dpc-persona-'))};
  const file = path.join(PERSONAS, `${persona}.json`);
  const r = spawnSync(process.execPath, [CLI, '--letter', id, '--answers', file, '--lang', lang, ...args], {env, encoding: 'utf8', timeout: 20_000});
  expect(r.status, r.stderr).toBe(0);
  return {out: r.stdout, err: r.stderr};
}
const itemText = (o: Output, id: string) => {
  const c = o.json.checklist.find((x) => x.id === id);
  return c ? [c.why, ...c.steps].join('\n') : '';
};

/** Per language, the words a fact is stated in. */
const SAY = {
  reinstall: {'zh-Hans': /重新安装/, 'zh-Hant': /重新安裝/, en: /reinstall/i},
  transferRecords: {'zh-Hans': /转账记录/, 'zh-Hant': /轉帳記錄/, en: /transfer records/},
  maliciousOverdraft: {'zh-Hans': /恶意透支/, 'zh-Hant': /惡意透支/, en: /malicious overdraft/},
  callLogOrSms: {'zh-Hans': /通话记录|短信权限|短信也/, 'zh-Hant': /通話記錄|簡訊權限|簡訊也/, en: /call log|your texts/i},
  androidPath: {'zh-Hans': /安卓手机/, 'zh-Hant': /安卓手機/, en: /Android/},
  iphonePath: {'zh-Hans': /隐私与安全性/, 'zh-Hant': /隱私權與安全性/, en: /Privacy & Security/},
  owesNothing: {'zh-Hans': /你没有替别人还钱的义务/, 'zh-Hant': /你沒有替別人還錢的義務/, en: /You do not owe that debt/},
  doNotCallMe: {'zh-Hans': /请不要再联系我/, 'zh-Hant': /請不要再聯絡我/, en: /do not contact me again/},
  guarantorLiable: {'zh-Hans': /按你签的担保合同承担责任/, 'zh-Hant': /按你簽的擔保合同承擔責任/, en: /liable under the guarantee you signed/},
  receipt: {'zh-Hans': /接报案回执/, 'zh-Hant': /接報案回執/, en: /report receipt/},
  lenderFirst: {'zh-Hans': /15 日内答复/, 'zh-Hant': /15 日內答覆/, en: /within 15 days/},
  jdQuestion: {'zh-Hans': /欠京东金融、借呗、微粒贷会不会爆通讯录/, 'zh-Hant': /欠京東金融、借唄、微粒貸會不會爆通訊錄/, en: /JD Finance, Jiebei or Weilidai/},
} as const;
const says = (o: Output, fact: keyof typeof SAY, lang: Lang) => SAY[fact][lang].test(o.text);

describe.each(LANGS)('personas, %s', (lang) => {
  it('a JD 金条 borrower (big platform): what licensed collectors may and may not do, lender first then the regulator, no hotline numbers invented', () => {
    const o = run('jd-jintiao', lang);
    expect(o.json.level).toBe('high');
    expect(ids(o)).toEqual(expect.arrayContaining(['licensed_collection_rules', 'complain_regulator', 'keep_records_first', 'revoke_permissions']));
    expect(o.json.checklist.find((c) => c.id === 'licensed_collection_rules')).toBeDefined();
    expect(says(o, 'jdQuestion', lang)).toBe(true);
    expect(says(o, 'lenderFirst', lang)).toBe(true);
    expect(o.text).not.toMatch(/\b95\d{3}\b|\b400[- ]?\d{3}/);
    expect(ids(o)).not.toEqual(expect.arrayContaining(['report_illegal_lending']));
    // Its emergency contacts were called: stop it, complain to the lender then the regulator, tell the family.
    expect(documents(o)).toEqual([
      'deletion',
      'stop_third_party_contact',
      'complaint_to_lender',
      'complaint_to_regulator',
      'message_to_contacts',
      'note_for_employer',
      'evidence_log',
    ]);
    const stop = letter('jd-jintiao', 'stop_third_party_contact', lang);
    expect(stop.err).toBe('');
    expect(stop.out).toMatch({'zh-Hans': /紧急联系人/, 'zh-Hant': /緊急聯絡人/, en: /emergency contacts/}[lang]);
    expect(stop.out).toContain('GB/T 45251-2025');
    const json = JSON.parse(letter('jd-jintiao', 'complaint_to_lender', lang, '--format', 'json').out);
    expect(Object.keys(json)).toEqual(['id', 'title', 'text', 'howToSend']);
    expect(json.text).not.toMatch(/\b95\d{3}\b|\b400[- ]?\d{3}/);
  });

  it('a 714 victim: never told to install the app again, transfer records instead, void-contract advice, no licensed-lender items', () => {
    const o = run('victim-714', lang);
    expect(o.json.level).toBe('critical');
    expect(says(o, 'reinstall', lang)).toBe(false);
    expect(says(o, 'transferRecords', lang)).toBe(true);
    expect(says(o, 'receipt', lang)).toBe(true);
    expect(ids(o)).toEqual(expect.arrayContaining(['crisis_support', 'call_police', 'report_illegal_lending', 'keep_records_first']));
    for (const id of ['licensed_collection_rules', 'complain_regulator', 'check_credit_report']) expect(ids(o)).not.toContain(id);
    // Threatened, phone book told: report the app, tell the family, keep a log, ask for deletion; nothing that
    // presents a licensed lender's rules or channels as hers.
    expect(documents(o)).toEqual(['deletion', 'message_to_contacts', 'report_illegal_lending', 'evidence_log']);
    const deletion = letter('victim-714', 'deletion', lang).out;
    expect(SAY.reinstall[lang].test(deletion)).toBe(false);
    expect(deletion).toMatch({'zh-Hans': /不要为了发这封信再装回或打开它/, 'zh-Hant': /不要為了發這封信再裝回或開啟它/, en: /do not install or open it again to send this/}[lang]);
    const report = letter('victim-714', 'report_illegal_lending', lang).out;
    expect(report).toMatch({'zh-Hans': /接报案回执/, 'zh-Hant': /接報案回執/, en: /report receipt/}[lang]);
    expect(report).not.toMatch(/12378|GB\/T/);
  });

  it('a credit-card debtor avoiding the bank: 恶意透支 explained as the reason to stay reachable, 个性化分期 offered', () => {
    const o = run('card-avoiding', lang);
    expect(ids(o)).toEqual(expect.arrayContaining(['stay_reachable', 'negotiate_officially', 'complain_regulator', 'free_legal_help']));
    expect(SAY.maliciousOverdraft[lang].test(itemText(o, 'stay_reachable'))).toBe(true);
    expect(itemText(o, 'negotiate_officially')).toMatch(lang === 'en' ? /installment plan of up to 5 years/ : /最[长長] 5 年/);
    expect(documents(o)).toEqual(expect.arrayContaining(['stop_third_party_contact', 'complaint_to_lender']));
    expect(letter('card-avoiding', 'complaint_to_lender', lang).out).toMatch({'zh-Hans': /第六十八条/, 'zh-Hant': /第六十八條/, en: /Art\. 68/}[lang]);
  });

  it('an iPhone user: iPhone steps only, and no call log or SMS named as data to delete', () => {
    const o = run('iphone', lang);
    expect(ids(o)).toEqual(expect.arrayContaining(['revoke_permissions', 'request_data_deletion']));
    expect(SAY.iphonePath[lang].test(itemText(o, 'revoke_permissions'))).toBe(true);
    expect(SAY.androidPath[lang].test(itemText(o, 'revoke_permissions'))).toBe(false);
    expect(SAY.callLogOrSms[lang].test(itemText(o, 'request_data_deletion'))).toBe(false);
    // Only the micro-loan debt is overdue: the licensed-lender advice is there, the card advice is not.
    expect(ids(o)).toContain('check_credit_report');
    expect(says(o, 'maliciousOverdraft', lang)).toBe(false);
    const deletion = letter('iphone', 'deletion', lang, '--format', 'json');
    expect(JSON.parse(deletion.out).text).not.toMatch({'zh-Hans': /通话记录|短信/, 'zh-Hant': /通話記錄|簡訊/, en: /call log|text messages/}[lang]);
  });

  it("a person called about a relative's debt: low, happening, their rights as a contact, nothing a borrower is told", () => {
    const o = run('relative-contact', lang);
    expect(o.json.level).toBe('low');
    expect(o.json.stage).toBe('happening');
    expect(ids(o)[0]).toBe('your_rights_as_a_contact');
    expect(says(o, 'owesNothing', lang)).toBe(true);
    expect(says(o, 'doNotCallMe', lang)).toBe(true);
    for (const id of ['negotiate_officially', 'stay_reachable', 'keep_records_first', 'brief_your_contacts', 'complain_regulator']) {
      expect(ids(o)).not.toContain(id);
    }
    expect(documents(o)).toEqual(['contact_stop_and_delete', 'evidence_log']);
  });

  it('a guarantor: liable as signed, not told to refuse contact; the door, the "court" notice and free legal help', () => {
    const o = run('guarantor', lang);
    // Liable under what they signed (content version 3): scored as a debt being collected, never "low, someone else's debt".
    expect(o.json.level).not.toBe('low');
    expect(o.json.answer.id).toBe('you_are_liable');
    expect(ids(o)).toEqual(expect.arrayContaining(['guarantor_steps', 'home_visit_safety', 'verify_legal_notices', 'free_legal_help']));
    expect(ids(o)).not.toContain('your_rights_as_a_contact');
    expect(says(o, 'guarantorLiable', lang)).toBe(true);
    expect(says(o, 'doNotCallMe', lang)).toBe(false);
    expect(says(o, 'owesNothing', lang)).toBe(false);
    // A guarantor is not given the letter that says they signed nothing.
    expect(documents(o)).toEqual(['evidence_log']);
    expect(letter('guarantor', 'contact_stop_and_delete', lang).err).not.toBe('');
  });
});
