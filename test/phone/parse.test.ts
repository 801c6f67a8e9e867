// The parsers against real recordings (test/fixtures/adb/*/PROVENANCE.md): what each recording says about
// apps, grants and last-used times, checked line by line against the recording itself.
import {describe, expect, it} from 'vitest';
import {
  deviceInfo,
  parseDevices,
  parseDumpsysAppops,
  parseDumpsysPackage,
  parseDuration,
  parseGetprop,
  parsePackageList,
} from '../../source/phone/parse.js';
import {isPackageName, isRevocablePermission} from '../../source/phone/permissions.js';
import {UNSAFE_CHARACTER} from '../../source/text/untrusted.js';
import {fixture} from '../support/phone.js';

describe('dumpsys package', () => {
  it('MVT Samsung Android 10: two system packages; DataCreate lists the sensitive runtime permissions, none granted', () => {
    const apps = parseDumpsysPackage(fixture('mvt-samsung-android10', 'dumpsys-package.txt'));
    expect([...apps.keys()]).toEqual(['com.samsung.android.provider.filterprovider', 'com.sec.android.app.DataCreate']);
    expect(apps.get('com.samsung.android.provider.filterprovider')).toEqual({system: true, permissions: new Map(), complete: true});
    const data = apps.get('com.sec.android.app.DataCreate')!;
    expect(data.system).toBe(true);
    // The recording's runtime permissions of user 0: READ_SMS, READ_CALL_LOG, READ_EXTERNAL_STORAGE and
    // READ_CONTACTS are among the five; all granted=false. (WRITE_SMS under install permissions is not one.)
    expect(Object.fromEntries(data.permissions)).toEqual({
      'android.permission.READ_SMS': false,
      'android.permission.READ_CALL_LOG': false,
      'android.permission.READ_EXTERNAL_STORAGE': false,
      'android.permission.READ_CONTACTS': false,
    });
  });

  it('Rockchip Android 7: granted=true with the old space-separated flags', () => {
    const apps = parseDumpsysPackage(fixture('rockchip-android7-excerpt', 'dumpsys-package-excerpt.txt'));
    const vending = apps.get('com.android.vending')!;
    expect(vending.system).toBe(true);
    expect(Object.fromEntries(vending.permissions)).toEqual({
      'android.permission.READ_SMS': true,
      'android.permission.RECEIVE_SMS': true,
      'android.permission.READ_EXTERNAL_STORAGE': true,
    });
  });

  it('reads user 0 only: a second user or a dual-app space does not change what the owner granted', () => {
    const text = [
      'Packages:',
      '  Package [com.example.app] (1):',
      '    flags=[ HAS_CODE ]',
      '    User 0: ceDataInode=1 installed=true',
      '      runtime permissions:',
      '        android.permission.READ_CONTACTS: granted=false, flags=[ USER_SET]',
      '    User 999: ceDataInode=2 installed=true',
      '      runtime permissions:',
      '        android.permission.READ_CONTACTS: granted=true, flags=[ USER_SET]',
      '',
      'Hidden system packages:',
      '  Package [com.example.app] (2):',
    ].join('\n');
    expect(Object.fromEntries(parseDumpsysPackage(text).get('com.example.app')!.permissions)).toEqual({'android.permission.READ_CONTACTS': false});
  });
});

