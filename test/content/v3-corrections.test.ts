// The corrections of content version 3 (docs/scoring.md "Who the lender is"; docs/contract.md), one test each
// on what a person is shown. Each would have failed on content version 2. Correction 1 and property 12 are
// held over every reachable text in test/content/lender-kind.test.ts; corrections 13 (zh-Hant wording) and 14
// (the phone check) belong to the zh-Hant derivation and to the phone check.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {type Answers, visibleIds} from '../../source/engine/conditions.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {levelLine} from '../../source/output/render.js';
import {assess} from '../../source/scoring/score.js';
import {allWords, item, view, words} from '../support/shown.js';

const ids = (answers: Answers) => assess(content, answers).checklist.map((c) => c.id);
const doc = (id: string, answers: Answers) => {
  const d = documentView(content, id, 'zh-Hans', answers);
  return `${d.text}\n${d.howToSend}`;
};

describe('content version 3 corrections', () => {
  it('1. an app of unclear licence is not unlicensed: no void contract, no "do not rush to pay", no report on rollover alone', () => {
    const unknown = {lenders: ['unknown_app'], overdue: 'd31_90', loan_terms: ['rollover'], contact_status: 'sometimes'};
    // Said only under its condition ("if the contract names no licensed lender"), in find_your_lender.
    const v = view(unknown);
    const outside = v.checklist.filter((c) => c.id !== 'find_your_lender').map((c) => words(v, c.id)).join('\n');
    expect(outside).not.toMatch(/先别急着还|合同无效/);
    expect(words(v, 'find_your_lender')).toMatch(/都找不到任何持牌机构[^。]*：[^。]*。[^。]*借款合同无效/);
    expect(ids(unknown)).not.toContain('report_illegal_lending');
    expect(ids(unknown)).toContain('stop_borrowing_to_repay');
    expect(ids(unknown)[0]).toBe('find_your_lender');
    const privateLoan = {lenders: ['private'], overdue: 'd31_90', loan_terms: ['upfront_deduction']};
    expect(allWords(view(privateLoan))).not.toMatch(/先别急着还|合同无效/);
    expect(assess(content, privateLoan).reasons.map((r) => r.id)).not.toContain('lender_risky');
  });

  it('2. a micro-loan lender is told the micro-loan measures, never that the banking guideline binds it; two collectors is "as reported"', () => {
    const micro = {lenders: ['unknown_app'], lender_of_record: ['micro_loan'], overdue: 'd31_90', contact_status: 'negotiating', collector_actions: ['home_visit', 'insults'], contacted_people: ['family'], what_they_said: ['disclosed_debt']};
    const v = view(micro);
    for (const id of ['licensed_collection_rules', 'complain_regulator', 'home_visit_safety']) {
      const said = words(v, id);
      expect(said, id).toContain('小额贷款公司不得向不承担还款责任的人催收');
      expect(said.replaceAll('不受银行业协会指引约束', ''), id).not.toContain('银行业协会');
    }
    expect(doc('complaint_to_lender', micro)).not.toContain('中国银行业协会《金融机构个人消费类贷款催收工作指引');
    const bank = view({...micro, lender_of_record: ['bank_or_cf']});
    expect(words(bank, 'home_visit_safety')).toMatch(/按报道，银行业协会的指引要求上门至少两人/);
    expect(words(bank, 'licensed_collection_rules')).toMatch(/按报道，上门催收应当至少两人/);
  });

  it('3. an unchecked app still installed: permissions off in Settings first, then open it only to look, then uninstall', () => {
    const installed = {lenders: ['unknown_app'], overdue: 'd1_30', phone: 'xiaomi', app_permissions: ['contacts'], permissions_now: 'still_on'};
    const v = view(installed);
    expect(words(v, 'keep_records_first')).toMatch(/先在手机的“设置”里关掉它的权限，不用打开它；关好以后，再打开它只截图/);
    expect(words(v, 'keep_records_first')).not.toContain('在关权限或卸载 App 之前');
    expect(item(v, 'revoke_permissions')?.steps[0]).toMatch(/先不用打开它/);
    expect(words(v, 'find_your_lender')).toMatch(/先在手机的“设置”里关掉它的权限，不用打开它/);
  });

  it('4. someone who owes nothing and is visited is told to say so and ask them to leave, not that a licensed visit has rules', () => {
    const v = view({lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['home_visit']});
    const said = words(v, 'home_visit_safety');
    expect(said).toContain('我不是借款人，也没有做担保。请你们离开，不要再来。');
    expect(said).not.toContain('上门催收有规矩');
  });

  it('5. a guarantor or co-borrower is never told they owe nothing, and sees a score', () => {
    for (const role of ['guarantor', 'co_borrower']) {
      const answers = {lenders: ['none'], someone_elses_debt: role, collector_actions: ['frequent_calls']};
      const v = view(answers);
      expect(allWords(v)).not.toContain('你没有替别人还钱的义务');
      expect(v.answer.id).toBe('you_are_liable');
      expect(levelLine(content, v)).toMatch(/\/100/);
    }
    const contact = view({lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['frequent_calls']});
    expect(levelLine(content, contact)).not.toMatch(/\/100/);
  });

  it('6. what is overdue decides: a private loan held does not make a bank visit improper in the complaint', () => {
    const answers = {lenders: ['bank_loan', 'private'], overdue: 'd31_90', overdue_debts: ['bank_loan'], contact_status: 'sometimes', collector_actions: ['home_visit', 'insults']};
    expect(applicableDocuments(content, answers)).toContain('complaint_to_lender');
    expect(doc('complaint_to_lender', answers)).not.toContain('说要到我家');
    expect(assess(content, answers).reasons.map((r) => r.id)).not.toContain('visit_intimidation');
  });

  it('7. a fake notice is written as one that, when checked, did not exist', () => {
    const answers = {lenders: ['bank_loan'], overdue: 'd31_90', collector_actions: ['fake_documents']};
    expect(doc('complaint_to_lender', answers)).toContain('经查证并不存在');
  });

  it('8. a private lender who says they will come may ask in person, not threaten; not intimidation, not high by itself', () => {
    const answers = {lenders: ['private'], overdue: 'd1_30', contact_status: 'negotiating', collector_actions: ['home_visit']};
    expect(assess(content, answers).level).toBe('moderate');
    const said = words(view(answers), 'home_visit_safety');
    expect(said).toContain('借钱给你的人可以当面来要钱');
    expect(said).not.toContain('要当作恐吓');
  });

  it('9. nothing overdue: before_you_fall_behind, and no message to contacts that would disclose the debt early', () => {
    const answers = {lenders: ['bank_loan'], overdue: 'not_yet', emergency_contacts: 'family'};
    expect(ids(answers)).toContain('before_you_fall_behind');
    expect(applicableDocuments(content, answers)).not.toContain('message_to_contacts');
  });

  it('10. doctored images: the message says not to forward them; a harvested contact list names Criminal Law Art. 253-1', () => {
    const answers = {lenders: ['high_cost_app'], overdue: 'd1_30', app_permissions: ['contacts'], contacted_people: ['many_contacts'], what_they_said: ['shared_photos']};
    expect(doc('message_to_contacts', answers)).toContain('别转发');
    expect(words(view(answers), 'call_police')).toContain('第 253 条之一');
  });

  it('11. a platform-loan borrower is told, hedged, that 微粒贷 has no standalone app', () => {
    expect(words(view({lenders: ['platform_loan']}), 'licensed_collection_rules')).toMatch(/按行业报道，微粒贷[^。]*没有单独的 App/);
  });

  it('12. the deletion letter has the variant for the company that runs the app', () => {
    expect(doc('deletion', {lenders: ['platform_loan'], app_permissions: ['contacts']})).toContain('你方运营的上述 App');
  });

  it('15. from real accounts: posted publicly is not low; a borrower not overdue can report; contacted means briefing; harassment of people around means police', () => {
    expect(assess(content, {lenders: ['none'], someone_elses_debt: 'contact_only', contacted_people: ['public_posts']}).level).toBe('critical');
    expect(visibleIds(content.questions, {lenders: ['bank_loan'], overdue: 'not_yet'}).has('collector_actions')).toBe(true);
    expect(ids({lenders: ['bank_loan'], overdue: 'd1_30', emergency_contacts: 'none', contacted_people: ['family']})).toContain('brief_your_contacts');
    for (const lender of [['private'], ['high_cost_app'], ['unknown_app']]) {
      expect(ids({lenders: lender, overdue: 'd31_90', contacted_people: ['family'], what_they_said: ['demanded_payment']}), lender[0]).toContain('call_police');
    }
    expect(ids({lenders: ['bank_loan'], overdue: 'd31_90', contacted_people: ['family'], what_they_said: ['demanded_payment']})).not.toContain('call_police');
  });

  it('16. paid agents: the 2025 crackdown, and forged hardship proof is itself unlawful', () => {
    const said = words(view({lenders: ['bank_loan'], overdue: 'd31_90'}), 'avoid_debt_relief_scams');
    expect(said).toContain('2025 年 6 月到 11 月');
    expect(said).toContain('伪造困难证明本身就是违法的');
  });
});

