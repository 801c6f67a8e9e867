// The --phone findings as text (the person's language) and as the JSON of the headless contract. What came
// from the phone or adb is shown through `untrusted()` (docs/architecture.md, the layers).
import type {Content, Lang} from '../content/types.js';
import {t} from '../i18n/index.js';
import {untrusted} from '../text/untrusted.js';
import {type Answers, computeAnswers, type PhoneAnswer} from './answers.js';
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

/** What a failure's message names: the adb error, the phones connected, the command; escaped, and short. */
export function failureVars(f: PhoneFailure): Record<string, string> {
  switch (f.kind) {
    case 'adbFailed':
      return {detail: untrusted(f.detail, 160)};
    case 'several':
      return {serials: f.serials.slice(0, 8).map((s) => untrusted(s, 40)).join(', ')};
    case 'unknownSerial':
      return {serial: untrusted(f.serial, 40)};
    case 'timeout':
    case 'refused':
    case 'tooLarge':
      return {command: untrusted(f.command, 80)};
    default:
      return {};
  }
}

export function appName(app: Pick<AppFinding, 'package'>, lang: Lang): string | undefined {
  return loanApp(app.package)?.name[lang];
}

/** "京东金融 (com.jd.jrapp)", or the package alone (a checked package name: letters, digits, _ and dots). */
export function appLabel(app: Pick<AppFinding, 'package'>, lang: Lang): string {
  const name = appName(app, lang);
  return name ? `${name} (${app.package})` : app.package;
}

/** Local time of this computer, to the minute: the person compares it with their own memory of that night. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '?';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface PhoneJson {
  readonly device: {readonly brand: string | null; readonly model: string | null; readonly android: string | null};
  readonly apps: readonly {
    readonly package: string;
    readonly loanApp: boolean;
    readonly name?: string;
    readonly permissions: readonly {readonly id: PermissionId; readonly granted: boolean | null; readonly lastUsed?: string}[];
  }[];
  readonly answers: Answers;
}

export function phoneJson(scan: Scan, lang: Lang): PhoneJson {
  return {
    device: {brand: scan.device.brand, model: scan.device.model, android: scan.device.android},
    apps: scan.apps.map((app) => {
      const name = appName(app, lang);
      const permissions = app.permissions.map(({id, granted, lastUsed}) => ({id, granted, ...(lastUsed ? {lastUsed} : {})}));
      return {package: app.package, loanApp: app.loanApp, ...(name ? {name} : {}), permissions};
    }),
    answers: computeAnswers(
      scan.device,
      scan.apps.filter((a) => a.loanApp),
    ),
  };
}

/**
 * The answers as the questions' own words in the person's language: "What phone do you use now? Xiaomi or
 * Redmi (MIUI, HyperOS)", one line each, never a number (which question comes when depends on earlier answers).
 */
export function answerLines(content: Content, answers: Answers, lang: Lang): string[] {
  return Object.entries(answers).map(([id, value]: [string, string | readonly string[]]) => {
    const question = content.questions.find((q) => q.id === id);
    const labels = [value].flat().map((v) => question?.options.find((o) => o.value === v)?.label[lang] ?? v);
    const answer = labels.join(t(content, 'report.listSeparator', lang));
    // The prompt without its "(Choose all that apply)": the answer follows it.
    const prompt = question?.prompt[lang].replace(/\s*[（(][^（()）]*[)）]\s*$/u, '') ?? id;
    return t(content, 'phone.answerRow', lang, {question: prompt, answer});
  });
}

/**
 * Where this phone keeps its permissions, from the content's own steps for turning them off (the checklist
 * item `revoke_permissions`): its step for this kind of phone, then the way that works on any Android phone
 * (which the first points to when its path is not found). The way on when the phone refused a switch-off.
 */
export function settingsPath(content: Content, phone: PhoneAnswer, lang: Lang): string[] {
  const kind = phone === 'unsure' ? 'other_android' : phone;
  const steps = content.checklist.find((i) => i.id === 'revoke_permissions')?.steps ?? [];
  const on = (s: (typeof steps)[number]) => s.when as {q?: string; in?: readonly string[]; notIn?: readonly string[]} | undefined;
  const own = steps.find((s) => on(s)?.q === 'phone' && on(s)?.in?.includes(kind) === true && !on(s)?.in?.includes('iphone'));
  const any = steps.find((s) => on(s)?.q === 'phone' && on(s)?.notIn?.length === 1 && on(s)?.notIn?.[0] === 'iphone');
  return [own, any].flatMap((s) => (s ? [s.text[lang]] : []));
}

/** "Phone: Redmi 22101316C, Android 13", with "not reported" for what the phone did not say. */
export function deviceLine(content: Content, device: DeviceInfo, lang: Lang): string {
  const unknown = t(content, 'phone.deviceUnknown', lang);
  // Escaped when read (parse.ts); escaped again here costs nothing and holds for a DeviceInfo made elsewhere.
  const name = untrusted([device.brand, device.model].filter(Boolean).join(' '), 130) || unknown;
  return t(content, 'phone.device', lang, {name, android: device.android ? untrusted(device.android, 60) : unknown});
}

function stateKey(p: PermissionFinding): string {
  if (p.granted === true) return 'phone.on';
  if (p.granted === false) return 'phone.off';
  return p.probablyOn ? 'phone.probablyOn' : 'phone.unknown';
}

/** "Contacts: on now, last used 2026-05-01 23:35" (no time where the phone reports none). */
export function permissionLine(content: Content, p: PermissionFinding, usageKnown: boolean, lang: Lang): string {
  const vars = {permission: t(content, PERMISSION_LABEL[p.id], lang), state: t(content, stateKey(p), lang)};
  if (p.lastUsed) return t(content, 'phone.permissionUsed', lang, {...vars, time: localTime(p.lastUsed)});
  return t(content, usageKnown ? 'phone.permissionNoUse' : 'phone.permission', lang, vars);
}

/** The lines said when the phone's output left something unknown, and the reminder for afterwards. */
export function noteLines(content: Content, scan: Scan, lang: Lang): string[] {
  const lines: string[] = [];
  if (!scan.usageKnown) lines.push(t(content, 'phone.usageUnknown', lang));
  if (scan.unread > 0) lines.push(t(content, 'phone.unread', lang, {count: scan.unread}));
  return lines;
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
  const notes = noteLines(content, scan, lang);
  if (notes.length > 0) lines.push(...notes, '');
  lines.push(say('phone.answers'));
  for (const line of answerLines(content, phoneJson(scan, lang).answers, lang)) lines.push(`  ${line}`);
  return `${lines.join('\n')}\n`;
}
