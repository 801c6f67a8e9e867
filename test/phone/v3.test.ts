// Version 3 of the phone check (docs/cli.md, the phone check), through the built CLI with the stand-in adb:
// unknown is not off, text from the phone is data, absurd times are dropped, every exit stops what it started
// (process groups, adb's server on SIGINT, SIGTERM and SIGHUP), words not ids, where to get adb.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {UNSAFE_CHARACTER} from '../../source/text/untrusted.js';
import {app, FIXTURES, fakePhone, syntheticSet} from '../support/phone.js';
import {requireBuiltCli, until} from '../support/pty.js';

let cli: string;
beforeAll(() => {
  cli = requireBuiltCli();
});

function runCli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: {HOME: mkdtempSync(path.join(tmpdir(), 'dpc-home-')), LANG: 'en_US.UTF-8', ...env},
    encoding: 'utf8',
    input: '',
    timeout: 60_000,
  });
  return {code: r.status, out: r.stdout, err: r.stderr};
}

const set = (name: string) => path.join(FIXTURES, name);
type Json = {apps: {package: string; permissions: {id: string; granted: boolean | null; lastUsed?: string}[]}[]; answers: Record<string, unknown>};
const perms = (json: Json, pkg: string) => Object.fromEntries(json.apps.find((a) => a.package === pkg)!.permissions.map((p) => [p.id, p.granted]));

