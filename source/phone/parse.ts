// Pure parsers of what adb and the phone print. Each takes the text of one command and returns plain data;
// a line that does not fit the expected shape is skipped, never guessed at. Text the phone chose (brand,
// model, version) is data: it leaves here through `untrusted()`, with no control character in it
// (docs/architecture.md, the layers).
import {untrusted} from '../text/untrusted.js';
import {groupOfPermission, isPackageName} from './permissions.js';

// ---- adb devices -l --------------------------------------------------------------------------------

export interface DeviceEntry {
  readonly serial: string;
  /** `device` when usable; also `unauthorized`, `offline`, `no permissions`, `recovery`… */
  readonly state: string;
  readonly model?: string;
}

/** `adb devices -l`: one line per device after "List of devices attached", `serial<TAB or spaces>state key:value…`. */
export function parseDevices(text: string): DeviceEntry[] {
  const out: DeviceEntry[] = [];
  let listing = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^List of devices attached/.test(line)) {
      listing = true;
      continue;
    }
    if (!listing || line.trim() === '' || line.startsWith('*')) continue;
    const m = /^(\S+)\s+(no permissions|unauthorized|device|offline|recovery|sideload|bootloader|host|rescue|authorizing|connecting|unknown)\b(.*)$/.exec(line);
    if (!m) continue;
    const model = /\bmodel:(\S+)/.exec(m[3]!)?.[1];
    out.push({serial: m[1]!, state: m[2]!, ...(model ? {model} : {})});
  }
  return out;
}

// ---- getprop ---------------------------------------------------------------------------------------

/** `getprop`: lines `[name]: [value]`. */
export function parseGetprop(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\[([^\]]+)\]: \[(.*)\]$/.exec(line);
    if (m) props.set(m[1]!, m[2]!);
  }
  return props;
}

export interface DeviceInfo {
  readonly brand: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly android: string | null;
}

/** Longest brand, model or version kept (a market name is about 30 characters). */
const PROP_MAX = 60;

export function deviceInfo(props: ReadonlyMap<string, string>): DeviceInfo {
  const first = (...names: string[]) => {
    for (const name of names) {
      const value = props.get(name)?.trim();
      if (value) return untrusted(value, PROP_MAX);
    }
    return null;
  };
  return {
    brand: first('ro.product.brand', 'ro.product.system.brand', 'ro.product.vendor.brand'),
    manufacturer: first('ro.product.manufacturer', 'ro.product.system.manufacturer', 'ro.product.vendor.manufacturer'),
    // Xiaomi puts the name people know ("Redmi Note 12") in marketname; ro.product.model is a code there.
    model: first('ro.product.marketname', 'ro.product.model', 'ro.product.system.model'),
    android: first('ro.build.version.release', 'ro.build.version.release_or_codename'),
  };
}

// ---- pm list packages -3 ---------------------------------------------------------------------------

/** `pm list packages -3`: lines `package:<name>`; names that are not package names are dropped. */
export function parsePackageList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^package:(?:.*=)?(\S+)\s*$/.exec(line.trim());
    if (m && isPackageName(m[1]!)) out.push(m[1]!);
  }
  return out;
}

// ---- dumpsys package -------------------------------------------------------------------------------

