// The answers the phone check fills in, from readings of recorded phones (the stand-in adb replaying them,
// read by PhoneSession as the questionnaire reads them), through the findings and the confirmation.
import {copyFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Scan} from '../../source/phone/scan.js';
import type {Size} from '../../source/ui/context.js';
import type {UiState} from '../../source/ui/state.js';
import {app, FIXTURES, realSet, scanOf, syntheticSet} from '../support/phone.js';
import {context, onQuestionState, press, screenText, text} from './support.js';

const ctx = context({phoneCheck: true});
const SIZE: Size = {columns: 80, rows: 40};

function withGetprop(set: string, recording: string): string {
  copyFileSync(path.join(FIXTURES, 'android-system-property-collect', recording), path.join(set, 'getprop.txt'));
  return set;
}

function onFindings(scan: Scan): UiState {
  const started = press(ctx, onQuestionState(ctx, 'phone', {lenders: ['none']}), SIZE, {command: 'phone'});
  return press(ctx, started.ui, SIZE, {event: 'phoneScanned', scan}).ui;
}

const confirmed = (ui: UiState) => press(ctx, ui, SIZE, {command: 'select'});

describe('questions 6-8 from recorded phones', () => {
  test('MVT Samsung Android 10 (real): no user app and no brand reported, so both are "not sure"', async () => {
    const ui = onFindings(await scanOf(realSet('mvt-samsung-android10')));
    expect(screenText(press(ctx, ui, SIZE, {command: 'down'}).frame)).toContain('No app you installed holds contacts');
    const confirm = confirmed(ui);
    expect(confirm.ui.screen).toMatchObject({step: 'confirm', answers: {phone: 'unsure', app_permissions: ['unsure']}});
    const accepted = confirmed(confirm.ui);
    expect(accepted.ui.app.answers).toEqual({lenders: ['none'], phone: 'unsure', app_permissions: ['unsure']});
    expect(accepted.frame.lines.map(text).some((l) => /\[x\] Not sure/.test(l))).toBe(true);
  });

  test('Huawei JKM-AL00 getprop (real), a listed loan app: contacts off now but used, location on: some_off', async () => {
    const loan = app('com.fenqile.fenqile', {READ_CONTACTS: false, ACCESS_FINE_LOCATION: true}, {READ_CONTACTS: '-2d4h'});
    const set = withGetprop(syntheticSet([loan]), 'getprop-huawei-harmonyos2-jkm-al00.txt');
    const ui = onFindings(await scanOf(set));
    const shown = screenText(press(ctx, ui, SIZE, {command: 'up'}).frame);
    expect(shown).toContain('Phone: HUAWEI JKM-AL00, Android 9');
    expect(shown).toContain('> [x] Fenqile (分期乐) (com.fenqile.fenqile)');
    expect(shown).toMatch(/Contacts: off, last used \d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(confirmed(ui).ui.screen).toMatchObject({
      answers: {phone: 'huawei', app_permissions: ['contacts', 'location'], permissions_now: 'some_off'},
    });
  });

  test('Redmi Note 8 Pro getprop (real): the listed app holds nothing; a sideloaded loan app is marked by hand', async () => {
    const listed = app('com.jd.jrapp', {READ_CONTACTS: false});
    const sideloaded = app('com.example.quickcash', {READ_CONTACTS: true, READ_CALL_LOG: true});
    const set = withGetprop(syntheticSet([sideloaded, listed]), 'getprop-redmi-miui12.5-note-8-pro.txt');
    const ui = onFindings(await scanOf(set));
    const rows = press(ctx, ui, SIZE, {command: 'up'}).frame.lines.map(text);
    expect(rows.indexOf('> [x] JD Finance (京东金融) (com.jd.jrapp)')).toBeLessThan(rows.indexOf('  [ ] com.example.quickcash'));
    expect(confirmed(ui).ui.screen).toMatchObject({answers: {phone: 'xiaomi', app_permissions: ['unsure']}});
    const marked = press(ctx, press(ctx, ui, SIZE, {command: 'down'}).ui, SIZE, {command: 'toggle'}).ui;
    expect(confirmed(marked).ui.screen).toMatchObject({
      answers: {phone: 'xiaomi', app_permissions: ['contacts', 'call_log'], permissions_now: 'still_on'},
    });
  });
});
