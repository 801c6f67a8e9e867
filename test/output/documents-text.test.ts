// What each document says, filled in from two or more different answer sets, in its three languages; that
// every line of every document is a line of the content (nothing glued, nothing of the person's written in);
// and the shapes: one WeChat message, the table as Markdown and CSV.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {DOCUMENT_IDS, LANGS, type Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {documentCsv, documentFile, SEPARATOR} from '../../source/output/document-files.js';
import {documentView} from '../../source/output/documents.js';
import {t} from '../../source/i18n/index.js';
import {anyAnswers} from '../support/answers.js';

type Say = Readonly<Record<Lang, RegExp>>;
const text = (id: string, answers: Answers | undefined, lang: Lang) => documentView(content, id, lang, answers).text;
const how = (id: string, answers: Answers | undefined, lang: Lang) => documentView(content, id, lang, answers).howToSend;
/** Whether the text says it, in each language: true or false in all three, never a mix. */
function says(get: (lang: Lang) => string, say: Say): boolean {
  const found = LANGS.map((lang) => say[lang].test(get(lang)));
  expect(new Set(found).size, `${say.en}: ${found}`).toBe(1);
  return found[0]!;
}
const sayText = (id: string, answers: Answers | undefined, say: Say) => says((lang) => text(id, answers, lang), say);
const sayHow = (id: string, answers: Answers | undefined, say: Say) => says((lang) => how(id, answers, lang), say);