// The independent review of content version 3: its numbered findings, one test each.
describe('review of content version 3', () => {
  it('R1. a spouse is not told flatly she owes nothing; someone unsure what they signed is never scripted to deny a guarantee', () => {
    for (const role of ['contact_only', 'unsure']) {
      const v = view({lenders: ['none'], someone_elses_debt: role, collector_actions: ['home_visit']});
      expect(v.answer.id).toBe('not_your_debt');
      expect(v.answer.text).toMatch(/配偶/);
      expect(view({lenders: ['none'], someone_elses_debt: role}, 'en').answer.text).toMatch(/spouse/);
      expect(words(v, 'home_visit_safety')).not.toMatch(/^你不是借款人，也没有为这笔钱签过字/m);
    }
    const unsure = view({lenders: ['none'], someone_elses_debt: 'unsure', collector_actions: ['home_visit']});
    expect(allWords(unsure)).not.toContain('我不是借款人，也没有做担保');
    expect(words(unsure, 'home_visit_safety')).toContain('请把合同发给我看');
  });

  it('R2. the 15-day reply to a complaint is said only of banks and consumer-finance companies', () => {
    const micro = {lenders: ['unknown_app'], lender_of_record: ['micro_loan'], overdue: 'd31_90', contact_status: 'sometimes', contacted_people: ['workplace'], what_they_said: ['disclosed_debt']};
    expect(view(micro).answer.id).toBe('licensed_crossed_line');
    expect(view(micro).answer.text).not.toMatch(/15 天|15 日/);
    expect(view(micro, 'en').answer.text).not.toMatch(/15 days/);
    expect(view({...micro, lender_of_record: ['bank_or_cf']}).answer.text).toMatch(/银行、消费金融公司应当在 15 日内答复/);
  });

  it('R6. a contact only asked where you are, while you can be reached, is not "crossed the line"', () => {
    const locate = {lenders: ['platform_loan'], overdue: 'd1_30', contact_status: 'sometimes', contacted_people: ['emergency_contacts'], what_they_said: ['locate_only']};
    const v = view(locate);
    expect(v.answer.id).toBe('licensed_crossed_line');
    expect(v.answer.text).not.toContain('越界');
    expect(v.answer.text).toContain('原则上只应找你本人');
    expect(view({...locate, what_they_said: ['locate_only', 'disclosed_debt']}).answer.text).toContain('这已经越界了');
  });

  it('R3. a micro-loan-only borrower never reads the banking association\'s rules as theirs', () => {
    const micro = {lenders: ['unknown_app'], lender_of_record: ['micro_loan'], overdue: 'd31_90', contact_status: 'sometimes', collector_actions: ['frequent_calls', 'late_night'], contacted_people: ['family', 'workplace'], what_they_said: ['disclosed_debt']};
    expect(ids(micro)).toEqual(expect.arrayContaining(['brief_your_contacts', 'licensed_collection_rules', 'report_harassment']));
    for (const lang of ['zh-Hans', 'en'] as const) {
      const v = view(micro, lang);
      const said = `${v.answer.text}\n${allWords(v)}`;
      expect(said).not.toMatch(/6 次|6 attempts|six attempts/);
      expect(words(v, 'brief_your_contacts')).not.toMatch(/银行业协会|banking association/);
      expect(words(v, 'licensed_collection_rules')).not.toMatch(/这两份|These two/);
    }
    expect(item(view(micro), 'report_harassment')?.why).toContain('每天主动有效通话不应超过 3 次');
    const bank = view({...micro, lender_of_record: ['bank_or_cf']});
    expect(words(bank, 'report_harassment')).toContain('同一号码每天不宜超过 6 次');
    expect(words(bank, 'brief_your_contacts')).toContain('请不要再打来');
  });

  it('R4. the banking association\'s rules name banks and consumer-finance companies, never "and other licensed lenders"', () => {
    const bank = {lenders: ['bank_loan'], overdue: 'd31_90', contact_status: 'avoiding', collector_actions: ['home_visit'], contacted_people: ['family'], someone_elses_debt: 'unsure'};
    for (const answers of [bank, {...bank, contact_status: 'negotiating', contacted_people: []}]) {
      const v = view(answers);
      expect(`${v.answer.text}\n${allWords(v)}`).not.toMatch(/消费金融公司等|银行等持牌/);
      expect(`${view(answers, 'en').answer.text}\n${allWords(view(answers, 'en'))}`).not.toMatch(/lenders such as banks/);
    }
    expect(words(view(bank), 'home_visit_safety')).toContain('持牌的银行、消费金融公司的上门催收有规矩');
    expect(doc('message_to_contacts', {lenders: ['bank_loan'], overdue: 'd31_90', contacted_people: ['family']})).not.toContain('消费金融公司等');
    expect(doc('evidence_log', {lenders: ['bank_loan'], overdue: 'd31_90'})).not.toContain('消费金融公司等');
  });

  it('R5. 96110, the anti-fraud line, is never given for a private lender\'s or an unverified app\'s harassment', () => {
    const harassed = {overdue: 'd91_180', contacted_people: ['family'], what_they_said: ['demanded_payment']};
    for (const lenders of [['private'], ['unknown_app']]) {
      const v = view({...harassed, lenders});
      expect(v.checklist.map((c) => c.id), lenders[0]).toContain('call_police');
      expect(words(v, 'call_police'), lenders[0]).not.toContain('96110');
      expect(words(view({...harassed, lenders}, 'en'), 'call_police'), lenders[0]).not.toContain('96110');
    }
    expect(words(view({...harassed, lenders: ['high_cost_app']}), 'call_police')).toContain('96110');
  });

  it('R10. the crime of harvesting a contact list is not said to someone with no loan app; its elements as the statute words them', () => {
    const noApp = {lenders: ['none'], someone_elses_debt: 'contact_only', contacted_people: ['many_contacts'], app_permissions: ['contacts'], what_they_said: ['disclosed_debt']};
    expect(ids(noApp)).toContain('call_police');
    expect(words(view(noApp), 'call_police')).not.toContain('借款 App 拿了你的通讯录');
    const app = {lenders: ['high_cost_app'], overdue: 'd1_30', app_permissions: ['contacts'], contacted_people: ['many_contacts']};
    expect(words(view(app), 'call_police')).toContain('非法获取、向他人提供公民个人信息');
    expect(words(view(app), 'call_police')).not.toMatch(/提供、使用/);
  });

  it('R7. pursued before anything is overdue: a private or unlicensed lender\'s demand is not called "not right"', () => {
    for (const [lenders, id] of [[['private'], 'private_lender'], [['high_cost_app'], 'unlicensed_app']] as const) {
      const v = view({lenders: [...lenders], overdue: 'not_yet', collector_actions: ['frequent_calls']});
      expect(v.answer.id).toBe(id);
      expect(v.answer.text).toContain('你说还没有逾期，对方就来催了');
      expect(v.answer.text).not.toContain('本身就不对');
    }
  });

  it('R8. a platform loan, which may be a micro-loan company\'s: the banking association\'s rules only "if the lender is a bank or consumer-finance company"', () => {
    for (const contact_status of ['avoiding', 'negotiating']) {
      const platform = {lenders: ['platform_loan'], overdue: 'd1_30', contact_status, collector_actions: ['home_visit']};
      for (const lang of ['zh-Hans', 'en'] as const) {
        const v = view(platform, lang);
        expect(v.answer.text, contact_status).toMatch(lang === 'en' ? /^If the lender is a bank or a consumer-finance company: / : /^如果放款机构是银行或消费金融公司：/);
        expect(item(v, 'home_visit_safety')?.why, contact_status).toMatch(lang === 'en' ? /If the lender is a licensed bank or consumer-finance company: its visits have rules/ : /如果放款机构是持牌的银行或消费金融公司：它们的上门催收有规矩/);
      }
      const bank = view({...platform, lenders: ['bank_loan']});
      expect(`${bank.answer.text}${words(bank, 'home_visit_safety')}`).not.toContain('如果放款机构是');
    }
  });

  it('R9. a private loan not yet due: no app, no official channels, in the answer or before_you_fall_behind', () => {
    const privateOnly = {lenders: ['private'], overdue: 'not_yet'};
    expect(ids(privateOnly)).toContain('before_you_fall_behind');
    for (const lang of ['zh-Hans', 'en'] as const) {
      const v = view(privateOnly, lang);
      expect(v.answer.id).toBe('nothing_overdue');
      expect(`${v.answer.text}\n${words(v, 'before_you_fall_behind')}`).not.toMatch(lang === 'en' ? /official|app/i : /官方|App/);
    }
    expect(words(view(privateOnly), 'before_you_fall_behind')).toContain('向私人借的钱');
    const app = view({lenders: ['platform_loan'], overdue: 'not_yet'});
    expect(app.answer.text).toContain('把借款 App 的通讯录等权限关掉');
    expect(words(app, 'before_you_fall_behind')).toContain('只通过官方渠道联系');
  });

  it('R11. the letter to stop contacting a third party names the banking guideline only for a bank or consumer-finance company', () => {
    const text = doc('contact_stop_and_delete', {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['frequent_calls']});
    expect(text).not.toMatch(/如你方是持牌金融机构：[^。；]*银行业协会/);
    expect(text).toContain('如你方为银行或消费金融公司，中国银行业协会的催收工作指引也有同样的要求');
    expect(text).toContain('如你方为小额贷款公司');
  });

  it('R11a. the students\' notice is not shown for a loan from a private person', () => {
    expect(ids({lenders: ['private'], overdue: 'd31_90', loan_terms: ['while_student']})).not.toContain('student_loan_rules');
    expect(ids({lenders: ['unknown_app'], overdue: 'd31_90', loan_terms: ['while_student']})).toContain('student_loan_rules');
  });

  it('R14, R15. a co-borrower\'s credit report "may" show the loan; no untraced "no one may enter" for a micro-loan visit', () => {
    expect(words(view({lenders: ['none'], someone_elses_debt: 'co_borrower', collector_actions: ['frequent_calls']}), 'guarantor_steps')).toContain('征信上也可能记着你');
    const micro = view({lenders: ['unknown_app'], lender_of_record: ['micro_loan'], overdue: 'd31_90', collector_actions: ['home_visit']});
    expect(words(micro, 'home_visit_safety')).not.toContain('任何人都不能进你的家门');
    expect(words(micro, 'home_visit_safety')).toContain('不管是谁派来的，你都可以不开门');
  });

  it('R12. a private lender telling others about the debt "may" infringe privacy: the sheet has it as analysis', () => {
    const v = view({lenders: ['private'], overdue: 'd31_90', contacted_people: ['family']});
    expect(v.answer.id).toBe('private_lender');
    expect(v.answer.text).toContain('把你的欠款告诉别人，也可能侵犯你的隐私');
    expect(v.answer.text).not.toContain('不能把你的事告诉别人');
    expect(v.reasons.map((r) => r.text).join('')).not.toMatch(/不能骚扰、恐吓你或把你的事告诉别人/);
  });

  it('R18. an uninstalled app is not reinstalled to find the lender', () => {
    const gone = view({lenders: ['unknown_app'], overdue: 'd31_90', app_permissions: ['contacts'], permissions_now: 'uninstalled'});
    expect(words(gone, 'find_your_lender')).toContain('不要为了查放款机构再装回它');
  });

  it('R16. someone who owes nothing but was posted online is told in the answer what to do', () => {
    const posted = view({lenders: ['none'], someone_elses_debt: 'contact_only', contacted_people: ['public_posts']});
    expect(posted.answer.id).toBe('not_your_debt');
    expect(posted.answer.text).toContain('保存截图，可以报警');
    expect(view({lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['frequent_calls']}).answer.text).not.toContain('报警');
  });
});
