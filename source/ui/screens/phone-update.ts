// What keys and the phone's answers do on the phone screens. Leaving them (back to question 6, or on to
// question 7 with the answers filled in) closes the phone session. The reading, the marks and what was
// switched off live only in the screen's state: the saved progress gets the accepted answer ids, nothing else.
import type {Content, Lang} from '../../content/types.js';
import type {Answers} from '../../engine/conditions.js';
import {computeAnswers, phoneAnswer} from '../../phone/answers.js';
import type {PermissionId} from '../../phone/permissions.js';
import {appLabel, failureVars, PERMISSION_LABEL, settingsPath} from '../../phone/report.js';
import type {PhoneFailure, Scan} from '../../phone/scan.js';
import {t} from '../../i18n/index.js';
import {framed, frameWidth} from '../chrome.js';
import type {Effect, ScreenModule, UiContext, UiEvent, Update} from '../context.js';
import type {Matched} from '../keymap.js';
import {type Confirm, type Message, NOTHING, type PhoneFindings, type PhoneScreen, type UiState} from '../state.js';
import {engine, none, PERSIST} from '../transition.js';
import {confirmMessage, message, revokeMessage} from '../wording.js';
import {enterPhone, grantedGroups, phoneBody, phoneWindow} from './phone.js';
import {questionScreen} from './question.js';

// Inside the questionnaire a failure says how to try again (p) or to answer from memory; no --serial there.
const PHONE_FAILURE_KEY: Readonly<Record<PhoneFailure['kind'], string>> = {
  noAdb: 'tui.phone.fail.noAdb',
  adbFailed: 'tui.phone.fail.adbFailed',
  noDevice: 'tui.phone.fail.noDevice',
  unauthorized: 'tui.phone.fail.unauthorized',
  offline: 'tui.phone.fail.offline',
  several: 'tui.phone.fail.several',
  unknownSerial: 'tui.phone.fail.noDevice',
  timeout: 'tui.phone.fail.timeout',
  refused: 'tui.phone.fail.refused',
  tooLarge: 'tui.phone.fail.tooLarge',
};

/** Why the phone could not be read, and what to do: one calm line on the question screen. */
function phoneFailureMessage(content: Content, lang: Lang, failure: PhoneFailure): Message {
  return message(content, lang, PHONE_FAILURE_KEY[failure.kind], 'status.warning', failureVars(failure));
}

const CLOSE: Effect = {type: 'phoneClose'};

/** Back to the question on screen (question 6), with its answer as it was, and the session closed. */
function leave(ctx: UiContext, ui: UiState, note?: Message): Update {
  return {ui: {...ui, once: note ? {message: note} : NOTHING, screen: questionScreen.enter(ctx.content, ui.app)}, effects: [CLOSE]};
}

/** A fresh reading: the listed loan apps marked, the first row highlighted. */
function findingsOf(scan: Scan): PhoneFindings {
  return {scan, marked: scan.apps.filter((a) => a.loanApp).map((a) => a.package), cursor: 0, switchedOff: []};
}

/** Questions 6-8 from the marked apps and what was switched off here (it was granted). */
export function fillIn(findings: PhoneFindings): Answers {
  const {scan, marked, switchedOff} = findings;
  const off = new Map<string, Set<PermissionId>>();
  for (const [pkg, group] of switchedOff) off.set(pkg, new Set([...(off.get(pkg) ?? []), group]));
  const answers = computeAnswers(
    scan.device,
    scan.apps.filter((a) => marked.includes(a.package)),
    off,
  );
  return {
    phone: answers.phone,
    app_permissions: answers.app_permissions,
    ...(answers.permissions_now ? {permissions_now: answers.permissions_now} : {}),
  };
}

/**
 * A reading lists an unlisted app only while it holds one of the five: one switched off entirely here would
 * vanish, marks and all. It stays, all off, as what the earlier reading showed.
 */
function keepVanished(before: Scan, after: Scan): Scan {
  const present = new Set(after.apps.map((a) => a.package));
  const gone = before.apps
    .filter((a) => !present.has(a.package))
    .map((a) => ({...a, grantedAndroid: {}, permissions: a.permissions.map((p) => ({...p, granted: false}))}));
  return gone.length === 0 ? after : {...after, apps: [...after.apps, ...gone]};
}

const findingsScreen = (findings: PhoneFindings): PhoneScreen => ({kind: 'phone', step: 'findings', findings});