const S = {
  contacts: {'zh-Hans': /手机通讯录/, 'zh-Hant': /手機通訊錄/, en: /contact list/},
  callLog: {'zh-Hans': /通话记录/, 'zh-Hant': /通話記錄/, en: /call log/},
  sms: {'zh-Hans': /短信/, 'zh-Hant': /簡訊/, en: /text messages/},
  photos: {'zh-Hans': /相册里的照片/, 'zh-Hant': /相簿裡的照片/, en: /photos in my gallery/},
  location: {'zh-Hans': /位置信息/, 'zh-Hant': /位置資訊/, en: /my location/},
  crossOut: {'zh-Hans': /请删去没有授权过的项目/, 'zh-Hant': /請刪去沒有授權過的項目/, en: /delete any item you never allowed/},
  notAccepted: {'zh-Hans': /不表示我认可你方主张的欠款金额/, 'zh-Hant': /不表示我認可你方主張的欠款金額/, en: /does not mean that I accept the amount/},
  registeredPost: {'zh-Hans': /挂号信/, 'zh-Hant': /掛號信/, en: /registered post/},
  inAppChannel: {'zh-Hans': /持牌机构：通过 App 里的/, 'zh-Hant': /持牌機構：通過 App 裡的/, en: /A licensed lender: send it through/},
  thirdParties: {'zh-Hans': /第四十五条、第四十八条/, 'zh-Hant': /第四十五條、第四十八條/, en: /Arts\. 45 and 48/},
  fifteenDaysPlain: {'zh-Hans': /你方应当在 15 日内答复/, 'zh-Hant': /你方應當在 15 日內答覆/, en: /complaints, you must reply to this complaint within 15 days/},
  fifteenDaysIf: {'zh-Hans': /如你方为银行或消费金融公司/, 'zh-Hant': /如你方為銀行或消費金融公司/, en: /If you are a bank or a consumer-finance company/},
  family: {'zh-Hans': /联系了我的家人/, 'zh-Hant': /聯絡了我的家人/, en: /contacted my family/},
  workplace: {'zh-Hans': /联系了我的单位或同事/, 'zh-Hant': /聯絡了我的單位或同事/, en: /contacted my employer or colleagues/},
  manyContacts: {'zh-Hans': /通讯录里的很多人/, 'zh-Hant': /通訊錄裡的很多人/, en: /many people in my phone's contact list/},
  lateNight: {'zh-Hans': /晚上 10 点到早上 8 点/, 'zh-Hant': /晚上 10 點到早上 8 點/, en: /between 22:00 and 08:00/},
  insults: {'zh-Hans': /辱骂我/, 'zh-Hant': /辱罵我/, en: /insulted me/},
  hoursRule: {'zh-Hans': /每天主动有效通话不应超过 3 次/, 'zh-Hant': /每天主動有效通話不應超過 3 次/, en: /no more than 3 effective calls a day/},
  cardRule: {'zh-Hans': /第六十八条/, 'zh-Hant': /第六十八條/, en: /Art\. 68/},
  microLoan: {'zh-Hans': /对小额贷款公司/, 'zh-Hant': /對小額貸款公司/, en: /For micro-loan companies/},
  reachable: {'zh-Hans': /在我本人可以联系到的情况下/, 'zh-Hant': /在我本人可以聯絡到的情況下/, en: /although I can be reached/},
  tel12378: {'zh-Hans': /12378/, 'zh-Hant': /12378/, en: /12378/},
  provincial: {'zh-Hans': /注册地所在省份/, 'zh-Hant': /註冊地所在省份/, en: /province where the company is registered/},
  overdueOwn: {'zh-Hans': /借款逾期了/, 'zh-Hant': /借款逾期了/, en: /loans is overdue/},
  notYet: {'zh-Hans': /以后可能会有人因此联系你/, 'zh-Hant': /以後可能會有人因此聯絡你/, en: /contact you about it one day/},
  elsesDebt: {'zh-Hans': /因为别人的欠款联系我/, 'zh-Hant': /因為別人的欠款聯絡我/, en: /about someone else's debt/},
  sorry: {'zh-Hans': /如果已经打扰到你/, 'zh-Hant': /如果已經打擾到你/, en: /already bothered you/},
  call110: {'zh-Hans': /110/, 'zh-Hant': /110/, en: /110/},
  officeCalled: {'zh-Hans': /最近有催收人员打电话到单位/, 'zh-Hant': /最近有催收人員打電話到單位/, en: /have recently called the office/},
  mayCall: {'zh-Hans': /近期可能会有人打电话到单位/, 'zh-Hant': /近期可能會有人打電話到單位/, en: /may call the office about me soon/},
  deducted: {'zh-Hans': /实际到账 ________ 元/, 'zh-Hant': /實際到帳 ________ 元/, en: /only RMB ________ reached my account/},
  cutHead: {'zh-Hans': /砍头息/, 'zh-Hant': /砍頭息/, en: /head-cutting interest/},
  shortTerm: {'zh-Hans': /借款期限只有 ________ 天/, 'zh-Hant': /借款期限只有 ________ 天/, en: /The term was only ________ days/},
  fraud: {'zh-Hans': /可能涉嫌诈骗/, 'zh-Hant': /可能涉嫌詐騙/, en: /which may be fraud/},
  voidContract: {'zh-Hans': /借款合同无效/, 'zh-Hant': /借款合同無效/, en: /loan contract is void/},
  unlicensedScope: {'zh-Hans': /这些规矩只约束持牌机构/, 'zh-Hant': /這些規矩只約束持牌機構/, en: /These rules bind licensed lenders only/},
  notBorrowerSure: {'zh-Hans': /也不是担保人或共同借款人/, 'zh-Hant': /也不是擔保人或共同借款人/, en: /nor a guarantor or co-borrower/},
  notBorrowerUnsure: {'zh-Hans': /据我所知/, 'zh-Hant': /據我所知/, en: /To my knowledge/},
  spouse: {'zh-Hans': /配偶/, 'zh-Hant': /配偶/, en: /spouse/},
  sendChinese: {'zh-Hans': /--lang zh-Hans/, 'zh-Hant': /--lang zh-Hans/, en: /--lang zh-Hans/},
} satisfies Record<string, Say>;

const licensed = {lenders: ['platform_loan'], overdue: 'd31_90', contact_status: 'sometimes'};

describe('deletion: only the data granted, never call log or SMS on an iPhone; no step that needs an unlicensed app', () => {
  it('an Android user who gave contacts, call log and SMS', () => {
    const a = {phone: 'other_android', app_permissions: ['contacts', 'call_log', 'sms'], lenders: ['high_cost_app']};
    for (const [fact, shown] of [['contacts', true], ['callLog', true], ['sms', true], ['photos', false], ['location', false], ['crossOut', false]] as const) {
      expect(sayText('deletion', a, S[fact]), fact).toBe(shown);
    }
    expect(sayText('deletion', a, S.notAccepted)).toBe(true);
    expect(sayHow('deletion', a, S.registeredPost)).toBe(true);
    expect(sayHow('deletion', a, S.inAppChannel)).toBe(false);
  });

  it('an iPhone user who gave photos and location, with a bank: no call log, no SMS (even if the file says so)', () => {
    const a = {phone: 'iphone', app_permissions: ['photos', 'location', 'call_log', 'sms'], lenders: ['bank_loan']};
    for (const [fact, shown] of [['contacts', false], ['callLog', false], ['sms', false], ['photos', true], ['location', true]] as const) {
      expect(sayText('deletion', a, S[fact]), fact).toBe(shown);
    }
    expect(sayText('deletion', a, S.notAccepted)).toBe(false);
    expect(sayHow('deletion', a, S.inAppChannel)).toBe(true);
  });

  it('without answers: the five kinds to cross out; on an iPhone with nothing granted said, three', () => {
    for (const fact of ['contacts', 'callLog', 'sms', 'photos', 'location', 'crossOut', 'thirdParties'] as const) expect(sayText('deletion', undefined, S[fact]), fact).toBe(true);
    const iphone = {phone: 'iphone'};
    expect(sayText('deletion', iphone, S.callLog)).toBe(false);
    expect(sayText('deletion', iphone, S.sms)).toBe(false);
    expect(sayText('deletion', iphone, S.photos)).toBe(true);
  });
});

describe('stop_third_party_contact and the complaints: what collectors did, the rules that bind the lender', () => {
  it('family contacted while reachable, through a platform: the lines, no card rule, and nothing of the micro-loan measures', () => {
    const a = {...licensed, contacted_people: ['family'], what_they_said: ['locate_only']};
    // What the micro-loan measures say about collection is unconfirmed (the lower confidence of the two fact
    // sheets stands): no document states it.
    for (const [fact, shown] of [['family', true], ['workplace', false], ['reachable', true], ['microLoan', false], ['cardRule', false]] as const) {
      expect(sayText('stop_third_party_contact', a, S[fact]), fact).toBe(shown);
    }
  });

  it('a card debtor whose workplace and many contacts were called, unreachable: Art. 68, no micro-loan line', () => {
    const a = {lenders: ['credit_card'], overdue: 'd91_180', contact_status: 'unreachable', contacted_people: ['workplace', 'many_contacts']};
    for (const [fact, shown] of [['workplace', true], ['manyContacts', true], ['family', false], ['reachable', false], ['cardRule', true], ['microLoan', false]] as const) {
      expect(sayText('stop_third_party_contact', a, S[fact]), fact).toBe(shown);
    }
  });

  it('complaint to a bank about late-night calls: the hours rule and the 15-day reply stated plainly', () => {
    const a = {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['late_night']};
    for (const [fact, shown] of [['lateNight', true], ['insults', false], ['hoursRule', true], ['fifteenDaysPlain', true], ['fifteenDaysIf', false]] as const) {
      expect(sayText('complaint_to_lender', a, S[fact]), fact).toBe(shown);
    }
  });

  it('complaint to a platform lender about insults: the 15-day reply only if it is a bank or consumer-finance company', () => {
    const a = {...licensed, collector_actions: ['insults']};
    for (const [fact, shown] of [['lateNight', false], ['insults', true], ['hoursRule', false], ['fifteenDaysPlain', false], ['fifteenDaysIf', true]] as const) {
      expect(sayText('complaint_to_lender', a, S[fact]), fact).toBe(shown);
    }
  });

  it('to the regulator: 12378 for a card, the provincial regulator too for a platform (it may be a micro-loan company)', () => {
    const card = {lenders: ['credit_card'], overdue: 'd1_30', collector_actions: ['insults']};
    expect(sayHow('complaint_to_regulator', card, S.tel12378)).toBe(true);
    expect(sayHow('complaint_to_regulator', card, S.provincial)).toBe(false);
    expect(sayHow('complaint_to_regulator', {...licensed, collector_actions: ['insults']}, S.provincial)).toBe(true);
    expect(sayText('complaint_to_regulator', card, S.insults)).toBe(true);
  });
});

describe('message_to_contacts, note_for_employer, report_illegal_lending, contact_stop_and_delete', () => {
  it('the message follows the situation: overdue and already calling, not yet overdue, or someone else\'s debt', () => {
    const called = {...licensed, emergency_contacts: 'family', contacted_people: ['family'], collector_actions: ['threaten_contacts']};
    expect([S.overdueOwn, S.sorry, S.call110].map((s) => sayText('message_to_contacts', called, s))).toEqual([true, true, true]);
    const early = {lenders: ['bank_loan'], overdue: 'not_yet', emergency_contacts: 'friends_or_colleagues'};
    expect([S.overdueOwn, S.notYet, S.sorry, S.call110, S.elsesDebt].map((s) => sayText('message_to_contacts', early, s))).toEqual([false, true, false, false, false]);
    const other = {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['threaten_harm']};
    expect([S.elsesDebt, S.overdueOwn, S.notYet].map((s) => sayText('message_to_contacts', other, s))).toEqual([true, false, false]);
    expect(sayHow('message_to_contacts', early, S.spouse)).toBe(true);
  });

  it('the message fits one WeChat message (300 characters) in Chinese, whatever the answers', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        for (const lang of ['zh-Hans', 'zh-Hant'] as const) expect([...text('message_to_contacts', answers, lang)].length).toBeLessThanOrEqual(300);
      }),
      {numRuns: 400, seed: 300},
    );
    // Even with every paragraph the message has at once.
    const all = content.documents.find((d) => d.id === 'message_to_contacts')!.text;
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      expect([...all.map((b) => ('text' in b ? b.text[lang] : '')).join('\n\n')].length).toBeLessThanOrEqual(300);
    }
  });

  it('the note to the employer: sorry for the calls made, or a word before any', () => {
    const called = {lenders: ['bank_loan'], overdue: 'd1_30', shared_info: ['employer'], contacted_people: ['workplace']};
    expect([S.officeCalled, S.mayCall].map((s) => sayText('note_for_employer', called, s))).toEqual([true, false]);
    const before = {lenders: ['unknown_app'], overdue: 'd1_30', shared_info: ['employer'], app_permissions: ['contacts'], permissions_now: 'still_on'};
    expect([S.officeCalled, S.mayCall].map((s) => sayText('note_for_employer', before, s))).toEqual([false, true]);
  });

  it('the report: the loan terms said, 砍头息 only when money was deducted, fraud only on impersonation', () => {
    const deducted = {lenders: ['high_cost_app'], loan_terms: ['upfront_deduction'], overdue: 'd1_30', collector_actions: ['impersonation']};
    expect([S.deducted, S.shortTerm, S.fraud].map((s) => sayText('report_illegal_lending', deducted, s))).toEqual([true, false, true]);
    expect(sayHow('report_illegal_lending', deducted, S.cutHead)).toBe(true);
    const short = {lenders: ['unknown_app'], loan_terms: ['short_term'], overdue: 'd1_30', collector_actions: ['insults']};
    expect([S.deducted, S.shortTerm, S.fraud].map((s) => sayText('report_illegal_lending', short, s))).toEqual([false, true, false]);
    expect(sayHow('report_illegal_lending', short, S.cutHead)).toBe(false);
    expect(sayHow('report_illegal_lending', short, S.voidContract)).toBe(true);
  });

  it('someone called about another\'s debt: not the borrower nor a guarantor, or not to their knowledge', () => {
    const contact = {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['insults']};
    expect([S.notBorrowerSure, S.notBorrowerUnsure, S.insults].map((s) => sayText('contact_stop_and_delete', contact, s))).toEqual([true, false, true]);
    const unsure = {lenders: ['none'], someone_elses_debt: 'unsure', collector_actions: ['late_night']};
    expect([S.notBorrowerSure, S.notBorrowerUnsure, S.lateNight].map((s) => sayText('contact_stop_and_delete', unsure, s))).toEqual([false, true, true]);
  });

  it('the English version of a document sent to a Chinese reader says to send the Chinese one; the log does not', () => {
    for (const id of DOCUMENT_IDS) {
      const note = S.sendChinese.en.test(how(id, undefined, 'en'));
      expect(note, id).toBe(id !== 'evidence_log');
      expect(S.sendChinese['zh-Hans'].test(how(id, undefined, 'zh-Hans')), id).toBe(false);
    }
  });
});