/** Running, and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const status = `/proc/${pid}/status`;
  return !existsSync(status) || !/^State:\s+Z/m.test(readFileSync(status, 'utf8'));
}

describe('unknown is not off', () => {
  it('the loan app missing from dumpsys package: contacts "probably on" (allowed, used two days ago), never off; permissions_now unsure', () => {
    const json = JSON.parse(runCli(['--phone', '--format', 'json'], fakePhone(set('stand-in-missing-block')).env).out) as Json;
    expect(perms(json, 'com.jd.jrapp')).toEqual({contacts: null, call_log: null, sms: null, photos: null, location: null});
    expect(json.apps[0]!.permissions[0]!.lastUsed).toBeDefined();
    expect(json.answers).toEqual({phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'unsure'});
    const text = runCli(['--phone', '--lang', 'en'], fakePhone(set('stand-in-missing-block')).env).out;
    expect(text).toMatch(/Contacts: probably on \(the phone did not say, but it was used recently\), last used \d{4}-/);
    // SMS was used 40 days ago with its op set to ignore: not "probably on", and still not "off".
    expect(text).toMatch(/SMS: could not tell \(the phone did not say\), last used/);
    expect(text).not.toMatch(/Contacts: off|All are turned off/);
    expect(text).toContain(t(content, 'phone.unread', 'en', {count: 1}));
  });

  it('the loan app block cut off mid-line: what was requested and not yet listed is unknown; what it never requested is not listed', () => {
    const r = runCli(['--phone', '--format', 'json'], fakePhone(set('stand-in-cut-off-block')).env);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Json;
    expect(perms(json, 'com.jd.jrapp')).toEqual({contacts: null, sms: null, location: null});
    expect(perms(json, 'org.example.gallery')).toEqual({photos: true});
    expect(json.answers).toEqual({phone: 'xiaomi', app_permissions: ['contacts'], permissions_now: 'unsure'});
  });

  it('a dumpsys package in no shape this knows: every listed loan app unknown, the answers unsure', () => {
    const dir = syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true})]);
    writeFileSync(path.join(dir, 'dumpsys-package.txt'), 'PackageManager dump in a new format\n');
    const json = JSON.parse(runCli(['--phone', '--format', 'json'], fakePhone(dir).env).out) as Json;
    expect(Object.values(perms(json, 'com.jd.jrapp'))).toEqual([null, null, null, null, null]);
    expect(json.answers).toEqual({phone: 'xiaomi', app_permissions: ['unsure']});
  });
});

describe('absurd times from the phone', () => {
  it('dropped, not an internal error: only the sane last-used time is kept', () => {
    const r = runCli(['--phone', '--format', 'json'], fakePhone(set('stand-in-absurd-times')).env);
    expect([r.code, r.err]).toEqual([0, '']);
    const json = JSON.parse(r.out) as Json;
    const used = json.apps[0]!.permissions.filter((p) => p.lastUsed).map((p) => p.id);
    expect(used).toEqual(['photos']);
    expect(runCli(['--phone'], fakePhone(set('stand-in-absurd-times')).env).code).toBe(0);
  });

  it('a failed or hung dumpsys appops loses only the last-used times', () => {
    const dir = syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true}, {READ_CONTACTS: '-5m'})]);
    for (const mode of ['fail:dumpsys appops', 'hang:dumpsys appops']) {
      const r = runCli(['--phone', '--format', 'json'], {...fakePhone(dir, mode).env, DEBT_PRIVACY_CHECK_ADB_TIMEOUT_MS: '4000'});
      expect([r.code, r.err], mode).toEqual([0, '']);
      expect(JSON.parse(r.out).apps[0].permissions).toEqual([{id: 'contacts', granted: true}]);
    }
  });
});

describe('text from the phone and from adb is data', () => {
  // Line ends are the output's own; nothing else a terminal acts on may be there.
  const hostile = (s: string) => expect(s.replace(/\n/g, '')).not.toMatch(UNSAFE_CHARACTER);

  it('escape codes, OSC 52 and bidi overrides in getprop, serials and package names: none reaches the output, nor the parsed JSON', () => {
    const env = fakePhone(set('stand-in-hostile')).env;
    const text = runCli(['--phone', '--lang', 'en'], env);
    expect(text.code).toBe(0);
    hostile(text.out);
    hostile(text.err);
    expect(text.out).toContain('Phone: Redmi\\u001b]52;c;ZWNobyBoYWNrZWQ=\\u0007');
    const r = runCli(['--phone', '--format', 'json'], env);
    hostile(r.out);
    // What `jq -r` prints: the strings once parsed.
    const json = JSON.parse(r.out);
    for (const value of JSON.stringify(json).match(/"(?:[^"\\]|\\.)*"/g) ?? []) hostile(JSON.parse(value));
    expect(json.apps.map((a: {package: string}) => a.package)).toEqual(['com.jd.jrapp']);
  });

  it("adb's own error message and several hostile serials: one escaped line, exit 3", () => {
    const r = runCli(['--phone'], fakePhone(set('stand-in-hostile-adb-error')).env);
    expect(r.code).toBe(3);
    hostile(r.err);
    expect(r.err).toMatch(/^adb did not work \(adb: failed to check server version: \\u001b\]52;c;.*protocol fault\\u202e\)/);
    const dir = mkdtempSync(path.join(tmpdir(), 'dpc-set-several-'));
    const osc = '\u001B]52;c;aGk=\u0007';
    writeFileSync(path.join(dir, 'devices.txt'), `List of devices attached\nA${osc}1\tdevice model:x\nB\u001B[2J2\tdevice model:y\n\n`);
    const several = runCli(['--phone', '--serial', `N\u001B]0;t\u0007`], fakePhone(dir).env);
    expect(several.code).toBe(3);
    hostile(several.err);
    expect(several.err).toContain('N\\u001b]0;t\\u0007');
    const unnamed = runCli(['--phone'], fakePhone(dir).env);
    hostile(unnamed.err);
    expect(unnamed.err).toContain('A\\u001b]52;c;aGk=\\u00071, B\\u001b[2J2');
  });
});

describe('every exit stops what it started', () => {
  it('a hung adb call: killed with its process group at the time limit (its child too)', async () => {
    const phone = fakePhone(syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true})]), 'hang-child:dumpsys package packages');
    const r = runCli(['--phone'], {...phone.env, DEBT_PRIVACY_CHECK_ADB_TIMEOUT_MS: '4000'});
    expect([r.code, r.err]).toEqual([3, `${t(content, 'phone.error.timeout', 'en', {command: 'shell dumpsys package packages'})}\n`]);
    const pid = phone.childPid();
    expect(pid).toBeGreaterThan(0);
    await until(() => !alive(pid!), 'the hung call’s child to be gone');
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s while the phone is read: the call and its child killed, the adb server this run started stopped, exit %i', async (signal, code) => {
    const phone = fakePhone(syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true})]), 'server-start,hang-child:dumpsys package packages');
    const child = spawn(process.execPath, [cli, '--phone'], {env: {HOME: mkdtempSync(path.join(tmpdir(), 'dpc-home-')), LANG: 'en_US.UTF-8', ...phone.env}, stdio: 'ignore'});
    const exited = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    await until(() => phone.childPid() !== undefined, 'the hung dumpsys call');
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(phone.calls().at(-1)).toEqual(['kill-server']);
    await until(() => !alive(phone.childPid()!), 'the hung call’s child to be gone');
  });
});

describe('words, not ids; where to get adb; afterwards', () => {
  it('the text report names the answers as the questions and options read, in the person language, with no question numbers', () => {
    const env = fakePhone(syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true, READ_SMS: false}, {READ_SMS: '-1d'})])).env;
    const en = runCli(['--phone', '--lang', 'en'], env).out;
    expect(en).toContain('  What phone do you use now? Xiaomi or Redmi (MIUI, HyperOS)\n');
    expect(en).toContain('  Which permissions did loan apps get on your phone? Contacts; Text messages (SMS)\n');
    expect(en).toContain('  Are those permissions turned off now? Some are turned off\n');
    expect(en).not.toMatch(/phone=|app_permissions|permissions_now|question \d|questions \d/i);
    const zh = runCli(['--phone', '--lang', 'zh-Hans'], env).out;
    expect(zh).toContain('  你现在用的是哪种手机？小米或红米（MIUI、澎湃 OS）\n');
    expect(zh).toContain('  借款 App 拿到过你手机的哪些权限？通讯录；短信\n');
    expect(zh).not.toMatch(/第 ?\d+ ?题|phone=/);
    expect(en).toMatch(/turn USB debugging off in Developer options, and never allow USB debugging from a computer other people use\.\n$/);
  });

  it('no adb: where to get it on Windows, macOS and Linux, and the Xiaomi switch', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'dpc-empty-path-'));
    mkdirSync(path.join(empty, 'x'));
    const r = runCli(['--phone'], {PATH: empty});
    expect(r.code).toBe(3);
    expect(r.err).toContain('on Windows, download the platform-tools zip from developer.android.com/tools/releases/platform-tools');
    expect(r.err).toContain('on macOS, with Homebrew: brew install android-platform-tools');
    expect(r.err).toContain('on Debian or Ubuntu: sudo apt install adb');
    expect(r.err).toContain('USB 调试（安全设置）');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