export interface PackageState {
  readonly system: boolean;
  /**
   * Sensitive Android permissions the phone lists for this app in user 0: granted now (true), not granted
   * (false), or unknown (null: a line of a shape not recognised, or requested in a block that was cut off).
   */
  readonly permissions: ReadonlyMap<string, boolean | null>;
  /**
   * The block says all it would: its "User 0:" part was reached and it was followed by the next block or
   * section, or every sensitive permission it requests has its line. A block cut off, or one whose user 0
   * part never came, is not complete: what it does not list is unknown, not "not granted".
   */
  readonly complete: boolean;
  /** The sensitive permissions the app requests, when its "requested permissions:" list was read to its end. */
  readonly requested?: ReadonlySet<string>;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The "Packages:" section of `dumpsys package` (Android 5 to 16): for each app, whether it is a system app and
 * which of the sensitive permissions it holds. Runtime permissions are read from the "User 0:" block (the
 * phone's owner; other users and dual-app spaces have their own blocks); install-time grants (Android 5 and
 * older) are read from "install permissions:". An app the section does not name is simply absent: the
 * caller must not take that as "nothing granted".
 */
export function parseDumpsysPackage(text: string): Map<string, PackageState> {
  const out = new Map<string, PackageState>();
  const lines = text.split(/\r?\n/);
  let i = lines.findIndex((line) => /^Packages:\s*$/.test(line));
  if (i < 0) return out;
  let name: string | undefined;
  let system = false;
  let perms = new Map<string, boolean | null>();
  let requested = new Set<string>();
  let requestedRead = false;
  let sawUser0 = false;
  let user: string | undefined; // the "User N:" block we are in
  let list: 'runtime' | 'install' | 'requested' | undefined;
  let listIndent = 0;
  const flush = (closed: boolean) => {
    if (!name) return;
    const unanswered = [...requested].filter((p) => !perms.has(p));
    const complete = sawUser0 && (closed || unanswered.length === 0);
    if (!complete) for (const p of unanswered) perms.set(p, null);
    out.set(name, {system, permissions: perms, complete, ...(requestedRead ? {requested} : {})});
  };
  let closed = false;
  for (i += 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (indent === 0) {
      closed = true; // the next section ("Hidden system packages:", "Queries:"…)
      break;
    }
    const pkg = /^\s*Package \[([^\]]+)\] \(/.exec(line);
    if (pkg && indent <= 2) {
      flush(true);
      name = isPackageName(pkg[1]!) ? pkg[1]! : undefined;
      system = false;
      perms = new Map();
      requested = new Set();
      requestedRead = false;
      sawUser0 = false;
      user = undefined;
      list = undefined;
      continue;
    }
    if (!name) continue;
    const trimmed = line.trim();
    if (list && indent > listIndent) {
      if (list === 'requested') {
        const p = /^([\w.]+)/.exec(trimmed)?.[1];
        if (p && groupOfPermission(p)) requested.add(p);
        continue;
      }
      const m = /^([\w.]+): granted=(true|false)(?:,|$)/.exec(trimmed);
      if (m && groupOfPermission(m[1]!)) {
        const before = perms.get(m[1]!);
        perms.set(m[1]!, before === true || m[2] === 'true');
        continue;
      }
      // One of ours on a line of a shape not seen yet: unknown, never "not granted".
      const ours = /^([\w.]+)/.exec(trimmed)?.[1];
      if (ours && groupOfPermission(ours) && perms.get(ours) !== true) perms.set(ours, null);
      continue;
    }
    if (list === 'requested') requestedRead = true; // a line after the list: it was read whole
    list = undefined;
    const userLine = /^User (\d+):/.exec(trimmed);
    if (userLine) {
      user = userLine[1];
      if (user === '0') sawUser0 = true;
      continue;
    }
    if (/^flags=\[/.test(trimmed)) {
      system = /\bSYSTEM\b/.test(trimmed);
      continue;
    }
    if (trimmed === 'requested permissions:' && user === undefined) {
      list = 'requested';
      listIndent = indent;
      continue;
    }
    if (trimmed === 'runtime permissions:' && (user === undefined || user === '0')) {
      list = 'runtime';
      listIndent = indent;
      continue;
    }
    if (trimmed === 'install permissions:' && user === undefined) {
      list = 'install';
      listIndent = indent;
    }
  }
  flush(closed);
  return out;
}

// ---- dumpsys appops: appops.ts ---------------------------------------------------------------------

export {type Access, type AppOps, MAX_AGO_MS, parseDumpsysAppops, parseDuration} from './appops.js';
