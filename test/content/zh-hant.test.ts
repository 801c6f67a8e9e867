// zh-Hant reads as Traditional Chinese (docs/content.md, Traditional Chinese): Taiwan phrases and the reviewed
// vocabulary of questions/zh-hant.yaml, the names of laws, institutions, hotlines and documents kept as
// written, and menu paths as a Traditional-Chinese phone shows them — checked over every string of the content.
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {ContentError, compileContent} from '../../source/content/compile.js';
import {content} from '../../source/content/generated.js';
import {hantConverter, MENU_PATH, TITLE, zhHantFile} from '../../source/content/hant.js';
import {brokenCopy, localizedStrings, QUESTIONS_DIR, removeDir} from './helpers.js';

const rules = zhHantFile.parse(parse(readFileSync(path.join(QUESTIONS_DIR, 'zh-hant.yaml'), 'utf8')));
const strings = localizedStrings(content);
/** Traditional characters only: what a protected name becomes (§9: 《个人信息保护法》 → 《個人信息保護法》). */
const characters = OpenCC.Converter({from: 'cn', to: 'tw'});
/** OpenCC's own phrase-level Taiwan conversion, with none of the project's rules. */
const taiwan = OpenCC.Converter({from: 'cn', to: 'twp'});
const convert = hantConverter(rules);
const count = (text: string, part: string) => text.split(part).length - 1;
const titles = (text: string) => [...text.matchAll(TITLE)].map((m) => m[0]);

