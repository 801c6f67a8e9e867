// The last findings of the review of content version 3 (13, 17, 19) and correction 7 for the documents,
// each read where a person reads it: the checklist item, the message, the letter as it is filled in.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {view, words} from '../support/shown.js';

const doc = (id: string, answers: Answers, lang: Lang = 'zh-Hans') => documentView(content, id, lang, answers).text;

/** A small loan app whose lender the person has not checked (unverified), with family as emergency contacts. */
const unverified: Answers = {lenders: ['unknown_app'], lender_of_record: ['not_checked'], overdue: 'd31_90', contact_status: 'sometimes', emergency_contacts: 'family'};

describe('the review of content version 3: what was still open', () => {
  it('13. an app whose pages name no licensed lender "may" have no licence, once the contract, loan details and credit report are all checked', () => {
    const zh = words(view(unverified), 'find_your_lender');
    expect(zh).toContain('合同、借款详情和征信报告上都找不到任何持牌机构，或者根本没有合同的：它可能没有放贷资格。');
    expect(zh).not.toContain('很可能没有放贷资格');
    const en = words(view(unverified, 'en'), 'find_your_lender');
    expect(en).toContain('If neither the contract, the loan details nor your credit report names any licensed lender, or there is no contract, it may have no lending licence.');
    expect(en).not.toContain('very likely');
  });

  it('17. the family of someone whose app lender is unchecked hears both cases, not only the unlicensed one', () => {
    const zh = words(view(unverified), 'brief_your_contacts');
    expect(zh).toContain('那个小贷 App 背后的放款机构还没查清。如果是持牌机构');
    expect(zh).toMatch(/如果是持牌机构[^。]*催收原则上只应找你本人[^。]*应当停止联系/);
    expect(zh).toContain('如果没有牌照，它不受持牌机构的催收标准和行业规范约束');
    expect(zh).toContain('《民法典》第 1033 条');
    expect(zh).toContain('12321');
    // Not the line that speaks of the lender as one without a licence.
    expect(zh).not.toContain('没有牌照的放贷 App 和私人出借人不受');
    const en = words(view(unverified, 'en'), 'brief_your_contacts');
    expect(en).toMatch(/If it is licensed, [^.]*should in principle deal only with you/);
    expect(en).toContain('If it has no licence, it is not bound by');
    // A lender known to be unlicensed keeps the plain sentence; a private loan beside the unchecked app adds it.
    const unlicensed = words(view({...unverified, lender_of_record: ['none_named']}), 'brief_your_contacts');
    expect(unlicensed).toContain('没有牌照的放贷 App 和私人出借人不受');
    expect(unlicensed).not.toContain('如果是持牌机构');
    const withPrivate = words(view({...unverified, lenders: ['unknown_app', 'private']}), 'brief_your_contacts');
    expect(withPrivate).toContain('如果是持牌机构');
    expect(withPrivate).toContain('没有牌照的放贷 App 和私人出借人不受');
  });

  it('19. the message to contacts says the same in both languages about photos of me and the apology', () => {
    const photos = {lenders: ['high_cost_app'], overdue: 'd1_30', contacted_people: ['family'], what_they_said: ['shared_photos']};
    expect(applicableDocuments(content, photos)).toContain('message_to_contacts');
    const zh = doc('message_to_contacts', photos);
    expect(zh).toContain('收到我的照片或改过的图，是逼债用的：别信别转发，截图给我。');
    expect(zh).toContain('如果已经打扰到你，很抱歉。');
    expect([...zh.replace(/\s/g, '')].length).toBeLessThanOrEqual(300);
    const en = doc('message_to_contacts', photos, 'en');
    expect(en).toContain('If you get photos of me or doctored pictures, they are being used to pressure me into paying: do not believe what they claim, and do not forward them; screenshot them and send them to me.');
    expect(en).not.toContain('they are not true');
    // Nor that the photos themselves are not to be believed: a real photo is real; what is claimed with it is not.
    expect(en).not.toContain('do not believe them');
    expect(en).toContain('If they have already bothered you, I am sorry.');
  });
});

describe('correction 7: only what the answers show to be improper is listed as improper', () => {
  // Family and emergency contacts asked only where the person is, while the person avoids the calls.
  const located = (contact_status: string, extra: Answers = {}): Answers => ({
    lenders: ['credit_card'],
    overdue: 'd31_90',
    contact_status,
    collector_actions: ['frequent_calls'],
    contacted_people: ['emergency_contacts', 'family'],
    what_they_said: ['locate_only'],
    ...extra,
  });

  it('a contact asked only where an avoiding or unreachable borrower is is not in a complaint', () => {
    for (const status of ['avoiding', 'unreachable']) {
      const answers = located(status);
      expect(applicableDocuments(content, answers)).toEqual(expect.arrayContaining(['complaint_to_lender', 'complaint_to_regulator']));
      for (const id of ['complaint_to_lender', 'complaint_to_regulator']) {
        const zh = doc(id, answers);
        expect(zh, `${id} ${status}`).toContain('一天内多次打电话给我');
        expect(zh, `${id} ${status}`).not.toMatch(/联系了我借款时留下的紧急联系人|联系了我的家人|侵扰他人的私人生活安宁/);
        const en = doc(id, answers, 'en');
        expect(en, `${id} ${status}`).not.toMatch(/They contacted (the emergency contacts|my family)|Disturbing other people's private life/);
      }
    }
  });

  it('no document for such a person calls the contact improper; the notice to stop contacting others still names who was called', () => {
    for (const lenders of [['credit_card'], ['platform_loan'], ['unknown_app'], ['high_cost_app'], ['private']]) {
      const answers = located('avoiding', {lenders, collector_actions: ['none']});
      for (const id of applicableDocuments(content, answers)) {
        expect(doc(id, answers), `${lenders} ${id}`).not.toMatch(/在我本人可以联系到的情况下|违规|侵扰他人的私人生活安宁/);
      }
    }
    // A notice, not a complaint: it says who was called and where the person can be reached from now on.
    expect(doc('stop_third_party_contact', located('avoiding'))).toContain('联系了我的家人');
  });

  it('the same contact is listed when the person can be reached, or when the debt was told', () => {
    const reachable = doc('complaint_to_lender', located('sometimes'));
    expect(reachable).toContain('联系了我的家人');
    expect(reachable).toContain('在我本人可以联系到的情况下，仍然联系了我以外的人');
    const told = doc('complaint_to_lender', located('avoiding', {what_they_said: ['locate_only', 'disclosed_debt']}));
    expect(told).toContain('联系了我的家人');
    expect(told).toContain('向别人透露了我的欠款情况');
    // Many people in the phone book is listed whatever the person said about being reachable.
    expect(doc('complaint_to_lender', located('avoiding', {contacted_people: ['many_contacts']}))).toContain('联系了我手机通讯录里的很多人');
  });
});