describe('evidence_log: the rules beside the columns, as a Markdown table and as CSV', () => {
  const lenderRules = (lang: Lang, answers?: Answers) => documentView(content, 'evidence_log', lang, answers);

  it('says the rules bind licensed lenders only, to someone whose lender has no licence', () => {
    expect(sayText('evidence_log', {lenders: ['high_cost_app'], overdue: 'd1_30', collector_actions: ['late_night']}, S.unlicensedScope)).toBe(true);
    expect(sayText('evidence_log', {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['late_night']}, S.unlicensedScope)).toBe(false);
  });

  it.each(LANGS)('the CSV parses, with the header, then the rules row labelled as licensed lenders\' (%s)', (lang) => {
    const view = lenderRules(lang);
    const csv = documentCsv(view)!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const doc = content.documents.find((d) => d.id === 'evidence_log')!;
    expect(rows[0]).toEqual(doc.table!.columns.map((c) => c.name[lang]));
    expect(rows[1]![0]).toBe(doc.table!.rulesLabel[lang]);
    expect(rows[1]!.join(' ')).toMatch(lang === 'en' ? /22:00 to 08:00.*3 effective calls.*6 attempts/ : /22:00 至次日 8:00.*3 次.*6 次/);
    expect(rows.slice(2)).toHaveLength(doc.table!.emptyRows);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it.each(LANGS)('the Markdown table is a valid table: a header, its delimiter row, rows of the same width (%s)', (lang) => {
    const file = documentFile(content, lenderRules(lang), lang, 'markdown');
    const table = file.split('\n').filter((l) => l.startsWith('|'));
    const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/).length;
    expect(table.length).toBe(2 + 1 + 12);
    expect(table[1]).toMatch(/^\|( --- \|)+$/);
    for (const line of table) {
      expect(line.endsWith('|')).toBe(true);
      expect(cells(line)).toBe(cells(table[0]!));
    }
  });
});

describe('every line of every document is a line of the content', () => {
  /** The content's own strings of a document in one language, with the numbering the layout may add. */
  const own = (id: string, lang: Lang) => {
    const strings = new Set<string>();
    const add = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if (lang in v && typeof (v as Record<string, unknown>)[lang] === 'string') strings.add((v as Record<Lang, string>)[lang]);
        else for (const x of Object.values(v)) add(x);
      }
    };
    add(content.documents.find((d) => d.id === id));
    return strings;
  };
  const MARK = /^(\d+\. |[一二三四五六七八九十]+、)/;

  /** A table's lines as plain text: each "label: value" with a column's name and one of its cells (or a blank), and the record's lead-in. */
  const recordLines = (id: string, lang: Lang) => {
    const table = documentView(content, id, lang).table ?? [];
    const [header = [], ...rows] = table;
    const lines = new Set<string>([t(content, 'document.record', lang)]);
    for (const [i, label] of header.entries()) {
      for (const value of ['________', ...rows.map((row) => row[i] ?? '')]) lines.add(`- ${t(content, 'document.rule', lang, {label, rule: value})}`);
    }
    return lines;
  };

  it('for random answers, in each language: paragraphs and numbered lines, the table as records of its cells', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.constantFrom(...DOCUMENT_IDS), fc.constantFrom(...LANGS), (answers, id, lang) => {
        const strings = own(id, lang);
        const records = recordLines(id, lang);
        for (const line of text(id, answers, lang).split('\n')) {
          if (line === '') continue;
          expect(strings.has(line.replace(MARK, '')) || records.has(line), line).toBe(true);
        }
      }),
      {numRuns: 600, seed: 11},
    );
  });

  it.each(LANGS)('the evidence log as plain text: no Markdown table; the rules, then one empty record to copy (%s)', (lang) => {
    const view = documentView(content, 'evidence_log', lang);
    const [header = [], rules = []] = view.table!;
    expect(view.text).not.toMatch(/^\|/m);
    const record = view.text.slice(view.text.indexOf(t(content, 'document.record', lang)));
    expect(record.split('\n').slice(1)).toEqual(header.map((label) => `- ${t(content, 'document.rule', lang, {label, rule: '________'})}`));
    const ruled = header.flatMap((label, i) => (i > 0 && rules[i] ? [`- ${t(content, 'document.rule', lang, {label, rule: rules[i]})}`] : []));
    expect(ruled.length).toBeGreaterThan(2);
    expect(view.text).toContain([rules[0], ...ruled].join('\n'));
  });

  it('the text file is the text to send, a separator, then how to send it; the copy is the text alone', () => {
    const view = documentView(content, 'deletion', 'zh-Hans', {app_permissions: ['contacts']});
    const file = documentFile(content, view, 'zh-Hans', 'text');
    expect(file.startsWith(`${view.text}\n\n${SEPARATOR}\n\n`)).toBe(true);
    expect(file.trimEnd().endsWith(view.howToSend)).toBe(true);
    expect(view.text).not.toContain(SEPARATOR);
    expect(view.text).not.toMatch(/怎么发送|依据/);
  });

  it('blanks in Markdown stay underscores, not emphasis', () => {
    const md = documentFile(content, documentView(content, 'deletion', 'en'), 'en', 'markdown');
    expect(md).toContain('\\_\\_\\_\\_\\_\\_\\_\\_');
    expect(md).not.toMatch(/(^|[^\\])__/);
  });
});

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  expect(cell === '' && row.length === 0, 'the file ends with a line break').toBe(true);
  return rows;
}
