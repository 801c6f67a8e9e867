// Package names of lenders' own apps, each with the public source it was read from. Only names confirmed in a
// source are listed: a wrong name would mark someone's unrelated app as a loan app. To add one, cite a page or
// a repository file that pairs the package name with the app's name, and the commit or date you read.
//
// General-purpose apps that also lend (支付宝 借呗/花呗, 微信 微粒贷, 美团) are deliberately not listed: almost
// everyone has them, their contacts or location access serves other features, and counting them would turn
// every phone's answer into "the loan app can read my contacts". The person can still mark them by hand in
// the questionnaire.
// zh-Hant is written out here (the content's conversion runs at build time, over questions/ only); a test
// checks it against that same conversion.

import type {Lang} from '../content/types.js';

export interface LoanApp {
  readonly package: string;
  readonly name: Readonly<Record<Lang, string>>;
  /** Where the package name was confirmed. */
  readonly source: string;
}

export const LOAN_APPS: readonly LoanApp[] = [
  {
    package: 'com.jd.jrapp',
    name: {'zh-Hans': '京东金融', 'zh-Hant': '京東金融', en: 'JD Finance (京东金融)'},
    // An ad-skipping rule file named after the package, written from snapshots of the running app, with
    // `id: 'com.jd.jrapp', name: '京东金融'` and the app's own view ids (com.jd.jrapp:id/btn_jump).
    source:
      'https://github.com/gkd-kit/subscription/blob/0946e4cdd7e7f59c7cb1db56994885c4041a5d8c/src/apps/com.jd.jrapp.ts',
  },
  {
    package: 'com.fenqile.fenqile',
    name: {'zh-Hans': '分期乐', 'zh-Hant': '分期樂', en: 'Fenqile (分期乐)'},
    // An issue written by an app on the phone itself from the installed package: "Package name:
    // `com.fenqile.fenqile`, Display name: 分期乐, Version: 4.17.0 (82)" (2019-05-21).
    source: 'https://github.com/RikkaApps/StorageRedirect-assets/issues/2650',
  },
];

const BY_PACKAGE = new Map(LOAN_APPS.map((app) => [app.package, app]));

export function loanApp(pkg: string): LoanApp | undefined {
  return BY_PACKAGE.get(pkg);
}
