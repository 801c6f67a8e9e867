// Switching a permission off from the findings (pure pieces): nothing is asked of the phone before a second
// Enter on a message naming the app and the permission; what was switched off counts as granted before.
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {settingsPath} from '../../source/phone/report.js';
import type {Size} from '../../source/ui/context.js';
import type {UiState} from '../../source/ui/state.js';
import {context, onQuestionState, press, screenText, text} from './support.js';
import {SCAN, without} from './phone-support.js';

const ctx = context({phoneCheck: true});
const SIZE: Size = {columns: 80, rows: 30};
const flat = (s: string) => s.replace(/\s+/g, '');
const LOAN = SCAN.apps[0]!;
const GALLERY = SCAN.apps[1]!;

function onFindings(scan = SCAN): UiState {
  const started = press(ctx, onQuestionState(ctx, 'phone', {lenders: ['none']}), SIZE, {command: 'phone'});
  return press(ctx, started.ui, SIZE, {event: 'phoneScanned', scan}).ui;
}

/** x on the highlighted app, down to its `index`th granted group, Enter twice: the state and the effects. */
function switchOff(ui: UiState, index: number) {
  let next = press(ctx, ui, SIZE, {command: 'revoke'}).ui;
  for (let i = 0; i < index; i++) next = press(ctx, next, SIZE, {command: 'down'}).ui;
  const asked = press(ctx, next, SIZE, {command: 'select'});
  return {asked, done: press(ctx, asked.ui, SIZE, {command: 'select'})};
}

