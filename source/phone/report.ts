// The --phone findings as text (the person's language) and as the JSON of the headless contract.
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {type Answers, computeAnswers} from './answers.js';
import {loanApp} from './loan-apps.js';
import type {PermissionId} from './permissions.js';
import type {DeviceInfo} from './parse.js';
import type {AppFinding, PermissionFinding, PhoneFailure, Scan} from './scan.js';

export const PERMISSION_LABEL: Readonly<Record<PermissionId, string>> = {
  contacts: 'phone.perm.contacts',
  call_log: 'phone.perm.call_log',
  sms: 'phone.perm.sms',
  photos: 'phone.perm.photos',
  location: 'phone.perm.location',
};

/** What a failure's message names: the adb error, the phones connected, the command. */
export function failureVars(f: PhoneFailure): Record<string, string> {
  switch (f.kind) {
    case 'adbFailed':
      return {detail: f.detail};
    case 'several':
      return {serials: f.serials.join(', ')};
    case 'unknownSerial':
      return {serial: f.serial};
    case 'timeout':
    case 'refused':
    case 'tooLarge':
      return {command: f.command};
    default:
      return {};
  }
}

export function appName(app: Pick<AppFinding, 'package'>, lang: Lang): string | undefined {
  return loanApp(app.package)?.name[lang];
}

/** "京东金融 (com.jd.jrapp)", or the package alone. */
export function appLabel(app: Pick<AppFinding, 'package'>, lang: Lang): string {
  const name = appName(app, lang);
  return name ? `${name} (${app.package})` : app.package;
}

/** Local time of this computer, to the minute: the person compares it with their own memory of that night. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface PhoneJson {
  readonly device: {readonly brand: string | null; readonly model: string | null; readonly android: string | null};
  readonly apps: readonly {
    readonly package: string;
    readonly loanApp: boolean;
    readonly name?: string;
    readonly permissions: readonly {readonly id: PermissionId; readonly granted: boolean; readonly lastUsed?: string}[];
  }[];
  readonly answers: Answers;
}

export function phoneJson(scan: Scan, lang: Lang): PhoneJson {
  return {
    device: {brand: scan.device.brand, model: scan.device.model, android: scan.device.android},
    apps: scan.apps.map((app) => {
      const name = appName(app, lang);
      return {package: app.package, loanApp: app.loanApp, ...(name ? {name} : {}), permissions: app.permissions};
    }),
    answers: computeAnswers(
      scan.device,
      scan.apps.filter((a) => a.loanApp),
    ),
  };
}

export function answersText(answers: Answers): string {
  return [
    `phone=${answers.phone}`,
    `app_permissions=${answers.app_permissions.join(',')}`,
    ...(answers.permissions_now ? [`permissions_now=${answers.permissions_now}`] : []),
  ].join('; ');
}

/** "Phone: Redmi 22101316C, Android 13", with "not reported" for what the phone did not say. */
export function deviceLine(content: Content, device: DeviceInfo, lang: Lang): string {
  const unknown = t(content, 'phone.deviceUnknown', lang);
  const name = [device.brand, device.model].filter(Boolean).join(' ') || unknown;
  return t(content, 'phone.device', lang, {name, android: device.android ?? unknown});
}

/** "Contacts: on now, last used 2026-05-01 23:35" (no time where the phone reports none). */
export function permissionLine(content: Content, p: PermissionFinding, usageKnown: boolean, lang: Lang): string {
  const vars = {permission: t(content, PERMISSION_LABEL[p.id], lang), state: t(content, p.granted ? 'phone.on' : 'phone.off', lang)};
  if (p.lastUsed) return t(content, 'phone.permissionUsed', lang, {...vars, time: localTime(p.lastUsed)});
  return t(content, usageKnown ? 'phone.permissionNoUse' : 'phone.permission', lang, vars);
}

export function phoneText(content: Content, scan: Scan, lang: Lang): string {
  const say = (key: string, vars?: Record<string, string | number>) => t(content, key, lang, vars);
  const lines = [deviceLine(content, scan.device, lang), ''];
  const describe = (app: AppFinding) => {
    const label = appLabel(app, lang);
    lines.push(`  ${app.loanApp ? say('phone.loanApp', {app: label}) : label}`);
    for (const p of app.permissions) lines.push(`    ${permissionLine(content, p, scan.usageKnown, lang)}`);
  };
  const loans = scan.apps.filter((a) => a.loanApp);
  const others = scan.apps.filter((a) => !a.loanApp);
  if (loans.length > 0) {
    lines.push(say('phone.loanApps'));
    for (const app of loans) describe(app);
    lines.push('');
  } else {
    lines.push(say('phone.noLoanApps'), '');
  }
  if (others.length > 0) {
    lines.push(say('phone.otherApps'));
    for (const app of others) describe(app);
    lines.push('');
  } else if (loans.length === 0) {
    lines.push(say('phone.noApps'), '');
  }
  if (!scan.usageKnown) lines.push(say('phone.usageUnknown'));
  lines.push(say('phone.answers', {answers: answersText(phoneJson(scan, lang).answers)}));
  return `${lines.join('\n')}\n`;
}
