// The corrections of the second content review, each on the text a person is shown (zh-Hans and en):
// what the checklist says to whom, and what it must never say to whom.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import {type Answers, valuesOf} from '../../source/engine/conditions.js';
import {assess} from '../../source/scoring/score.js';
import {anyAnswers} from '../support/answers.js';
import {allWords, item, view, words} from '../support/shown.js';

const has = (a: Answers, q: string, ...values: string[]) => valuesOf(a[q]).some((v) => values.includes(v));
const UNLICENSED = ['unknown_app', 'high_cost_app', 'private'];
const LICENSED = ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small'];

const app714 = {
  lenders: ['high_cost_app'],
  overdue: 'd1_30',
  loan_terms: ['upfront_deduction', 'short_term'],
  contact_status: 'avoiding',
  phone: 'other_android',
  app_permissions: ['contacts', 'sms'],
  permissions_now: 'uninstalled',
  emergency_contacts: 'family',
  collector_actions: ['frequent_calls', 'insults'],
  contacted_people: ['family'],
  what_they_said: ['disclosed_debt'],
};

describe('keep_records_first', () => {
  it('never tells a 714, unknown-app or private borrower to install an app again, whatever the other answers', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.subarray(UNLICENSED, {minLength: 1}), fc.constantFrom<Lang>('zh-Hans', 'en'), (answers, unlicensed, lang) => {
        const v = view({...answers, lenders: [...unlicensed, ...valuesOf(answers.lenders).filter((x) => LICENSED.includes(x))]}, lang);
        expect(allWords(v)).not.toMatch(/重新安装|reinstall/i);
      }),
      {numRuns: 400},
    );
  });

  it('points a 714 borrower who uninstalled the app to bank, WeChat and Alipay transfer records instead', () => {
    const zh = words(view(app714), 'keep_records_first');
    expect(zh).toContain('转账记录');
    expect(zh).toMatch(/银行卡、微信、支付宝/);
    expect(words(view(app714, 'en'), 'keep_records_first')).toMatch(/transfer records/);
    // Nothing that needs the uninstalled app: no screenshots of its contract pages.
    expect(zh).not.toContain('截图借款合同');
  });

  it('a licensed borrower who uninstalled may install the official app again to save the records', () => {
    const zh = words(view({...app714, lenders: ['platform_loan'], loan_terms: ['none']}), 'keep_records_first');
    expect(zh).toContain('重新安装它的官方 App');
  });

  it('its title does not say "before revoking" (everything may already be off)', () => {
    const title = content.checklist.find((c) => c.id === 'keep_records_first')!.title;
    expect(title['zh-Hans']).not.toMatch(/关权限|卸载前/);
    const off = view({lenders: ['platform_loan'], overdue: 'd31_90', app_permissions: ['contacts'], permissions_now: 'all_off'});
    expect(item(off, 'keep_records_first')?.why).not.toContain('在关权限或卸载 App 之前');
  });

  it('asks to keep any 代偿 (guarantor payout) or 债权转让 (assignment) notice', () => {
    const zh = words(view({lenders: ['platform_loan'], overdue: 'd181_plus'}), 'keep_records_first');
    expect(zh).toMatch(/代偿.*债权转让/);
  });
});

describe('stay_reachable', () => {
  const card = {lenders: ['credit_card'], overdue: 'd91_180', contact_status: 'avoiding'};

  it('warns a credit-card debtor who avoids the bank about 恶意透支, calmly, as the reason to stay reachable', () => {
    const zh = words(view(card), 'stay_reachable');
    expect(zh).toContain('恶意透支');
    expect(zh).toMatch(/两次催收后超过 3 个月/);
    expect(zh).toContain('5 万元');
    expect(zh).toContain('这不是说你会被追究');
    expect(words(view(card, 'en'), 'stay_reachable')).toMatch(/malicious overdraft/);
    expect(words(view({...card, contact_status: 'unreachable'}), 'stay_reachable')).toContain('恶意透支');
  });

  it('says nothing of 恶意透支 when no card debt is overdue', () => {
    expect(words(view({...card, lenders: ['bank_loan']}), 'stay_reachable')).not.toContain('恶意透支');
    const onlyTheLoan = {...card, lenders: ['credit_card', 'bank_loan'], overdue_debts: ['bank_loan']};
    expect(words(view(onlyTheLoan), 'stay_reachable')).not.toContain('恶意透支');
  });

  it('says which rules bind licensed lenders only', () => {
    const zh = words(view({...card, lenders: ['credit_card', 'private']}), 'stay_reachable');
    expect(zh).toMatch(/持牌的银行、消费金融公司，国家推荐性标准/);
    expect(zh).toContain('私人出借人不受持牌机构的催收标准和行业规范约束');
  });
});

