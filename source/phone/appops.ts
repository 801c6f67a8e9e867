// The parser of `dumpsys appops` (when each sensitive permission was last used, and its ops' modes): pure,
// like parse.ts, which re-exports it.
import {groupOfOp, isPackageName, type PermissionId} from './permissions.js';

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
