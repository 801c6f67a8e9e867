// The corrections of the independent review of the nine documents, each on what a person would send or be
// told: nothing stated as fact that only they know or that may be false (what an app was given, whether they
// signed a guarantee, that a loan was usurious), claims held to what the fact sheets say, and no advice that
// does not fit who they are.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {anyAnswers} from '../support/answers.js';

const text = (id: string, answers: Answers | undefined, lang: Lang = 'zh-Hans') => documentView(content, id, lang, answers).text;
const how = (id: string, answers: Answers | undefined, lang: Lang = 'zh-Hans') => documentView(content, id, lang, answers).howToSend;

describe('someone called about another person\'s debt, unsure what they signed', () => {
  const unsure = {lenders: ['none'], someone_elses_debt: 'unsure', collector_actions: ['frequent_calls']};
  const contact = {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['frequent_calls']};

  it('is not handed "I am not a guarantor" to say on the phone, and is pointed to 12348', () => {
    expect(how('contact_stop_and_delete', unsure)).not.toContain('也没有做担保');
    expect(how('contact_stop_and_delete', unsure, 'en')).not.toContain('I am not a guarantor');
    expect(how('contact_stop_and_delete', unsure, 'zh-Hant')).not.toContain('也沒有做擔保');
    expect(how('contact_stop_and_delete', unsure)).toMatch(/请把合同发给我[^\n]*12348/);
    // Someone who is only a contact keeps the plain words.
    expect(how('contact_stop_and_delete', contact)).toContain('我不是借款人，也没有做担保，请不要再联系我。');
  });

  it('does not write "I never agreed to your processing" as a fact, but to their knowledge', () => {
    for (const [lang, plain, hedged] of [
      ['zh-Hans', '个人信息，我没有同意你方处理', '据我所知，我没有同意你方处理'],
      ['en', 'information, and I never agreed', 'to my knowledge I never agreed'],
    ] as const) {
      expect(text('contact_stop_and_delete', unsure, lang)).not.toContain(plain);
      expect(text('contact_stop_and_delete', unsure, lang)).toContain(hedged);
      expect(text('contact_stop_and_delete', contact, lang)).toContain(plain);
    }
  });

  it('asks whether the number was given to collection agencies, not which ones as if it had been', () => {
    for (const answers of [unsure, contact]) {
      expect(text('contact_stop_and_delete', answers)).toContain('是否提供给了催收机构，提供给了哪些');
      expect(text('contact_stop_and_delete', answers)).not.toContain('又提供给了哪些催收机构');
      expect(text('contact_stop_and_delete', answers, 'en')).toContain('whether and to which collection agencies');
    }
  });
});

describe('a guarantor, who may be pursued as the law and the contract allow', () => {
  const guarantor = {lenders: ['none'], someone_elses_debt: 'guarantor', collector_actions: ['frequent_calls']};

  it('is not told by the log that collectors must stop once they refuse; someone unsure is told it with an "if"', () => {
    expect(text('evidence_log', guarantor)).not.toContain('在你拒绝或要求不再联系后就应当停止');
    expect(text('evidence_log', guarantor, 'en')).not.toContain('should stop once you refuse');
    const unsure = {...guarantor, someone_elses_debt: 'unsure'};
    expect(text('evidence_log', unsure)).toContain('如果你没有为这笔借款签过担保或共同借款，持牌机构的催收在你拒绝或要求不再联系后就应当停止');
    expect(text('evidence_log', {...guarantor, someone_elses_debt: 'contact_only'})).toContain('持牌机构的催收，在你拒绝或要求不再联系后就应当停止');
  });
});

describe('the message to family and friends', () => {
  it('a person with no debt of their own is not told of "the emergency contacts you gave when you borrowed"', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.constantFrom('contact_only', 'guarantor', 'unsure'), (answers, role) => {
        const a = {...answers, lenders: ['none'], someone_elses_debt: role};
        expect(how('message_to_contacts', a)).not.toContain('借款时填过的紧急联系人');
        expect(how('message_to_contacts', a, 'en')).not.toContain('emergency contacts you gave when you borrowed');
        expect(how('message_to_contacts', a)).toContain('可能接到这些电话的人');
      }),
      {numRuns: 100},
    );
    expect(how('message_to_contacts', {lenders: ['bank_loan'], overdue: 'd1_30', emergency_contacts: 'family'})).toContain('借款时填过的紧急联系人');
  });

  it('"please do not contact me again" is said to have a basis in the rules, not to work', () => {
    const a = {lenders: ['platform_loan'], overdue: 'd1_30', emergency_contacts: 'family'};
    expect(how('message_to_contacts', a)).toContain('说“请不要再联系我”是有依据的');
    expect(how('message_to_contacts', a)).not.toContain('是有用的');
    expect(how('message_to_contacts', a, 'en')).not.toMatch(/again" works/);
  });
});