describe('complain_regulator', () => {
  const answers = {lenders: ['licensed_small'], overdue: 'd31_90', collector_actions: ['insults']};

  it('goes to the lender first, with its 15-day reply, then 12378 or the regulator of the province where a micro-loan company is registered', () => {
    const zh = words(view(answers), 'complain_regulator');
    expect(zh).toMatch(/先向放款机构自己投诉[^。]*。银行和消费金融公司应当在 15 日内答复，情况复杂的可以延长/);
    expect(zh.indexOf('15 日内')).toBeLessThan(zh.indexOf('12378'));
    expect(zh).toContain('注册地所在省份的地方金融管理部门');
    expect(zh).not.toMatch(/当地地方金融管理部门/);
    expect(words(view(answers, 'en'), 'complain_regulator')).toMatch(/province where the company is registered/);
  });
});

describe('report_illegal_lending', () => {
  it('says the contract of unlicensed lending is void and that courts usually order only the principal received repaid', () => {
    const zh = words(view(app714), 'report_illegal_lending');
    expect(zh).toMatch(/借款合同无效；合同无效后，法院通常只支持返还实际收到的本金/);
    expect(zh).toContain('砍头息');
    const refs = item(view(app714), 'report_illegal_lending')!.references.map((r) => r.id);
    expect(refs).toEqual(expect.arrayContaining(['spc_unlicensed_void', 'void_contract_outcome', 'civil_code_670']));
    expect(content.references.find((r) => r.id === 'void_contract_outcome')?.confidence).toBe('Medium');
  });
});

describe('brief_your_contacts', () => {
  it('is ongoing while nothing is overdue, now once something is', () => {
    const base = {lenders: ['bank_loan'], emergency_contacts: 'family'};
    expect(assess(content, {...base, overdue: 'not_yet'}).checklist.find((c) => c.id === 'brief_your_contacts')?.priority).toBe('ongoing');
    expect(assess(content, {...base, overdue: 'd1_30'}).checklist.find((c) => c.id === 'brief_your_contacts')?.priority).toBe('now');
  });
});

describe('verify_legal_notices', () => {
  const v = view({lenders: ['platform_loan'], overdue: 'd91_180', collector_actions: ['fake_documents']});
  it('never to call numbers given in the message; 12368 reaches your own province; a 律师函 has no court force', () => {
    const zh = words(v, 'verify_legal_notices');
    expect(zh).toContain('不要拨打短信或文件里留的电话');
    expect(zh).toMatch(/12368 一般接通的是你所在省份的法院/);
    expect(zh).toMatch(/外地的法院，可以在那家法院的官方网站上查到它的电话/);
    expect(zh).toMatch(/律师函是律师事务所发出的信，通常不具有法院文书的效力/);
  });
});

describe('request_data_deletion', () => {
  const KINDS: Record<string, RegExp> = {contacts: /通讯录权限/, call_log: /通话记录/, sms: /短信权限|短信也/, photos: /照片/, location: /位置/};

  it('names only what the person granted', () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(KINDS), {minLength: 1}), fc.constantFrom('iphone', 'xiaomi'), (granted, phone) => {
        const v = view({lenders: ['platform_loan'], overdue: 'd1_30', phone, app_permissions: granted, permissions_now: 'all_off'});
        const counted = (kind: string) => granted.includes(kind) && !(phone === 'iphone' && ['call_log', 'sms'].includes(kind));
        const why = item(v, 'request_data_deletion')?.why ?? '';
        // Only call log and SMS on an iPhone: nothing counts, so there is nothing to ask to delete.
        expect(why !== '').toBe(Object.keys(KINDS).some(counted));
        for (const [kind, pattern] of Object.entries(KINDS)) expect(pattern.test(why), `${kind} ${phone}`).toBe(counted(kind));
      }),
    );
  });

  it('never names call log or SMS on an iPhone', () => {
    const v = view({lenders: ['platform_loan'], phone: 'iphone', app_permissions: ['contacts', 'call_log', 'sms']});
    expect(words(v, 'request_data_deletion')).not.toMatch(/通话记录|短信/);
    expect(words(view({lenders: ['platform_loan'], phone: 'iphone', app_permissions: ['contacts']}, 'en'), 'request_data_deletion')).not.toMatch(/call log|texts/i);
  });

  it('for a 714 app, no step that needs the app', () => {
    const zh = words(view(app714), 'request_data_deletion');
    expect(zh).not.toContain('通过 App 里隐私政策');
    expect(zh).toMatch(/挂号信|交给警方/);
  });
});

