// Helpers for --phone tests: a bin folder whose `adb` is the stand-in (test/support/fake-adb.mjs), the
// recording sets under test/fixtures/adb/, and a synthetic phone built from the shapes of real recordings.
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {adbRunner} from '../../source/phone/adb.js';
import {PhoneSession, type Scan} from '../../source/phone/scan.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/adb/', import.meta.url));
export const FAKE_ADB = fileURLToPath(new URL('./fake-adb.mjs', import.meta.url));

export function fixture(set: string, file: string): string {
  return readFileSync(path.join(FIXTURES, set, file), 'utf8');
}

export interface FakePhone {
  /** Folder with `adb` in it, to put first on the PATH. */
  readonly bin: string;
  readonly env: Record<string, string>;
  /** Every command the stand-in received, in order. */
  calls(): string[][];
  /** Lets a command held by the mode `wait:<command>` answer. */
  go(): void;
  /** The pid of the child a `hang-child:` command started, once it has started. */
  childPid(): number | undefined;
}

/** A stand-in adb replaying the recording set in `setDir`, with the given FAKE_ADB_MODE. */
export function fakePhone(setDir: string, mode = ''): FakePhone {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpc-fake-adb-'));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(FAKE_ADB, path.join(bin, 'adb'));
  const log = path.join(dir, 'calls.jsonl');
  writeFileSync(log, '');
  return {
    bin,
    env: {
      PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}/usr/bin:/bin`,
      FAKE_ADB_SET: setDir,
      FAKE_ADB_LOG: log,
      FAKE_ADB_STATE: path.join(dir, 'state.json'),
      FAKE_ADB_MODE: mode,
      FAKE_ADB_GO: path.join(dir, 'go'),
      FAKE_ADB_CHILD_PID: path.join(dir, 'child.pid'),
    },
    go: () => writeFileSync(path.join(dir, 'go'), ''),
    childPid: () => (existsSync(path.join(dir, 'child.pid')) ? Number(readFileSync(path.join(dir, 'child.pid'), 'utf8')) || undefined : undefined),
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[]),
  };
}

/**
 * A recording set made from a real one: the real files copied, plus what the source did not record.
 * MVT's recording has no `pm list packages -3`; it is derived here (SYNTHETIC) as the packages of the
 * dumpsys recording without the SYSTEM flag, which is what the phone would have listed.
 */
export function realSet(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dpc-set-${name}-`));
  for (const file of ['getprop.txt', 'dumpsys-package.txt', 'dumpsys-appops.txt']) copyFileSync(path.join(FIXTURES, name, file), path.join(dir, file));
  const blocks = fixture(name, 'dumpsys-package.txt').split(/\n(?= {2}Package \[)/);
  const user = blocks
    .map((b) => ({name: /^ {2}Package \[([^\]]+)\]/.exec(b)?.[1], system: /\n\s+flags=\[[^\]]*\bSYSTEM\b/.test(b)}))
    .filter((b) => b.name && !b.system)
    .map((b) => `package:${b.name}\n`);
  writeFileSync(path.join(dir, 'pm-list-packages-3.txt'), user.join(''));
  return dir;
}

export interface SyntheticApp {
  readonly name: string;
  /** Android permission -> granted. */
  readonly permissions: Readonly<Record<string, boolean>>;
  /** App-op -> how long ago it was last used, in Android's duration form ("-2h3m4s5ms"). */
  readonly accesses?: Readonly<Record<string, string>>;
}

/** A synthetic app from short permission names: `app('com.jd.jrapp', {READ_CONTACTS: true}, {READ_CONTACTS: '-5m'})`. */
export function app(name: string, grants: Readonly<Record<string, boolean>>, accesses?: Readonly<Record<string, string>>): SyntheticApp {
  const permissions = Object.fromEntries(Object.entries(grants).map(([p, granted]) => [`android.permission.${p}`, granted]));
  return {name, permissions, ...(accesses ? {accesses} : {})};
}