describe('the deletion request from a person with more than one lender', () => {
  it('is told to keep in each letter only what that lender\'s app was given (the answer is about loan apps in general)', () => {
    const two = {lenders: ['platform_loan', 'high_cost_app'], phone: 'other_android', app_permissions: ['contacts', 'sms']};
    expect(how('deletion', two)).toContain('信里只留下你在这家的 App 上授权过的项目');
    expect(how('deletion', two, 'en')).toContain('only what you allowed that lender\'s app');
    expect(how('deletion', {...two, lenders: ['high_cost_app']})).not.toContain('你有不止一家借款');
  });

  it('a small app of unknown licence is not called unlicensed: its lender is found first, and the letter goes there', () => {
    const unknown = {lenders: ['unknown_app'], phone: 'other_android', app_permissions: ['contacts']};
    expect(how('deletion', unknown)).toContain('还没查清放款机构的小贷 App');
    expect(how('deletion', unknown)).not.toMatch(/没有牌照|交给警方/);
    // Named as unlicensed by its contract: the route without the app, and the police when no company is known.
    expect(how('deletion', {...unknown, lender_of_record: ['none_named']})).toContain('交给警方');
  });
});

describe('the report to the police: Criminal Law Art. 293-1', () => {
  const cite = (answers: Answers, lang: Lang) => text('report_illegal_lending', answers, lang).split('\n').find((s) => /293|二百九十三/.test(s));

  it('names "serious circumstances", which the crime needs, in each language', () => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const said = cite({lenders: ['high_cost_app'], loan_terms: ['short_term'], overdue: 'd1_30', collector_actions: ['late_night']}, lang);
      expect(said).toMatch(lang === 'en' ? /where the circumstances are serious/ : /情节严重的|情節嚴重的/);
    }
  });

  it('calls the loan usurious only for a 714-type app; of an app whose cost the person may not know, "if"', () => {
    const of714 = cite({lenders: ['high_cost_app'], loan_terms: ['upfront_deduction'], overdue: 'd1_30', collector_actions: ['insults']}, 'zh-Hans');
    expect(of714).toContain('我认为，对方用上述恐吓、骚扰等方式催收高利放贷产生的债务');
    for (const lenders of [['unknown_app'], ['unknown_app', 'high_cost_app']]) {
      const a = {lenders, loan_terms: ['no_contract'], overdue: 'd1_30', collector_actions: ['insults']};
      expect(cite(a, 'zh-Hans')).toMatch(/^这笔借款如果属于高利放贷/);
      expect(cite(a, 'en')).toMatch(/^If this loan is usurious lending/);
    }
  });
});

describe('a report about one app from a person with several lenders', () => {
  it('is told to keep only what that app\'s collectors did, as the letters to lenders are', () => {
    const two = {lenders: ['credit_card', 'high_cost_app'], overdue: 'd31_90', loan_terms: ['upfront_deduction'], collector_actions: ['late_night']};
    expect(how('report_illegal_lending', two)).toContain('只留下这家的催收人员做过的事');
    expect(how('report_illegal_lending', {...two, lenders: ['high_cost_app']})).not.toContain('只留下这家的催收人员做过的事');
  });
});

describe('the complaints: what regulators have done, not a rule of what they will do', () => {
  it('the penalties on lenders are said as what has happened (as the fact sheets have it, docs/content.md), in both complaints', () => {
    const a = {lenders: ['bank_loan'], overdue: 'd31_90', collector_actions: ['insults']};
    for (const id of ['complaint_to_lender', 'complaint_to_regulator']) {
      expect(how(id, a)).toContain('监管部门曾多次因为催收问题处罚放款机构本身');
      expect(how(id, a)).not.toContain('监管部门会因为');
      expect(how(id, a, 'en')).toContain('Regulators have more than once fined the lender itself');
    }
  });
});

describe('"stop contacting anyone but me" always gives its ground', () => {
  const RULE = {'zh-Hans': '催收原则上只向债务人本人进行', en: 'collection be directed in principle at the debtor alone'} as const;

  it('in the blank letter, and when the threat was of violence against the family', () => {
    for (const lang of ['zh-Hans', 'en'] as const) {
      expect(text('stop_third_party_contact', undefined, lang)).toContain(RULE[lang]);
      const threat = {lenders: ['bank_loan'], overdue: 'd31_90', collector_actions: ['threaten_harm'], contacted_people: ['none']};
      expect(text('stop_third_party_contact', threat, lang)).toContain(RULE[lang]);
    }
  });

  it('and wherever the letter applies', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        if (!applicableDocuments(content, answers).includes('stop_third_party_contact')) return;
        // A micro-loan company's ground is the micro-loan measures, not the banking association's guideline.
        expect(text('stop_third_party_contact', answers)).toMatch(/催收原则上只向债务人本人进行|小额贷款公司不得向不承担还款责任的人催收/);
      }),
      {numRuns: 300},
    );
  });
});