describe('dumpsys appops', () => {
  it('MVT Samsung Android 10: facebook read contacts 22d4h22m19s762ms before the reading; other ops are not ours', () => {
    const accesses = parseDumpsysAppops(fixture('mvt-samsung-android10', 'dumpsys-appops.txt'));
    expect(accesses.get('com.facebook.katana')?.accesses).toEqual([{op: 'READ_CONTACTS', group: 'contacts', agoMs: parseDuration('-22d4h22m19s762ms')}]);
    expect(parseDuration('-22d4h22m19s762ms')).toBe(((22 * 24 + 4) * 3600 + 22 * 60 + 19) * 1000 + 762);
    // WAKE_LOCK, READ_PHONE_STATE, RECORD_AUDIO… are in the recording with times, but are none of the five.
    expect([...accesses].filter(([, ops]) => ops.accesses.length > 0).map(([name]) => name)).toEqual(['com.facebook.katana']);
  });

  it("MVT Samsung Android 10: the modes of the ops, the uid's own mode line counted for its package", () => {
    const ops = parseDumpsysAppops(fixture('mvt-samsung-android10', 'dumpsys-appops.txt'));
    // Uid u0a103: `COARSE_LOCATION: mode=ignore`, then Package com.facebook.katana with `READ_CONTACTS (allow):`.
    expect(ops.get('com.facebook.katana')?.modes.get('contacts')).toEqual(['allow']);
    expect(ops.get('com.facebook.katana')?.modes.get('location')).toContain('ignore');
    expect(ops.get('com.samsung.android.provider.filterprovider')?.modes.get('photos')).toEqual(['allow']);
  });

  it('AOSP app-ops doc (Android 11 attribution tags): every tag counted, the latest access wins later', () => {
    const list = parseDumpsysAppops(fixture('aosp-appops-doc-android11', 'dumpsys-appops-excerpt.txt')).get('com.google.android.gms')!.accesses;
    expect(list.map((a) => a.op)).toEqual(Array(6).fill('READ_CONTACTS'));
    expect(Math.min(...list.map((a) => a.agoMs))).toBe(parseDuration('-11h13m45s490ms'));
    expect(parseDuration('-11h13m45s490ms')).toBe((11 * 3600 + 13 * 60 + 45) * 1000 + 490);
  });

  it('the older "time=+… ago" form, and Uid blocks of other users skipped', () => {
    const text = [
      '  Uid u0a45:',
      '    Package com.example.maps:',
      '      COARSE_LOCATION (allow): time=+1h35m39s525ms ago; duration=+20ms',
      '  Uid u10a45:',
      '    Package com.example.maps:',
      '      FINE_LOCATION (allow):',
      '          Access: [fg-s] 2022-03-29 18:37:30.315 (-1s)',
    ].join('\n');
    expect(parseDumpsysAppops(text).get('com.example.maps')?.accesses).toEqual([
      {op: 'COARSE_LOCATION', group: 'location', agoMs: (3600 + 35 * 60 + 39) * 1000 + 525},
    ]);
  });

  it('durations: units in any combination; nonsense is undefined, not zero', () => {
    expect(parseDuration('-24m50s324ms')).toBe((24 * 60 + 50) * 1000 + 324);
    expect(parseDuration('+30s0ms')).toBe(30_000);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('-bad')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });
});

describe('getprop, pm list packages, adb devices', () => {
  it('MVT getprop: 13 properties and none of brand, model or version (the recording is shortened)', () => {
    const props = parseGetprop(fixture('mvt-samsung-android10', 'getprop.txt'));
    expect(props.size).toBe(13);
    expect(props.get('dalvik.vm.heapgrowthlimit')).toBe('192m');
    expect(deviceInfo(props)).toEqual({brand: null, manufacturer: null, model: null, android: null});
  });

  it('pm list packages: names kept, anything that is not a package name dropped', () => {
    expect(parsePackageList('package:com.jd.jrapp\npackage:org.example.a_b\npackage:/data/app/x/base.apk=com.example.c\npackage:bad name;rm\nnoise\n')).toEqual([
      'com.jd.jrapp',
      'org.example.a_b',
      'com.example.c',
    ]);
  });

  it('adb devices -l: serial, state and model', () => {
    const text = 'List of devices attached\nR58M1234\tdevice usb:1-1 product:a model:SM_G973F device:b transport_id:1\nemulator-5554\tunauthorized transport_id:2\n0123\tno permissions (user in plugdev group; are your udev rules wrong?); see [http://developer.android.com/tools/device.html]\n\n';
    expect(parseDevices(text)).toEqual([
      {serial: 'R58M1234', state: 'device', model: 'SM_G973F'},
      {serial: 'emulator-5554', state: 'unauthorized'},
      {serial: '0123', state: 'no permissions'},
    ]);
    expect(parseDevices('* daemon started successfully\nList of devices attached\n\n')).toEqual([]);
  });
});