describe('protected names (every zh-Hant string of the content)', () => {
  const names = rules.protected.map((name) => ({name, kept: characters(name), mangled: taiwan(name)}));

  it('the list is worth having: OpenCC\'s Taiwan phrases would change some of the names the content uses', () => {
    const used = names.filter(({name}) => strings.some(({text}) => text['zh-Hans'].includes(name)));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({kept, mangled}) => kept !== mangled).map(({name}) => name)).toEqual(
      expect.arrayContaining(['个人信息保护法', '网络不良与垃圾信息举报受理中心', '人民法院在线服务', 'USB 调试']),
    );
  });

  it('every listed name in zh-Hans is there in Traditional characters in zh-Hant, and its Taiwan-vocabulary form never is', () => {
    const bad: string[] = [];
    for (const {where, text} of strings) {
      for (const {name, kept, mangled} of names) {
        const times = count(text['zh-Hans'], name);
        if (count(text['zh-Hant'], kept) < times) bad.push(`${where}: ${name} → ${kept} missing in ${text['zh-Hant']}`);
        if (mangled !== kept && text['zh-Hant'].includes(mangled)) bad.push(`${where}: ${mangled} (a mangled ${kept})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every 《title》 (a law, a regulation, a standard, a document) is kept as written, in the same order', () => {
    const all = strings.filter(({text}) => text['zh-Hans'].includes('《'));
    expect(all.length).toBeGreaterThan(30);
    for (const {where, text} of all) expect(titles(text['zh-Hant']), where).toEqual(titles(text['zh-Hans']).map(characters));
    // They would not be without the protection: §9's own example.
    expect(taiwan('《个人信息保护法》')).toBe('《個人資訊保護法》');
    expect(convert('依照《个人信息保护法》，请删除我的个人信息。')).toBe('依照《個人信息保護法》，請刪除我的個人資訊。');
  });

  it('no unlisted name slipped through word-wise: no Taiwan word just before …中心, …熱線, …協會, …條例, …保護法', () => {
    // A name missing from the list shows itself: 個人資訊保護法, 網路不良與垃圾資訊舉報受理中心, 電信使用者申訴受理中心.
    const WORDWISE = /(資訊|網路|線上|使用者|網際網路|程式|資料|軟體)[\u3400-\u9fff]{0,8}?(中心|熱線|專線|協會|總局|平臺|法院|條例|辦法|規定|保護法|管理法|罪)/u;
    for (const name of ['个人信息保护法', '网络不良与垃圾信息举报受理中心', '电信用户申诉受理中心', '互联网金融举报信息平台']) {
      expect(taiwan(name)).toMatch(WORDWISE);
    }
    const bad = strings.filter(({text}) => WORDWISE.test(text['zh-Hant'])).map(({where, text}) => `${where}: ${text['zh-Hant'].match(WORDWISE)?.[0]}`);
    expect(bad, 'add the name to protected in questions/zh-hant.yaml').toEqual([]);
  });

  it('a name is kept wherever it is, and the longest of two names at one place wins', () => {
    expect(convert('向 12321（网络不良与垃圾信息举报受理中心）举报垃圾信息')).toBe('向 12321（網絡不良與垃圾信息舉報受理中心）舉報垃圾資訊');
    expect(convert('在“人民法院在线服务”小程序里查，或找在线客服')).toBe('在“人民法院在線服務”小程式裡查，或找線上客服');
    expect(convert('依照中华人民共和国个人信息保护法')).toBe('依照中華人民共和國個人信息保護法');
  });
});

describe('ordinary words: Taiwan phrases with the reviewed vocabulary', () => {
  it('without the table, ordinary text is exactly OpenCC\'s s2twp (and names its s2tw), on every zh-Hans string', () => {
    const bare = hantConverter({protected: [], vocabulary: {}, menus: {}});
    const plain = strings.filter(({text}) => !/[《》]| > /.test(text['zh-Hans']));
    expect(plain.length).toBeGreaterThan(800);
    for (const {where, text} of plain) expect(bare(text['zh-Hans']), where).toBe(taiwan(text['zh-Hans']));
    const names = hantConverter({protected: rules.protected, vocabulary: {}, menus: {}});
    for (const name of rules.protected) expect(names(name)).toBe(characters(name));
  });

  it('mainland words do not reach a zh-Hant reader outside the names and menu steps kept as written', () => {
    const MAINLAND = ['信息', '数据', '短信', '软件', '视频', '网络', '默认', '卸载', '屏幕', '联系', '运行', '互联网', '转账', '渠道'];
    const kept = rules.protected.map((name) => characters(name));
    const mainland = MAINLAND.map((word) => characters(word));
    const bad: string[] = [];
    for (const {where, text} of strings) {
      let hant = text['zh-Hant'];
      for (const title of titles(hant)) hant = hant.replace(title, '');
      for (const name of kept) hant = hant.replaceAll(name, '');
      for (const [path] of hant.matchAll(MENU_PATH)) hant = hant.replace(path, '');
      for (const word of mainland) if (hant.includes(word)) bad.push(`${where}: ${word} in ${text['zh-Hant']}`);
    }
    expect(bad).toEqual([]);
    // And the content does use them: the check is not empty.
    for (const word of ['信息', '数据', '短信', '联系']) expect(strings.some(({text}) => text['zh-Hans'].includes(word)), word).toBe(true);
  });

  it('every vocabulary entry the content uses is converted as the table says, in every string', () => {
    const keys = Object.keys(rules.vocabulary);
    const shield = [...rules.protected, ...keys].sort((a, b) => b.length - a.length);
    const bad: string[] = [];
    let seen = 0;
    for (const {where, text} of strings) {
      for (const key of keys) {
        // Where the key is part of a name or of a longer entry, that one decides.
        let hans = text['zh-Hans'].replace(TITLE, '');
        for (const other of shield) if (other !== key && other.includes(key)) hans = hans.replaceAll(other, '');
        for (const [path] of hans.matchAll(MENU_PATH)) hans = hans.replace(path, '');
        const times = count(hans, key);
        seen += times;
        if (count(text['zh-Hant'], rules.vocabulary[key]!) < times) bad.push(`${where}: ${key} → ${rules.vocabulary[key]} in ${text['zh-Hant']}`);
      }
    }
    expect(bad).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('one form per word: 回覆 and 帳 everywhere, never 回復 or 賬', () => {
    for (const [one, never] of [
      ['回覆', '回復'],
      ['帳', '賬'],
    ]) {
      expect(strings.filter(({text}) => text['zh-Hant'].includes(never!)).map(({where}) => where)).toEqual([]);
      expect(strings.some(({text}) => text['zh-Hant'].includes(one!))).toBe(true);
    }
    expect(convert('要回复就用短信')).toBe('要回覆就用簡訊');
  });

  it('real phrases of the content read as Taiwan writes them', () => {
    const cases: [string, string][] = [
      ['只要开着，它就可能继续读取你手机里的联系人和其他信息。', '只要開著，它就可能繼續讀取你手機裡的聯絡人和其他資訊。'],
      ['要求删除数据或报警', '要求刪除資料或報警'],
      ['向 12321 举报骚扰电话和短信', '向 12321 舉報騷擾電話和簡訊'],
      ['关掉权限以后也可以卸载', '關掉權限以後也可以解除安裝'],
      ['请用数据线连接', '請用傳輸線連接'],
      ['先截图或录屏保存：内容、发布者、时间、链接或群名。', '先截圖或螢幕錄影保存：內容、發布者、時間、連結或群名。'],
      ['法院通常只支持返还实际收到的本金', '法院通常只支持返還實際收到的本金'],
      ['不要拨打短信或文件里留的电话', '不要撥打簡訊或文件裡留的電話'],
      ['会导出两个文件：CSV 文件可以用 Excel 打开', '會匯出兩個檔案：CSV 檔案可以用 Excel 開啟'],
      ['以营利为目的向社会不特定对象出借资金的', '以營利為目的向社會不特定對象出借資金的'],
      ['还钱用银行、微信或支付宝转账', '還錢用銀行、微信或支付寶轉帳'],
      ['个人信息保护渠道', '個人資訊保護管道'],
      ['不要为了截图再装回或打开它们', '不要為了截圖再裝回或開啟它們'],
      ['按法定程序处理', '按法定程序處理'],
    ];
    for (const [hans, hant] of cases) expect(convert(hans), hans).toBe(hant);
  });
});

describe('menu paths as a Traditional-Chinese phone shows them', () => {
  it('iPhone and Android paths use the phone\'s words (設定, 隱私權與安全性, 聯絡人, 應用程式, 權限)', () => {
    expect(convert('iPhone：打开 设置 > 隐私与安全性 > 通讯录，找到借款 App')).toBe('iPhone：開啟 設定 > 隱私權與安全性 > 聯絡人，找到借款 App');
    expect(convert('安卓手机：设置 > 应用 > 借款 App > 权限，逐项改为“不允许”')).toBe('安卓手機：設定 > 應用程式 > 借款 App > 權限，逐項改為“不允許”');
    expect(convert('在 iPhone 的“设置 > 隐私与安全性”里逐项查看')).toBe('在 iPhone 的“設定 > 隱私權與安全性”裡逐項查看');
    // Outside a path, 通讯录 is the ordinary word (and 爆通讯录 what people fear).
    expect(convert('担心爆通讯录')).toBe('擔心爆通訊錄');
  });

  it('a step the sources do not name is kept as written, never given a guessed Taiwan word', () => {
    expect(convert('打开 设置 > 关于手机 > 版本号 > 开发者选项 > USB 调试')).toBe('開啟 設定 > 關於手機 > 版本號 > 開發者選項 > USB 調試');
    expect(convert('设置 > 应用设置 > 应用管理 > 借款 App > 应用权限')).toBe('設定 > 應用設置 > 應用管理 > 借款 App > 應用權限');
    // The first step is where one starts (an icon), ordinary text: 圖示, as Taiwan says it.
    expect(convert('长按 App 图标 > 应用信息 > 权限；')).toBe('長按 App 圖示 > 應用信息 > 權限；');
  });

  it('in every string, each step after the first of every path is the table\'s word or kept as written', () => {
    let paths = 0;
    const bad: string[] = [];
    for (const {where, text} of strings) {
      for (const [path] of text['zh-Hans'].matchAll(MENU_PATH)) {
        paths += 1;
        const tail = path
          .split(' > ')
          .slice(1)
          .map((step) => rules.menus[step] ?? characters(step))
          .join(' > ');
        if (!text['zh-Hant'].includes(` > ${tail}`)) bad.push(`${where}: ${tail} in ${text['zh-Hant']}`);
      }
    }
    expect(bad).toEqual([]);
    expect(paths).toBeGreaterThan(5);
  });
});

describe('questions/zh-hant.yaml is checked when the content is compiled', () => {
  it('a word with a space around it, a missing table or a missing file is refused, naming the file', () => {
    const broken = [
      brokenCopy('zh-hant.yaml', (d) => {
        d.vocabulary[' 权限'] = '權限';
      }),
      brokenCopy('zh-hant.yaml', (d) => {
        delete d.menus;
      }),
      brokenCopy('zh-hant.yaml', () => {}),
    ];
    rmSync(path.join(broken[2]!, 'zh-hant.yaml'));
    try {
      for (const dir of broken) expect(() => compileContent(dir)).toThrow(ContentError);
      expect(() => compileContent(broken[0]!)).toThrow(/zh-hant\.yaml does not match the schema:\n {2}vocabulary/);
      expect(() => compileContent(broken[1]!)).toThrow(/zh-hant\.yaml does not match the schema:\n {2}menus/);
      expect(() => compileContent(broken[2]!)).toThrow(/^zh-hant\.yaml: ENOENT/);
    } finally {
      for (const dir of broken) removeDir(dir);
    }
  });
});
