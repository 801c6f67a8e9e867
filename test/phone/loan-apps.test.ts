// The list of loan apps is data with a source for every entry, and only package names that can go into a command.
import {describe, expect, it} from 'vitest';
import {LOAN_APPS, loanApp} from '../../source/phone/loan-apps.js';
import {isPackageName} from '../../source/phone/permissions.js';

describe('loan apps', () => {
  it('every entry: a valid package name, a Chinese and an English name, a public source address; no duplicates', () => {
    expect(LOAN_APPS.length).toBeGreaterThan(0);
    for (const app of LOAN_APPS) {
      expect(isPackageName(app.package), app.package).toBe(true);
      expect(app.name['zh-Hans']).toMatch(/[\u3400-\u9fff]/u);
      expect(app.name.en).toMatch(/[A-Za-z]/);
      expect(app.source, app.package).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(blob\/[0-9a-f]{40}\/|issues\/\d+$)/);
    }
    expect(new Set(LOAN_APPS.map((a) => a.package)).size).toBe(LOAN_APPS.length);
  });

  it('general-purpose apps that also lend are not marked as loan apps', () => {
    for (const pkg of ['com.eg.android.AlipayGphone', 'com.tencent.mm', 'com.sankuai.meituan']) expect(loanApp(pkg), pkg).toBeUndefined();
    expect(loanApp('com.jd.jrapp')?.name['zh-Hans']).toBe('京东金融');
  });
});

describe('loan app names in Traditional Chinese', () => {
  it('are the content pipeline\'s own conversion of the Simplified names (opencc, cn to tw)', async () => {
    const OpenCC = await import('opencc-js');
    const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'});
    for (const app of LOAN_APPS) expect(app.name['zh-Hant'], app.package).toBe(toTraditional(app.name['zh-Hans']));
  });
});