describe('what may go into a command', () => {
  it('package names: dotted identifiers only', () => {
    for (const ok of ['com.jd.jrapp', 'org.example.a_b2', 'A.b']) expect(isPackageName(ok), ok).toBe(true);
    for (const bad of ['com', 'com.jd.jrapp;reboot', 'com.jd jrapp', '-s.x', 'com..x', '1com.x', 'com.x$(id)', `${'a.'.repeat(200)}a`]) {
      expect(isPackageName(bad), bad).toBe(false);
    }
  });

  it('permissions: only the nine of the five groups', () => {
    expect(isRevocablePermission('android.permission.READ_CONTACTS')).toBe(true);
    expect(isRevocablePermission('android.permission.CAMERA')).toBe(false);
    expect(isRevocablePermission('android.permission.READ_CONTACTS;reboot')).toBe(false);
  });
});

describe('getprop from Huawei and Xiaomi phones (AndroidSystemPropertyCollect excerpts)', () => {
  const read = (file: string) => deviceInfo(parseGetprop(fixture('android-system-property-collect', file)));

  it('Huawei on HarmonyOS 2: the maker from ro.product.brand, not the chip in ro.product.vendor.brand', () => {
    expect(read('getprop-huawei-harmonyos2-jkm-al00.txt')).toEqual({brand: 'HUAWEI', manufacturer: 'HUAWEI', model: 'JKM-AL00', android: '9'});
  });

  it('Xiaomi on HyperOS 3: the market name, not the model code; not the "Android" of ro.product.system.brand', () => {
    expect(read('getprop-xiaomi-hyperos3-17-pro-max.txt')).toEqual({brand: 'Xiaomi', manufacturer: 'Xiaomi', model: 'Xiaomi 17 Pro Max', android: '16'});
  });

  it('Redmi on MIUI 12.5: a value over two lines is skipped, the rest read', () => {
    const props = parseGetprop(fixture('android-system-property-collect', 'getprop-redmi-miui12.5-note-8-pro.txt'));
    expect(props.has('persist.vendor.sys.pq.picmode')).toBe(false);
    expect(read('getprop-redmi-miui12.5-note-8-pro.txt')).toEqual({brand: 'Redmi', manufacturer: 'Xiaomi', model: 'Redmi Note 8 Pro', android: '11'});
  });
});

describe('Xiaomi Pad 6 on HyperOS (Android 14+ layout)', () => {
  it('pm list packages -3: all 55 apps of the recording', () => {
    const apps = parsePackageList(fixture('xiaomi-pad6-hyperos-excerpt', 'pm-list-packages-3.txt'));
    expect(apps).toHaveLength(55);
    expect(apps.slice(0, 2)).toEqual(['com.junkfood.seal', 'com.arlosoft.macrodroid']);
    expect(apps).toContain('com.facebook.katana');
  });

  it('dumpsys appops: FINE_LOCATION has 3 accesses; WIFI_SCAN (an op with a switch) and MIUIOP(…) are not location', () => {
    const accesses = parseDumpsysAppops(fixture('xiaomi-pad6-hyperos-excerpt', 'dumpsys-appops-excerpt.txt'));
    const vpn = accesses.get('com.celzero.bravedns')!.accesses;
    expect(vpn.map((a) => [a.op, a.agoMs])).toEqual([
      ['FINE_LOCATION', parseDuration('-1d23h27m56s639ms')],
      ['FINE_LOCATION', parseDuration('-1m2s422ms')],
      ['FINE_LOCATION', parseDuration('-5d23h11m36s439ms')],
    ]);
    // READ_EXTERNAL_STORAGE (photos), read directly and through a proxy; WRITE_EXTERNAL_STORAGE is not one of the five.
    expect(accesses.get('com.omarea.vtools')?.accesses).toEqual([
      {op: 'READ_EXTERNAL_STORAGE', group: 'photos', agoMs: parseDuration('-1d12h3m40s653ms')},
      {op: 'READ_EXTERNAL_STORAGE', group: 'photos', agoMs: parseDuration('-1d12h3m40s653ms')},
    ]);
  });
});

describe('dumpsys appops: an op header of an unknown shape ends the op before it', () => {
  it('accesses under it are not counted for the previous op', () => {
    const text = ['  Uid u0a1:', '    Package com.example.a:', '      READ_CONTACTS (allow):', '          Access: [top-s] 2026-01-01 00:00:00.000 (-1h)', '      Some_new op (allow, x):', '          Access: [top-s] 2026-01-01 00:00:00.000 (-1s)'].join('\n');
    expect(parseDumpsysAppops(text).get('com.example.a')?.accesses).toEqual([{op: 'READ_CONTACTS', group: 'contacts', agoMs: 3_600_000}]);
  });
});

