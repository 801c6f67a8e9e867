// Text from the phone is data (docs/cli.md, the phone check): whatever a phone or adb prints in any field —
// getprop values, serials, adb's errors, package and permission lines, app-op lines — the text report, the
// JSON (also once parsed) and the failure lines carry no control character, bidi override or lone surrogate.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import {t} from '../../source/i18n/index.js';
import {deviceInfo, parseDevices, parseDumpsysAppops, parseDumpsysPackage, parseGetprop, parsePackageList} from '../../source/phone/parse.js';
import {failureVars, phoneJson, phoneText} from '../../source/phone/report.js';
import type {AppFinding, PhoneFailure, Scan} from '../../source/phone/scan.js';
import {UNSAFE_CHARACTER} from '../../source/text/untrusted.js';

/** Strings a hostile phone would send: escape sequences, OSC 52, bidi overrides, C1, surrogates, and plain text. */
const hostile = fc.oneof(
  fc.string({unit: 'binary', maxLength: 80}),
  fc.constantFrom('\u001B]52;c;ZWNobw==\u0007', '\u001B]0;title\u0007', '\u001B[31m', '\u202E', '\u009B2J', '\r', '\uD800', '\u2028'),
  fc.array(fc.constantFrom('\u001B', ']', '52', ';', 'c', '\u0007', 'Redmi', '小米', '\u202E', '\u0000'), {maxLength: 20}).map((a) => a.join('')),
);
const LANGS: readonly Lang[] = ['zh-Hans', 'zh-Hant', 'en'];

/** Every line, less its own line end, is clean; and so is every string in the JSON once parsed. */
function clean(text: string): boolean {
  return !UNSAFE_CHARACTER.test(text.replace(/\n/g, '')) && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('hostile text in every field adb returns', () => {
  it('getprop, pm list, dumpsys package and appops: the report and the JSON are clean, in every language', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, fc.constantFrom(...LANGS), (brand, model, pkg, line, lang) => {
        const props = parseGetprop(`[ro.product.brand]: [${brand}]\n[ro.product.model]: [${model}]\n[ro.build.version.release]: [${line}]\n`);
        const names = parsePackageList(`package:com.jd.jrapp\npackage:${pkg}\n`);
        const packages = parseDumpsysPackage(
          ['Packages:', `  Package [${pkg}] (1):`, '  Package [com.jd.jrapp] (2):', '    User 0: installed=true', '      runtime permissions:', `        ${line}`, '        android.permission.READ_CONTACTS: granted=true', ''].join('\n'),
        );
        const ops = parseDumpsysAppops(['  Uid u0a1:', `    Package ${pkg}:`, `      READ_CONTACTS (${line}):`, `          Access: [fg-s] 2026-12-05 08:37:30.315 (-${line}d)`].join('\n'));
        // What scan.ts would build from them: the names are checked package names; the device is escaped.
        const apps: AppFinding[] = names.map((name) => ({
          package: name,
          loanApp: name === 'com.jd.jrapp',
          grantedAndroid: {},
          permissions: [{id: 'contacts', granted: packages.get(name)?.permissions.get('android.permission.READ_CONTACTS') ?? null}],
        }));
        expect([...ops.keys()].every((name) => /^[\w.]+$/.test(name))).toBe(true);
        const scan: Scan = {device: deviceInfo(props), apps, usageKnown: true, unread: 0};
        const text = phoneText(content, scan, lang);
        const json = JSON.stringify(phoneJson(scan, lang));
        return clean(text) && clean(json) && strings(JSON.parse(json)).every(clean);
      }),
      {numRuns: 300},
    );
  });

  it("serials, adb's own errors and --serial: each failure line is clean, one line, and short", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom(...LANGS), (a, b, lang) => {
        const devices = parseDevices(`List of devices attached\nX${a.replace(/\s/g, '')}1\tdevice\nY${b.replace(/\s/g, '')}2\tdevice\n`);
        const failures: PhoneFailure[] = [
          {kind: 'several', serials: devices.map((d) => d.serial)},
          {kind: 'unknownSerial', serial: a},
          {kind: 'adbFailed', detail: `${a}${b}`.repeat(20)},
        ];
        const key = {several: 'phone.error.several', unknownSerial: 'phone.error.unknownSerial', adbFailed: 'phone.error.adbFailed'} as const;
        return failures.every((f) => {
          const line = t(content, key[f.kind as keyof typeof key], lang, failureVars(f));
          return clean(line) && !line.includes('\n') && line.length < 1200;
        });
      }),
      {numRuns: 300},
    );
  });
});