/**
 * SYNTHETIC: a phone that no recording shows, for the flows (a loan app holding contacts, 150 apps). Every
 * line has the shape of a line in the real recordings (MVT's Samsung Android 10 set): the package block of
 * `dumpsys package`, the `runtime permissions:` lines with their flags, the `Uid`/`Package`/`Access:` lines of
 * `dumpsys appops`, and `[name]: [value]` getprop lines. Only names, grants and times are made up.
 */
export function syntheticSet(apps: readonly SyntheticApp[], props: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpc-set-synthetic-'));
  const getprop = {
    'ro.build.version.release': '13',
    'ro.product.brand': 'Redmi',
    'ro.product.manufacturer': 'Xiaomi',
    'ro.product.model': '22101316C',
    ...props,
  };
  writeFileSync(path.join(dir, 'getprop.txt'), Object.entries(getprop).map(([k, v]) => `[${k}]: [${v}]\n`).join(''));
  writeFileSync(path.join(dir, 'pm-list-packages-3.txt'), apps.map((a) => `package:${a.name}\n`).join(''));
  const packages = apps.map((a, i) =>
    [
      `  Package [${a.name}] (${(0xa000 + i).toString(16)}):`,
      `    userId=${10200 + i}`,
      `    pkg=Package{${(0xb000 + i).toString(16)} ${a.name}}`,
      `    codePath=/data/app/${a.name}-1`,
      '    versionCode=1 minSdk=21 targetSdk=31',
      '    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]',
      '    install permissions:',
      '      android.permission.INTERNET: granted=true',
      '    User 0: ceDataInode=-4294835694 installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0 instant=false virtual=false',
      '      gids=[3003]',
      '      runtime permissions:',
      ...Object.entries(a.permissions).map(
        ([p, granted]) => `        ${p}: granted=${granted}, flags=[ USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED]`,
      ),
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'dumpsys-package.txt'), `Packages:\n${packages.join('\n')}\n\n`);
  const appops = apps.map((a, i) =>
    [
      `  Uid u0a${200 + i}:`,
      '    state=cch',
      `    Package ${a.name}:`,
      ...Object.entries(a.accesses ?? {}).flatMap(([op, ago]) => [`      ${op} (allow):`, `          Access: [fg-s] 2022-03-29 18:37:30.315 (${ago})`]),
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'dumpsys-appops.txt'), `Current AppOps Service state:\n${appops.join('\n')}\n`);
  return dir;
}

/** The real adb, where installed (`apt-get install adb`); tests that need it are skipped without it. */
export const REAL_ADB = ['/usr/bin/adb', '/usr/local/bin/adb'].find((f) => existsSync(f));
/** A port of the test run's own for adb's server, so a developer's server on 5037 is never touched. */
export const REAL_ADB_PORT = String(15_037 + (process.pid % 1000));

export function realAdbEnv(): Record<string, string> {
  return {
    PATH: `${path.dirname(REAL_ADB ?? '/usr/bin/adb')}${path.delimiter}/usr/bin:/bin`,
    HOME: mkdtempSync(path.join(tmpdir(), 'dpc-adb-home-')),
    LANG: 'en_US.UTF-8',
    ANDROID_ADB_SERVER_PORT: REAL_ADB_PORT,
  };
}

export function killRealAdbServer(): void {
  if (REAL_ADB) spawnSync(REAL_ADB, ['kill-server'], {env: realAdbEnv(), timeout: 15_000});
}

/** The reading the program makes of a recording set: PhoneSession over the stand-in adb, as --phone reads it. */
export async function scanOf(setDir: string): Promise<Scan> {
  const phone = fakePhone(setDir);
  const session = new PhoneSession({run: adbRunner(path.join(phone.bin, 'adb'), phone.env)});
  await session.connect();
  return session.scan();
}
