// An independent check of the last changes to content version 3 (findings 13, 17, 19 and correction 7), read
// where a person reads them: the briefing for the family of someone whose app lender is not yet checked, and
// the police outline of someone whose contacts a 714 app called while they avoided its calls.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {view, words} from '../support/shown.js';

const doc = (id: string, answers: Answers, lang: Lang = 'zh-Hans') => documentView(content, id, lang, answers).text;

/** Someone who mostly does not answer; the collectors asked her family only where she is. */
const avoiding: Answers = {
  overdue: 'd31_90',
  contact_status: 'avoiding',
  emergency_contacts: 'family',
  collector_actions: ['insults'],
  contacted_people: ['family'],
  what_they_said: ['locate_only'],
};

describe('the family of someone whose app lender is not yet checked', () => {
  const unverified: Answers = {...avoiding, lenders: ['unknown_app'], lender_of_record: ['not_checked']};

  it('hear the exception with the rule: others only to find the borrower, never told the debt', () => {
    const zh = words(view(unverified), 'brief_your_contacts');
    // One sentence, under "if it is licensed": the rule, its exception, what may be asked, and stopping.
    expect(zh).toMatch(/如果是持牌机构[^。]*催收原则上只应找你本人；除非联系不上你，否则不应联系他们；即使联系，也只能问你的联系方式或请他们转告，不得透露你的欠款情况；[^。]*应当停止联系。/);
    const en = words(view(unverified, 'en'), 'brief_your_contacts');
    expect(en).toMatch(
      /If it is licensed, [^.]*should in principle deal only with you: only when they cannot reach you may they contact others, and then only to ask how to reach you or to pass on a message, never to reveal your debt; and they should stop once a third party refuses/,
    );
    // A recommended standard "applies to" licensed lenders; it is not said that they follow it.
    expect(en).not.toContain('national standard licensed lenders follow');
  });

  it('with a bank debt beside it, whose lines already say the standard, the app gets one short line, not the same rules again', () => {
    const withCard: Answers = {...unverified, lenders: ['credit_card', 'unknown_app'], overdue_debts: ['credit_card', 'unknown_app'], overdue_lenders: 'two_three'};
    const zh = words(view(withCard), 'brief_your_contacts');
    expect(zh).toContain('按这些规范，催收原则上只应找你本人');
    expect(zh).toContain('那个小贷 App 背后的放款机构还没查清。如果是持牌机构，上面说的国家推荐性标准对它同样适用。');
    expect(zh.match(/除非联系不上你，否则不应联系他们/g)).toHaveLength(1);
    expect(zh).toContain('如果没有牌照，它不受持牌机构的催收标准和行业规范约束');
    expect(words(view(withCard, 'en'), 'brief_your_contacts')).toContain('If it is licensed, the recommended national standard above applies to it too.');
  });
});

describe('correction 7 and the police outline', () => {
  const app714: Answers = {...avoiding, lenders: ['high_cost_app'], loan_terms: ['upfront_deduction']};

  it('a 714 app that called the family of someone avoiding it: the police outline still says so', () => {
    expect(applicableDocuments(content, app714)).toContain('report_illegal_lending');
    expect(doc('report_illegal_lending', app714)).toContain('联系了我的家人。');
    expect(doc('report_illegal_lending', app714, 'en')).toContain('They contacted my family.');
    // An unchecked app with the signs of illegal lending: the same.
    const unchecked = {...avoiding, lenders: ['unknown_app'], lender_of_record: ['not_checked'], loan_terms: ['short_term']};
    expect(applicableDocuments(content, unchecked)).toContain('report_illegal_lending');
    expect(doc('report_illegal_lending', unchecked)).toContain('联系了我的家人。');
  });

  it('a complaint to a licensed lender still leaves the contact out, even with a 714 debt beside it', () => {
    const both: Answers = {...app714, lenders: ['credit_card', 'high_cost_app'], overdue_debts: ['credit_card', 'high_cost_app'], overdue_lenders: 'two_three'};
    expect(applicableDocuments(content, both)).toContain('complaint_to_lender');
    expect(doc('complaint_to_lender', both)).not.toContain('联系了我的家人');
    const cardOnly: Answers = {...avoiding, lenders: ['credit_card']};
    expect(doc('complaint_to_lender', cardOnly)).not.toContain('联系了我的家人');
  });

  it('correction 10: the police outline names the crime of infringing personal information where the app mass-messaged the contact list', () => {
    const blasted: Answers = {...app714, app_permissions: ['contacts'], contacted_people: ['many_contacts']};
    expect(doc('report_illegal_lending', blasted)).toContain('可能涉嫌《刑法》第二百五十三条之一规定的侵犯公民个人信息罪');
    expect(doc('report_illegal_lending', blasted, 'en')).toContain('the crime of infringing citizens\' personal information under Art. 253-1 of the Criminal Law');
    // Not when the app never had the contact list, or when only a few people were called.
    expect(doc('report_illegal_lending', {...blasted, app_permissions: ['photos']})).not.toContain('第二百五十三条之一');
    expect(doc('report_illegal_lending', app714)).not.toContain('第二百五十三条之一');
  });
});

describe('the answer for a small loan app whose lender is not yet known', () => {
  // The person does not yet know who lent: the answer says what the rules for licensed lenders ask of them,
  // without presenting a recommended standard or an industry guideline as a law that binds every lender.
  const unverified: Answers = {...avoiding, lenders: ['unknown_app'], lender_of_record: ['not_checked'], contact_status: 'sometimes'};

  it('says a licensed lender "should not" collect from people not liable, under the rules that apply to it', () => {
    const zh = view(unverified).answer;
    expect(zh.id).toBe('unverified_lender');
    expect(zh.text).toContain('按它适用的规定和行业规范，不应向与债务无关的人催收');
    expect(zh.text).not.toContain('不得向与债务无关的人催收');
    const en = view(unverified, 'en').answer.text;
    expect(en).toContain('if your contract names a licensed lender, the rules that apply to it say it should not collect');
    expect(en).not.toContain('may not collect');
  });
});