describe('who the collection rules bind', () => {
  it('the standard and the banking guideline are always named as licensed lenders\' rules', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        for (const lang of ['zh-Hans', 'en'] as const) {
          const v = view(answers, lang);
          for (const c of v.checklist) {
            for (const text of [c.why, ...c.steps]) {
              const mentions = lang === 'en' ? /GB\/T 45251|banking association/.test(text) : /GB\/T 45251|银行业协会|国家推荐性标准/.test(text);
              if (mentions) expect(text, `${c.id} ${lang}`).toMatch(lang === 'en' ? /licensed|member institutions/ : /持牌/);
            }
          }
        }
      }),
      {numRuns: 200},
    );
  });

  it('a borrower only from unlicensed or private lenders is told the law applies, not the industry rules', () => {
    const zh = allWords(view({...app714, lenders: ['high_cost_app', 'private']}));
    expect(zh).toContain('不受持牌机构的催收标准和行业规范约束');
    expect(view(app714).checklist.map((c) => c.id)).not.toContain('licensed_collection_rules');
  });

  it('no official customer service is suggested for a private lender', () => {
    fc.assert(
      fc.property(anyAnswers(content), (answers) => {
        const a = {...answers, lenders: ['private']};
        if (has(a, 'someone_elses_debt', 'contact_only', 'guarantor', 'unsure')) return;
        expect(allWords(view(a))).not.toContain('官方客服');
        expect(allWords(view(a, 'en'))).not.toMatch(/official customer service/i);
      }),
      {numRuns: 200},
    );
  });

  it('report_harassment never says to block everything: it keeps one channel open, as stay_reachable says', () => {
    const v = view({lenders: ['bank_loan'], overdue: 'd31_90', contact_status: 'avoiding', collector_actions: ['frequent_calls']});
    const step = item(v, 'report_harassment')!.steps.find((s) => s.includes('拦截'))!;
    expect(step).toMatch(/同时留一个你会回复的书面渠道/);
    expect(item(v, 'stay_reachable')).toBeDefined();
  });

  it('no customer-service number is hard-coded: none is confirmed (use the app\'s 客服 entry or the contract)', () => {
    const texts = content.checklist.flatMap((c) => [c.title, ...c.why.map((w) => w.text), ...c.steps.map((s) => s.text)]).flatMap((l) => Object.values(l));
    expect(texts.filter((t) => /\b95\d{3}\b|\b400[- ]?\d{3}/.test(t))).toEqual([]);
    expect(allWords(view({lenders: ['platform_loan'], overdue: 'd31_90'}))).toContain('App 里的客服入口或你的借款合同上写的为准');
  });
});

describe('the police', () => {
  it('ask for the 接报案回执 when reporting', () => {
    const v = view({lenders: ['private'], overdue: 'd31_90', collector_actions: ['threaten_harm']});
    expect(words(v, 'call_police')).toContain('接报案回执');
    expect(words(view({lenders: ['private'], overdue: 'd31_90', collector_actions: ['threaten_harm']}, 'en'), 'call_police')).toContain('report receipt');
  });
});

describe('new facts where they help', () => {
  it('12356 is said to run at least 18 hours a day, with 110 and 120 beside it', () => {
    const zh = words(view({wellbeing: 'overwhelmed'}), 'crisis_support');
    expect(zh).toMatch(/至少提供 18 小时/);
    expect(zh).toMatch(/110.*120/s);
    expect(content.ui['crisis.body']!['zh-Hans']).toMatch(/18 小时[\s\S]*110[\s\S]*120/);
  });

  it('12348 free legal help for a long overdue debt, a "court" notice or a guarantor', () => {
    const people: Answers[] = [{lenders: ['bank_loan'], overdue: 'd181_plus'}, {lenders: ['none'], someone_elses_debt: 'guarantor'}];
    for (const answers of people) {
      expect(words(view(answers), 'free_legal_help')).toContain('12348');
    }
  });

  it('guarantor and spouse liability for the person called about someone else\'s debt', () => {
    const contact = words(view({lenders: ['none'], someone_elses_debt: 'contact_only'}), 'your_rights_as_a_contact');
    expect(contact).toContain('你没有替别人还钱的义务');
    expect(contact).toMatch(/配偶.*为家庭日常生活借的钱/);
    expect(contact).toContain('请不要再联系我');
    // A guarantor owes (content version 3): guarantor_steps, and nothing of the contact's rights.
    expect(words(view({lenders: ['none'], someone_elses_debt: 'guarantor'}), 'your_rights_as_a_contact')).toBe('');
    const guarantor = words(view({lenders: ['none'], someone_elses_debt: 'guarantor'}), 'guarantor_steps');
    expect(guarantor).toContain('按你签的担保合同承担责任');
    expect(words(view({lenders: ['none'], someone_elses_debt: 'co_borrower'}), 'guarantor_steps')).toContain('共同借款人');
    // "Do not call me again" is not offered to a guarantor, who may be pursued as the contract allows.
    expect(guarantor).not.toContain('请不要再联系我');
  });
});
