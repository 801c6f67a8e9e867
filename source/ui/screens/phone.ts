// The phone check inside the questionnaire (question 6, when adb is there): reading the phone, what it
// found (each app holding one of the five, to mark as a loan app), which permission to switch off, and the
// answers the marked apps give before they are filled in. Entered and laid out here; what the keys do, and
// the module, are phone-update.ts.
import type {Lang} from '../../content/types.js';
import type {State} from '../../engine/questionnaire.js';
import {t} from '../../i18n/index.js';
import {appLabel, deviceLine, noteLines, PERMISSION_LABEL, permissionLine} from '../../phone/report.js';
import type {AppFinding} from '../../phone/scan.js';
import type {Body, BodyWindow, RowSpan, UiContext, Update} from '../context.js';
import type {PhoneFindings, PhoneScreen, UiState} from '../state.js';
import {blank, hanging, type Line, labelled, paragraph} from '../text.js';
import {cursorWindow} from '../scroll.js';

/** The question the phone check answers first (question 6, the phone), and where it is offered. */
export const PHONE_QUESTION = 'phone';

/** Question 6 on screen and adb found: the offer is shown and `p` starts the check. */
export function phoneOffered(ctx: UiContext, app: State): boolean {
  return ctx.phoneCheck === true && app.phase === 'question' && app.current === PHONE_QUESTION;
}

/** The phone check as it starts: reading the phone, nothing found yet. */
export const enterPhone = (): PhoneScreen => ({kind: 'phone', step: 'reading', progress: undefined});

/** `p` on question 6: read the phone. */
export function startPhoneCheck(ui: UiState): Update {
  return {ui: {...ui, screen: enterPhone()}, effects: [{type: 'phoneScan'}]};
}

/** The line under question 6's options that offers the check. */
export function offerLines(ctx: UiContext, lang: Lang, width: number): Line[] {
  return paragraph(t(ctx.content, 'tui.phone.offer', lang), width, {tone: 'text.accent'});
}

/** The groups an app is known to hold now: what can be switched off (an unknown one cannot). */
export function grantedGroups(app: AppFinding) {
  return app.permissions.filter((p) => p.granted === true).map((p) => p.id);
}

/** The short name of each question the check fills in, for the confirmation. */
const ANSWER_LABEL: Readonly<Record<string, string>> = {
  phone: 'tui.phone.answer.phone',
  app_permissions: 'tui.phone.answer.app_permissions',
  permissions_now: 'tui.phone.answer.permissions_now',
};

const marker = (chosen: boolean): Line => [{text: chosen ? '> ' : '  ', tone: 'text.accent', bold: true}];

function readingBody(ctx: UiContext, lang: Lang, s: Extract<PhoneScreen, {step: 'reading'}>, width: number): Body {
  const {content} = ctx;
  const lines: Line[] = [];
  const app = s.switching && s.findings?.scan.apps.find((a) => a.package === s.switching![0]);
  if (s.switching && app) {
    const vars = {app: appLabel(app, lang), permission: t(content, PERMISSION_LABEL[s.switching[1]], lang)};
    lines.push(...paragraph(t(content, 'tui.phone.switching', lang, vars), width, {bold: true}));
  }
  const progress = s.progress ? t(content, 'phone.reading', lang, s.progress) : t(content, 'tui.phone.connecting', lang);
  lines.push(...paragraph(progress, width, {bold: !s.switching}));
  lines.push(blank, ...paragraph(t(content, 'tui.phone.readingNote', lang), width, {tone: 'text.secondary'}));
  return {lines};
}

