// Pure parsers of what adb and the phone print. Each takes the text of one command and returns plain data;
// a line that does not fit the expected shape is skipped, never guessed at.
import {groupOfOp, groupOfPermission, isPackageName, type PermissionId} from './permissions.js';

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

export function deviceInfo(props: ReadonlyMap<string, string>): DeviceInfo {
  const first = (...names: string[]) => {
    for (const name of names) {
      const value = props.get(name)?.trim();
      if (value) return value;
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
  /** Sensitive Android permissions the phone lists for this app in user 0, with whether each is granted now. */
  readonly permissions: ReadonlyMap<string, boolean>;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The "Packages:" section of `dumpsys package` (Android 5 to 15): for each app, whether it is a system app and
 * which of the sensitive permissions it holds. Runtime permissions are read from the "User 0:" block (the
 * phone's owner; other users and dual-app spaces have their own blocks); install-time grants (Android 5 and
 * older) are read from "install permissions:".
 */
export function parseDumpsysPackage(text: string): Map<string, PackageState> {
  const out = new Map<string, PackageState>();
  const lines = text.split(/\r?\n/);
  let i = lines.findIndex((line) => /^Packages:\s*$/.test(line));
  if (i < 0) return out;
  let name: string | undefined;
  let system = false;
  let perms = new Map<string, boolean>();
  let user: string | undefined; // the "User N:" block we are in
  let list: 'runtime' | 'install' | undefined;
  let listIndent = 0;
  const flush = () => {
    if (name) out.set(name, {system, permissions: perms});
  };
  for (i += 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    if (indent === 0) break; // the next section ("Hidden system packages:", "Shared users:"…)
    const pkg = /^\s*Package \[([^\]]+)\] \(/.exec(line);
    if (pkg && indent <= 2) {
      flush();
      name = isPackageName(pkg[1]!) ? pkg[1]! : undefined;
      system = false;
      perms = new Map();
      user = undefined;
      list = undefined;
      continue;
    }
    if (!name) continue;
    const trimmed = line.trim();
    if (list && indent > listIndent) {
      const m = /^([\w.]+): granted=(true|false)\b/.exec(trimmed);
      if (m && groupOfPermission(m[1]!)) {
        const granted = m[2] === 'true';
        perms.set(m[1]!, (perms.get(m[1]!) ?? false) || granted);
      }
      continue;
    }
    list = undefined;
    const userLine = /^User (\d+):/.exec(trimmed);
    if (userLine) {
      user = userLine[1];
      continue;
    }
    if (/^flags=\[/.test(trimmed)) {
      system = /\bSYSTEM\b/.test(trimmed);
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
  flush();
  return out;
}

// ---- dumpsys appops --------------------------------------------------------------------------------

export interface Access {
  readonly op: string;
  readonly group: PermissionId;
  /** How long before the reading the phone says the access happened, in milliseconds. */
  readonly agoMs: number;
}

const UNIT_MS: Record<string, number> = {d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1};

/** Android's duration format: `-22d4h22m19s762ms`, `+1h35m39s525ms`, `-24m50s324ms`, `0`. */
export function parseDuration(text: string): number | undefined {
  const body = text.replace(/^[+-]/, '');
  if (body === '0') return 0;
  if (!/^(\d+(ms|d|h|m|s))+$/.test(body)) return undefined;
  let total = 0;
  for (const m of body.matchAll(/(\d+)(ms|d|h|m|s)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

/**
 * `dumpsys appops`: for each app of user 0, the accesses to the sensitive app-ops with how long ago each was.
 * Handles the Android 10 layout (`READ_CONTACTS (allow):` then `Access: [bg-tpd] 2022-03-07 18:05:34.325
 * (-22d4h22m19s762ms)`), Android 11+ (the same lines grouped by attribution tag, `null=[ … ]`), Android 14+
 * (op lines ending in a space, ops with a switch), and the older `COARSE_LOCATION (allow): time=+1h35m39s525ms ago`.
 */
export function parseDumpsysAppops(text: string): Map<string, Access[]> {
  const out = new Map<string, Access[]>();
  let pkg: string | undefined;
  let op: string | undefined;
  let otherUser = false;
  const add = (agoMs: number | undefined) => {
    if (!pkg || !op || agoMs === undefined || otherUser) return;
    const group = groupOfOp(op);
    if (!group) return;
    const list = out.get(pkg) ?? [];
    list.push({op, group, agoMs});
    out.set(pkg, list);
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const uid = /^Uid (\S+):$/.exec(trimmed);
    if (uid) {
      // u0a103 is user 0; u10a55 belongs to another user (a second user, a work profile, dual apps).
      otherUser = /^u[1-9]\d*a\d+$/.test(uid[1]!);
      pkg = undefined;
      op = undefined;
      continue;
    }
    const p = /^Package (\S+):$/.exec(trimmed);
    if (p) {
      pkg = isPackageName(p[1]!) ? p[1] : undefined;
      op = undefined;
      continue;
    }
    // Any op header ends the previous op: `WIFI_SCAN (allow / switch COARSE_LOCATION=allow):` (an op whose mode
    // follows another's) and Xiaomi's `MIUIOP(10008) (allow):` included, or their accesses would be counted
    // under the op before them.
    const o = /^([A-Z][A-Z0-9_]*(?:\(\d+\))?) \(([^)]*)\):(.*)$/.exec(trimmed);
    if (o) {
      op = o[1];
      const old = /\btime=([+-][\dmsdh]+) ago/.exec(o[3]!);
      if (old) add(parseDuration(old[1]!));
      continue;
    }
    if (/\):$/.test(trimmed)) {
      op = undefined; // an op header of a shape not seen yet: its accesses belong to no op of ours
      continue;
    }
    const a = /^Access: \[[^\]]*\]\s*(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?\s*)?\((-[\dmsdh]+)\)/.exec(trimmed);
    if (a) add(parseDuration(a[1]!));
  }
  return out;
}
