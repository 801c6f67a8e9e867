// Pure parsers of what adb and the phone print. Each takes the text of one command and returns plain data;
// a line that does not fit the expected shape is skipped, never guessed at. Text the phone chose (brand,
// model, version) is data: it leaves here through `untrusted()`, with no control character in it
// (docs/architecture.md, the layers).
import {untrusted} from '../text/untrusted.js';
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

// ---- dumpsys appops --------------------------------------------------------------------------------

export interface Access {
  readonly op: string;
  readonly group: PermissionId;
  /** How long before the reading the phone says the access happened, in milliseconds. */
  readonly agoMs: number;
}

/** What `dumpsys appops` says of one app: its accesses to the five, and the mode of each of their ops. */
export interface AppOps {
  readonly accesses: readonly Access[];
  /** Each group's ops and their modes as printed: `allow`, `foreground`, `ignore`, `deny`, `default`. */
  readonly modes: ReadonlyMap<PermissionId, readonly string[]>;
}

const UNIT_MS: Record<string, number> = {d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1};

/** Longer ago than any phone can remember (Android 1.0 was 2008): such a time is not a time. */
export const MAX_AGO_MS = 30 * 365 * 86_400_000;

/**
 * Android's duration format: `-22d4h22m19s762ms`, `+1h35m39s525ms`, `-24m50s324ms`, `0`. Undefined for
 * anything else, and for a duration no phone can mean (beyond MAX_AGO_MS, or too many digits to count).
 */
export function parseDuration(text: string): number | undefined {
  const body = text.replace(/^[+-]/, '');
  if (body === '0') return 0;
  if (body.length > 40 || !/^(\d+(ms|d|h|m|s))+$/.test(body)) return undefined;
  let total = 0;
  for (const m of body.matchAll(/(\d+)(ms|d|h|m|s)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return Number.isSafeInteger(total) && total <= MAX_AGO_MS ? total : undefined;
}

/**
 * `dumpsys appops`: for each app of user 0, the accesses to the sensitive app-ops with how long ago each was,
 * and the modes of those ops. Handles the Android 10 layout (`READ_CONTACTS (allow):` then `Access: [bg-tpd]
 * 2022-03-07 18:05:34.325 (-22d4h22m19s762ms)`), Android 11+ (the same lines grouped by attribution tag,
 * `null=[ … ]`), Android 14+ (op lines ending in a space, ops with a switch), and the older
 * `COARSE_LOCATION (allow): time=+1h35m39s525ms ago`.
 */
export function parseDumpsysAppops(text: string): Map<string, AppOps> {
  const out = new Map<string, {accesses: Access[]; modes: Map<PermissionId, string[]>}>();
  let pkg: string | undefined;
  let op: string | undefined;
  let otherUser = false;
  // `COARSE_LOCATION: mode=ignore` under a Uid, before its packages: a mode for every package of that uid.
  let uidModes: [PermissionId, string][] = [];
  const entry = (name: string) => {
    let e = out.get(name);
    if (!e) {
      e = {accesses: [], modes: new Map()};
      out.set(name, e);
    }
    return e;
  };
  const add = (agoMs: number | undefined) => {
    if (!pkg || !op || agoMs === undefined || otherUser) return;
    const group = groupOfOp(op);
    if (!group) return;
    entry(pkg).accesses.push({op, group, agoMs});
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const uid = /^Uid (\S+):$/.exec(trimmed);
    if (uid) {
      // u0a103 is user 0; u10a55 belongs to another user (a second user, a work profile, dual apps).
      otherUser = /^u[1-9]\d*a\d+$/.test(uid[1]!);
      pkg = undefined;
      op = undefined;
      uidModes = [];
      continue;
    }
    const uidMode = /^([A-Z][A-Z0-9_]*): mode=([a-z]+)$/.exec(trimmed);
    if (uidMode && !pkg) {
      const group = groupOfOp(uidMode[1]!);
      if (group) uidModes.push([group, uidMode[2]!]);
      continue;
    }
    const p = /^Package (\S+):$/.exec(trimmed);
    if (p) {
      pkg = isPackageName(p[1]!) ? p[1] : undefined;
      op = undefined;
      if (pkg && !otherUser) {
        const modes = entry(pkg).modes;
        for (const [group, mode] of uidModes) modes.set(group, [...(modes.get(group) ?? []), mode]);
      }
      continue;
    }
    // Any op header ends the previous op: `WIFI_SCAN (allow / switch COARSE_LOCATION=allow):` (an op whose mode
    // follows another's) and Xiaomi's `MIUIOP(10008) (allow):` included, or their accesses would be counted
    // under the op before them.
    const o = /^([A-Z][A-Z0-9_]*(?:\(\d+\))?) \(([^)]*)\):(.*)$/.exec(trimmed);
    if (o) {
      op = o[1];
      const group = groupOfOp(op!);
      const mode = /^[a-z]+/.exec(o[2]!)?.[0];
      if (pkg && group && mode && !otherUser) {
        const modes = entry(pkg).modes;
        modes.set(group, [...(modes.get(group) ?? []), mode]);
      }
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