describe('dumpsys package on a recent Android (targetSdk 36), one user app', () => {
  it('a user app (no SYSTEM flag) with an empty runtime list; INTERNET under install permissions is none of ours', () => {
    const apps = parseDumpsysPackage(fixture('android16-user-app-excerpt', 'dumpsys-package-excerpt.txt'));
    expect([...apps.entries()]).toEqual([['com.example.ytdash_rn', {system: false, permissions: new Map(), complete: true, requested: new Set()}]]);
  });
});

describe('version 3: what the output does not say stays unknown (stand-ins, test/fixtures/adb/*/PROVENANCE.md)', () => {
  it('a block cut off inside its runtime list: requested permissions without a line are unknown (null), the block not complete', () => {
    const apps = parseDumpsysPackage(fixture('stand-in-cut-off-block', 'dumpsys-package.txt'));
    expect(apps.get('org.example.gallery')).toMatchObject({complete: true});
    const loan = apps.get('com.jd.jrapp')!;
    expect(loan.complete).toBe(false);
    expect(Object.fromEntries(loan.permissions)).toEqual({
      'android.permission.READ_SMS': false,
      'android.permission.READ_CONTACTS': null,
      'android.permission.RECEIVE_SMS': null,
      'android.permission.ACCESS_FINE_LOCATION': null,
    });
  });

  it('a block whose "User 0:" part never came is not complete, even when followed by another block', () => {
    const text = ['Packages:', '  Package [com.jd.jrapp] (1):', '    flags=[ HAS_CODE ]', '  Package [org.example.b] (2):', '    User 0: installed=true', ''].join('\n');
    const apps = parseDumpsysPackage(text);
    expect(apps.get('com.jd.jrapp')?.complete).toBe(false);
    expect(apps.get('org.example.b')?.complete).toBe(true);
  });

  it('a line of ours in a shape not seen before is unknown, not "not granted"; a grant elsewhere in the group still counts', () => {
    const text = [
      'Packages:',
      '  Package [com.jd.jrapp] (1):',
      '    User 0: installed=true',
      '      runtime permissions:',
      '        android.permission.READ_CONTACTS: granted=maybe, flags=[ USER_SET]',
      '        android.permission.READ_SMS: granted=true, flags=[ USER_SET]',
      '        android.permission.RECEIVE_SMS: state=odd',
      '',
      'Queries:',
    ].join('\n');
    expect(Object.fromEntries(parseDumpsysPackage(text).get('com.jd.jrapp')!.permissions)).toEqual({
      'android.permission.READ_CONTACTS': null,
      'android.permission.READ_SMS': true,
      'android.permission.RECEIVE_SMS': null,
    });
  });

  it('no "Packages:" section at all (a format not recognised): no app is described', () => {
    expect(parseDumpsysPackage('Error: something else entirely\n').size).toBe(0);
  });

  it('absurd durations are not times: too many digits, beyond any phone, or past the largest exact integer', () => {
    expect(parseDuration('-99999999999999999999999999999999d')).toBeUndefined();
    expect(parseDuration('-999999d')).toBeUndefined();
    expect(parseDuration('+9007199254740993ms')).toBeUndefined();
    expect(parseDuration('-1d')).toBe(86_400_000);
    const ops = parseDumpsysAppops(fixture('stand-in-absurd-times', 'dumpsys-appops.txt')).get('com.jd.jrapp')!;
    expect(ops.accesses).toEqual([{op: 'READ_MEDIA_IMAGES', group: 'photos', agoMs: 86_400_000}]);
  });

  it('getprop values the phone chose reach nobody with a control character in them', () => {
    const device = deviceInfo(parseGetprop(fixture('stand-in-hostile', 'getprop.txt')));
    for (const value of Object.values(device)) expect(value ?? '').not.toMatch(UNSAFE_CHARACTER);
    expect(device.brand).toBe('Redmi\\u001b]52;c;ZWNobyBoYWNrZWQ=\\u0007');
    expect(device.model).toBe('Note\\u001b[31;5m12\\u202egnp.exe\\u009b2J');
    expect(deviceInfo(new Map([['ro.product.brand', 'x'.repeat(5000)]])).brand).toHaveLength(61);
  });
});