export function updatePhone(ctx: UiContext, ui: UiState, s: PhoneScreen, matched: Matched, pending: Confirm | undefined): Update {
  const {content} = ctx;
  const lang = ui.app.lang;
  const command = matched.command;
  switch (s.step) {
    case 'reading':
      return command === 'back' ? leave(ctx, ui) : none(ui);
    case 'findings': {
      const f = s.findings;
      const apps = f.scan.apps;
      const app = apps[f.cursor];
      const at = (cursor: number) => none({...ui, screen: findingsScreen({...f, cursor})});
      if (command === 'up') return at(Math.max(0, f.cursor - 1));
      if (command === 'down') return at(Math.min(Math.max(0, apps.length - 1), f.cursor + 1));
      if (command === 'back') return leave(ctx, ui);
      if (command === 'select') return none({...ui, screen: {kind: 'phone', step: 'confirm', findings: f, answers: fillIn(f)}});
      if (!app) return none(ui);
      if (command === 'toggle') {
        const marked = f.marked.includes(app.package) ? f.marked.filter((p) => p !== app.package) : [...f.marked, app.package];
        return none({...ui, screen: findingsScreen({...f, marked})});
      }
      if (command === 'revoke') {
        if (grantedGroups(app).length > 0) return none({...ui, screen: {kind: 'phone', step: 'revoke', findings: f, cursor: 0}});
        return none({...ui, once: {message: message(content, lang, 'tui.phone.nothingGranted', 'text.secondary', {app: appLabel(app, lang)})}});
      }
      return none(ui);
    }
    case 'revoke': {
      const app = s.findings.scan.apps[s.findings.cursor];
      const groups = app ? grantedGroups(app) : [];
      const group = groups[s.cursor];
      if (command === 'up') return none({...ui, screen: {...s, cursor: Math.max(0, s.cursor - 1)}});
      if (command === 'down') return none({...ui, screen: {...s, cursor: Math.min(groups.length - 1, s.cursor + 1)}});
      if (command === 'back') return none({...ui, screen: findingsScreen(s.findings)});
      if (command !== 'select' || !app || !group) return none(ui);
      // Nothing is switched off before a second Enter, on a message naming the app and the permission.
      if (pending !== 'revoke') {
        const vars = {app: appLabel(app, lang), permission: t(content, PERMISSION_LABEL[group], lang)};
        return none({...ui, once: {confirm: 'revoke', message: confirmMessage(content, lang, 'revoke', vars)}});
      }
      const reading: PhoneScreen = {kind: 'phone', step: 'reading', progress: undefined, findings: s.findings, switching: [app.package, group]};
      return {ui: {...ui, screen: reading}, effects: [{type: 'phoneRevoke', app, group}]};
    }
    case 'confirm': {
      if (command === 'back') return none({...ui, screen: findingsScreen(s.findings)});
      if (command !== 'select') return none(ui);
      const next = engine(content, ui, {type: 'PREFILL', answers: s.answers}, true);
      // The answers are options of these questions; should one not be offered, nothing is filled in.
      if (next.app === ui.app) return leave(ctx, ui);
      return {ui: {...next, once: {message: message(content, lang, 'tui.phone.filled', 'status.success')}}, effects: [PERSIST, CLOSE]};
    }
  }
}

/** What the phone said, while it is being read; anything arriving after the person left is dropped. */
export function phoneEvent(ctx: UiContext, ui: UiState, event: UiEvent): Update {
  const {content} = ctx;
  const lang = ui.app.lang;
  const s = ui.screen;
  if (s.kind !== 'phone' || s.step !== 'reading') return none(ui);
  switch (event.event) {
    case 'phoneProgress':
      return none({...ui, screen: {...s, progress: {step: event.step, of: event.of}}});
    case 'phoneScanned':
      return s.switching ? none(ui) : none({...ui, screen: findingsScreen(findingsOf(event.scan))});
    case 'phoneFailed':
      return leave(ctx, ui, phoneFailureMessage(content, lang, event.failure));
    case 'phoneRevoked': {
      const before = s.findings;
      if (!before || s.switching?.[0] !== event.app || s.switching[1] !== event.group) return none(ui);
      const {scan} = event;
      const app = scan.apps.find((a) => a.package === event.app);
      const stillOn = app?.permissions.some((p) => p.id === event.group && p.granted) === true;
      const refused = event.refused.length > 0;
      const switchedOff = !stillOn && !refused ? [...before.switchedOff, [event.app, event.group] as const] : before.switchedOff;
      const reread = keepVanished(before.scan, scan);
      const cursor = Math.max(0, reread.apps.findIndex((a) => a.package === event.app));
      const present = new Set(reread.apps.map((a) => a.package));
      const findings = {scan: reread, marked: before.marked.filter((p) => present.has(p)), cursor, switchedOff};
      const shown = before.scan.apps.find((a) => a.package === event.app) ?? app;
      const vars = {app: shown ? appLabel(shown, lang) : event.app, permission: t(content, PERMISSION_LABEL[event.group], lang)};
      const phone = phoneAnswer(scan.device);
      const said = revokeMessage(content, lang, vars, {refused, stillOn, xiaomi: phone === 'xiaomi'});
      // Refused: the way on is this phone's own Settings path for the same switch.
      const paths = refused ? settingsPath(content, phone, lang) : [];
      const text = paths.reduce((first, second) => t(content, 'tui.phone.twoSentences', lang, {first, second}), said.text);
      const note = {...said, text};
      return none({...ui, once: {message: note}, screen: findingsScreen(findings)});
    }
  }
}

/** The phone check's steps are one kind of screen: entered in phone.ts, laid out there, its keys here. */
export const phoneScreen: ScreenModule<'phone'> = {
  enter: enterPhone,
  keys: (_ctx, _ui, s) => `phone:${s.step}`,
  frame(ctx, ui, s, size) {
    const body = phoneBody(ctx, ui.app, s, frameWidth(size));
    return framed(ctx, ui, `phone:${s.step}`, size, body, (height) => phoneWindow(body, s, height));
  },
  update: (ctx, ui, s, _frame, matched, was) => updatePhone(ctx, ui, s, matched, was.confirm),
};