describe('switching a permission off', () => {
  test('x lists only what the app holds now; the first Enter only asks, naming the app and the permission', () => {
    const listed = press(ctx, onFindings(), SIZE, {command: 'revoke'});
    const rows = listed.frame.lines.map(text);
    expect(rows).toContain('> Contacts');
    expect(rows).toContain('  SMS');
    expect(rows.some((l) => l.includes('Location'))).toBe(false);
    const {asked} = switchOff(onFindings(), 1);
    expect(asked.effects).toEqual([]);
    expect(asked.ui.once.confirm).toBe('revoke');
    expect(flat(screenText(asked.frame))).toContain(flat('Press Enter again to switch off SMS for JD Finance (京东金融) (com.jd.jrapp).'));
  });

  test('any other key cancels the question and sends nothing; backspace goes back to the findings', () => {
    const {asked} = switchOff(onFindings(), 0);
    const cancelled = press(ctx, asked.ui, SIZE, {command: 'down'});
    expect(cancelled.effects).toEqual([]);
    expect(cancelled.ui.once.confirm).toBeUndefined();
    expect(cancelled.ui.once.message).toBeUndefined();
    // Enter now asks again rather than switching off.
    expect(press(ctx, cancelled.ui, SIZE, {command: 'select'}).effects).toEqual([]);
    const back = press(ctx, cancelled.ui, SIZE, {command: 'back'});
    expect(back.ui.screen).toMatchObject({step: 'findings'});
  });

  test('an Enter of the same read as the one that asked is dropped: the question stays; an Enter of a later read answers it', () => {
    let next = press(ctx, onFindings(), SIZE, {command: 'revoke', read: 1}).ui;
    const asked = press(ctx, next, SIZE, {command: 'select', read: 2});
    expect(asked.ui.once).toMatchObject({confirm: 'revoke', askedIn: 2});
    // x, Enter, Enter (and anything after them) in one read: nothing sent, nothing cancelled.
    for (const command of ['select', 'down', 'back'] as const) {
      const typedAhead = press(ctx, asked.ui, SIZE, {command, read: 2});
      expect(typedAhead.effects).toEqual([]);
      expect(typedAhead.ui).toBe(asked.ui);
    }
    // Leaving still leaves.
    expect(press(ctx, asked.ui, SIZE, {command: 'interrupt', read: 2}).effects.at(-1)).toEqual({type: 'exit', code: 130});
    next = press(ctx, asked.ui, SIZE, {command: 'select', read: 3}).ui;
    expect(press(ctx, asked.ui, SIZE, {command: 'select', read: 3}).effects).toEqual([{type: 'phoneRevoke', app: LOAN, group: 'contacts'}]);
    expect(next.once.confirm).toBeUndefined();
  });

  test('the second Enter switches off that group of that app, then the fresh reading shows it off and counts it', () => {
    const {done} = switchOff(onFindings(), 1);
    expect(done.effects).toEqual([{type: 'phoneRevoke', app: LOAN, group: 'sms'}]);
    expect(flat(screenText(done.frame))).toContain(flat('Switching off SMS, then reading the phone again: JD Finance (京东金融) (com.jd.jrapp)'));
    const back = press(ctx, done.ui, SIZE, {event: 'phoneRevoked', app: LOAN.package, group: 'sms', refused: [], scan: without(SCAN, LOAN.package, 'sms')});
    expect(back.ui.screen).toMatchObject({step: 'findings', findings: {marked: [LOAN.package], switchedOff: [[LOAN.package, 'sms']]}});
    expect(back.ui.once.message?.text).toBe('JD Finance (京东金融) (com.jd.jrapp): SMS is switched off.');
    expect(back.frame.lines.map(text)).toContain('      SMS: off, no use recorded');
    expect(press(ctx, back.ui, SIZE, {command: 'select'}).ui.screen).toMatchObject({
      answers: {phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'some_off'},
    });
  });

  test("a refusal is named, with the Xiaomi switch on a Xiaomi phone, then that phone's own Settings path; nothing counts as switched off", () => {
    const {done} = switchOff(onFindings(), 0);
    const back = press(ctx, done.ui, SIZE, {event: 'phoneRevoked', app: LOAN.package, group: 'contacts', refused: ['android.permission.READ_CONTACTS'], scan: SCAN});
    const vars = {app: 'JD Finance (京东金融) (com.jd.jrapp)', permission: 'Contacts'};
    const [xiaomiPath, anyAndroid] = settingsPath(content, 'xiaomi', 'en');
    expect(xiaomiPath).toMatch(/^Xiaomi \(MIUI \/ HyperOS\).*Settings > /);
    expect(anyAndroid).toMatch(/^If you cannot find it, this works on any Android phone: long-press the app icon/);
    expect(back.ui.once.message?.text).toBe(`${t(content, 'tui.phone.revokeRefused', 'en', vars)} ${t(content, 'tui.phone.revokeRefusedXiaomi', 'en')} ${xiaomiPath} ${anyAndroid}`);
    expect(back.ui.screen).toMatchObject({findings: {switchedOff: []}});
    const samsung = {...SCAN, device: {...SCAN.device, brand: 'samsung', manufacturer: 'samsung'}};
    const other = switchOff(onFindings(samsung), 0).done;
    const refused = press(ctx, other.ui, SIZE, {event: 'phoneRevoked', app: LOAN.package, group: 'contacts', refused: ['x'], scan: samsung});
    const [androidPath] = settingsPath(content, 'other_android', 'en');
    expect(androidPath).toMatch(/^Android: Settings > Apps/);
    expect(refused.ui.once.message?.text).toBe(`${t(content, 'tui.phone.revokeRefused', 'en', vars)} ${androidPath} ${anyAndroid}`);
  });

  test('an app switched off entirely stays on the list, off, with its mark: it counts as it was', () => {
    let ui = press(ctx, onFindings(), SIZE, {command: 'down'}).ui;
    ui = press(ctx, ui, SIZE, {command: 'toggle'}).ui;
    const {done} = switchOff(ui, 0);
    expect(done.effects).toEqual([{type: 'phoneRevoke', app: GALLERY, group: 'photos'}]);
    // The phone lists an unlisted app only while it holds one of the five: the gallery is gone from it.
    const reread = {...SCAN, apps: [LOAN]};
    const back = press(ctx, done.ui, SIZE, {event: 'phoneRevoked', app: GALLERY.package, group: 'photos', refused: [], scan: reread});
    const rows = back.frame.lines.map(text);
    expect(rows).toContain('> [x] org.example.gallery');
    expect(rows).toContain('      Photos: off, no use recorded');
    expect(press(ctx, back.ui, SIZE, {command: 'select'}).ui.screen).toMatchObject({
      answers: {app_permissions: ['contacts', 'sms', 'photos'], permissions_now: 'some_off'},
    });
  });

  test('an app holding nothing now has nothing to switch off: a message, and the findings stay', () => {
    const none = {...SCAN, apps: [{...LOAN, grantedAndroid: {}, permissions: LOAN.permissions.map((p) => ({...p, granted: false}))}]};
    const pressed = press(ctx, onFindings(none), SIZE, {command: 'revoke'});
    expect(pressed.ui.screen).toMatchObject({step: 'findings'});
    expect(pressed.effects).toEqual([]);
    expect(pressed.ui.once.message?.text).toContain('nothing to switch off');
  });
});
