// Questions 6-8 from a scan: the brand mapping, and what the loan apps' grants and uses say.
import {describe, expect, it} from 'vitest';
import {computeAnswers, phoneAnswer} from '../../source/phone/answers.js';
import {type DeviceInfo, deviceInfo, parseGetprop} from '../../source/phone/parse.js';
import type {AppFinding} from '../../source/phone/scan.js';
import {fixture} from '../support/phone.js';

const device = (brand: string | null, manufacturer: string | null): DeviceInfo => ({brand, manufacturer, model: null, android: '13'});

describe('phone (question 6) from brand and manufacturer', () => {
  it.each([
    ['HUAWEI', 'HUAWEI', 'huawei'],
    ['HONOR', 'HUAWEI', 'huawei'], // an Honor phone made while Honor was part of Huawei
    ['HONOR', 'HONOR', 'other_android'], // Honor's own MagicOS phones are Android, not HarmonyOS
    ['Xiaomi', 'Xiaomi', 'xiaomi'],
    ['Redmi', 'Xiaomi', 'xiaomi'],
    ['POCO', 'Xiaomi', 'xiaomi'],
    ['samsung', 'samsung', 'other_android'],
    ['google', 'Google', 'other_android'],
    ['OPPO', 'OPPO', 'other_android'],
    [null, null, 'unsure'],
  ])('%s / %s -> %s', (brand, maker, expected) => {
    expect(phoneAnswer(device(brand, maker))).toBe(expected);
  });
});

const app = (pkg: string, permissions: AppFinding['permissions']): AppFinding => ({package: pkg, loanApp: true, grantedAndroid: {}, permissions});

describe('app_permissions and permissions_now (questions 7-8) from the loan apps', () => {
  const xiaomi = device('Xiaomi', 'Xiaomi');

  it('everything granted now is still_on', () => {
    const a = app('com.jd.jrapp', [
      {id: 'contacts', granted: true},
      {id: 'sms', granted: true},
    ]);
    expect(computeAnswers(xiaomi, [a])).toEqual({phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'still_on'});
  });

  it('a group off now but with a recorded use was granted once: some_off, and all_off when nothing is on', () => {
    const some = app('com.jd.jrapp', [
      {id: 'contacts', granted: false, lastUsed: '2026-11-01T00:00:00.000Z'},
      {id: 'location', granted: true},
    ]);
    expect(computeAnswers(xiaomi, [some])).toMatchObject({app_permissions: ['contacts', 'location'], permissions_now: 'some_off'});
    const none = app('com.jd.jrapp', [{id: 'contacts', granted: false, lastUsed: '2026-11-01T00:00:00.000Z'}]);
    expect(computeAnswers(xiaomi, [none])).toMatchObject({app_permissions: ['contacts'], permissions_now: 'all_off'});
  });

  it('switched off in this session counts as granted before', () => {
    const a = app('com.jd.jrapp', [{id: 'sms', granted: false}]);
    expect(computeAnswers(xiaomi, [a], new Map([['com.jd.jrapp', new Set(['sms' as const])]]))).toMatchObject({
      app_permissions: ['sms'],
      permissions_now: 'all_off',
    });
  });

  it('no loan app, or nothing granted or used: unsure, and no permissions_now (question 8 would be hidden)', () => {
    expect(computeAnswers(xiaomi, [])).toEqual({phone: 'xiaomi', app_permissions: ['unsure']});
    expect(computeAnswers(xiaomi, [app('com.jd.jrapp', [{id: 'contacts', granted: false}])])).toEqual({phone: 'xiaomi', app_permissions: ['unsure']});
  });
});

describe('unknown is not off (granted: null, the phone did not say)', () => {
  const xiaomi = device('Xiaomi', 'Xiaomi');
  const used = '2026-12-05T08:00:00.000Z';

  it('unknown and used: counted as given, and permissions_now unsure, never all_off', () => {
    const a = app('com.jd.jrapp', [{id: 'contacts', granted: null, lastUsed: used}]);
    expect(computeAnswers(xiaomi, [a])).toEqual({phone: 'xiaomi', app_permissions: ['contacts'], permissions_now: 'unsure'});
  });

  it('off with a use, beside an unknown group: unsure, not all_off', () => {
    const a = app('com.jd.jrapp', [
      {id: 'contacts', granted: false, lastUsed: used},
      {id: 'sms', granted: null},
    ]);
    expect(computeAnswers(xiaomi, [a])).toMatchObject({app_permissions: ['contacts'], permissions_now: 'unsure'});
  });

  it('one known on and one known off: some_off whatever the unknown one is', () => {
    const a = app('com.jd.jrapp', [
      {id: 'contacts', granted: true},
      {id: 'sms', granted: false, lastUsed: used},
      {id: 'location', granted: null},
    ]);
    expect(computeAnswers(xiaomi, [a])).toMatchObject({permissions_now: 'some_off'});
  });

  it('all on but one unknown: unsure (it may be still_on or some_off)', () => {
    const a = app('com.jd.jrapp', [
      {id: 'contacts', granted: true},
      {id: 'location', granted: null},
    ]);
    expect(computeAnswers(xiaomi, [a])).toMatchObject({app_permissions: ['contacts'], permissions_now: 'unsure'});
  });

  it('everything unknown and unused: app_permissions unsure', () => {
    const a = app('com.jd.jrapp', [{id: 'contacts', granted: null}]);
    expect(computeAnswers(xiaomi, [a])).toEqual({phone: 'xiaomi', app_permissions: ['unsure']});
  });
});

describe('phone from real getprop recordings', () => {
  it.each([
    ['getprop-huawei-harmonyos2-jkm-al00.txt', 'huawei'],
    ['getprop-xiaomi-hyperos3-17-pro-max.txt', 'xiaomi'],
    ['getprop-redmi-miui12.5-note-8-pro.txt', 'xiaomi'],
  ])('%s -> %s', (file, expected) => {
    expect(phoneAnswer(deviceInfo(parseGetprop(fixture('android-system-property-collect', file))))).toBe(expected);
  });
});