function findingsBody(ctx: UiContext, lang: Lang, f: PhoneFindings, width: number): Body {
  const {content} = ctx;
  const {scan} = f;
  const lines: Line[] = [...paragraph(deviceLine(content, scan.device, lang), width, {tone: 'text.secondary'}), blank];
  lines.push(...paragraph(t(content, 'tui.phone.findingsIntro', lang), width), blank);
  const rows: RowSpan[] = scan.apps.map((app, i) => {
    const start = lines.length;
    const chosen = i === f.cursor;
    const marked = f.marked.includes(app.package);
    const label = appLabel(app, lang);
    const prefix: Line = [...marker(chosen), {text: marked ? '[x] ' : '[ ] ', tone: chosen ? 'text.accent' : undefined}];
    const title = hanging(prefix, label, width, chosen ? {tone: 'text.accent', bold: true} : {});
    const permissions = app.permissions.map((p) => permissionLine(content, p, scan.usageKnown, lang));
    const details = permissions.flatMap((text) => hanging([{text: ' '.repeat(6)}], text, width, {tone: 'text.secondary'}));
    // A screen reader hears the row as one: the app, whether it is marked, and what it holds.
    const aria = {role: 'checkbox', state: {selected: chosen, checked: marked}, label: [label, ...permissions].join('; ')} as const;
    lines.push(...labelled([...title, ...details], aria));
    return {start, end: lines.length, title: title.length};
  });
  if (scan.apps.length === 0) lines.push(...paragraph(t(content, 'phone.noApps', lang), width));
  for (const note of noteLines(content, scan, lang)) lines.push(blank, ...paragraph(note, width, {tone: 'text.secondary'}));
  lines.push(blank, ...paragraph(t(content, 'phone.afterwards', lang), width, {tone: 'text.secondary'}));
  return {lines, rows};
}

function revokeBody(ctx: UiContext, lang: Lang, s: Extract<PhoneScreen, {step: 'revoke'}>, width: number): Body {
  const {content} = ctx;
  const app = s.findings.scan.apps[s.findings.cursor];
  if (!app) return {lines: []};
  const lines: Line[] = [...paragraph(t(content, 'tui.phone.revokeTitle', lang, {app: appLabel(app, lang)}), width, {bold: true}), blank];
  const rows: RowSpan[] = grantedGroups(app).map((group, i) => {
    const start = lines.length;
    const chosen = i === s.cursor;
    const label = t(content, PERMISSION_LABEL[group], lang);
    const row = hanging(marker(chosen), label, width, chosen ? {tone: 'text.accent', bold: true} : {});
    lines.push(...labelled(row, {role: 'option', state: {selected: chosen}, label}));
    return {start, end: lines.length, title: lines.length - start};
  });
  lines.push(blank, ...paragraph(t(content, 'tui.phone.revokeNote', lang), width, {tone: 'text.secondary'}));
  return {lines, rows};
}

function confirmBody(ctx: UiContext, lang: Lang, s: Extract<PhoneScreen, {step: 'confirm'}>, width: number): Body {
  const {content} = ctx;
  const lines: Line[] = [...paragraph(t(content, 'tui.phone.confirmIntro', lang), width), blank];
  for (const [id, value] of Object.entries(s.answers)) {
    const label = ANSWER_LABEL[id];
    const question = content.questions.find((q) => q.id === id);
    const values = typeof value === 'string' ? [value] : value;
    const labels = values.map((v) => question?.options.find((o) => o.value === v)?.label[lang] ?? v);
    const text = t(content, 'tui.phone.answerRow', lang, {
      label: label ? t(content, label, lang) : id,
      value: labels.join(t(content, 'report.listSeparator', lang)),
    });
    lines.push(...hanging([{text: '  '}], text, width, {bold: true}));
  }
  const unsure = Array.isArray(s.answers.app_permissions) && s.answers.app_permissions.includes('unsure');
  if (unsure) {
    const why = s.findings.marked.length === 0 ? 'tui.phone.noneMarked' : 'tui.phone.nothingFound';
    lines.push(blank, ...paragraph(t(content, why, lang), width));
  }
  lines.push(blank, ...paragraph(t(content, 'tui.phone.confirmNote', lang), width, {tone: 'text.secondary'}));
  lines.push(blank, ...paragraph(t(content, 'phone.afterwards', lang), width, {tone: 'text.secondary'}));
  return {lines};
}

export function phoneBody(ctx: UiContext, app: State, s: PhoneScreen, width: number): Body {
  switch (s.step) {
    case 'reading':
      return readingBody(ctx, app.lang, s, width);
    case 'findings':
      return findingsBody(ctx, app.lang, s.findings, width);
    case 'revoke':
      return revokeBody(ctx, app.lang, s, width);
    case 'confirm':
      return confirmBody(ctx, app.lang, s, width);
  }
}

/** Lists keep their highlighted row on screen; the other steps start at the top. */
export function phoneWindow(body: Body, s: PhoneScreen, height: number): BodyWindow {
  if (s.step === 'findings') return cursorWindow(body, s.findings.cursor, height);
  if (s.step === 'revoke') return cursorWindow(body, s.cursor, height);
  return {top: 0};
}
