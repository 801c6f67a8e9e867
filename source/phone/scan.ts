// Reading a phone over adb: choose the device, read it with the read commands only, switch off a permission
// when asked to, and stop adb's server at the end if this program started it.
import type {AdbResult, AdbRunner} from './adb.js';
import {loanApp} from './loan-apps.js';
import {
  type AppOps,
  type DeviceEntry,
  type PackageState,
  type DeviceInfo,
  deviceInfo,
  parseDevices,
  parseDumpsysAppops,
  parseDumpsysPackage,
  parseGetprop,
  parsePackageList,
} from './parse.js';
import {ANDROID_PERMISSIONS, isPackageName, isRevocablePermission, PERMISSION_IDS, type PermissionId} from './permissions.js';

export interface PermissionFinding {
  readonly id: PermissionId;
  /** Granted now, not granted, or null: the phone's output did not say (unknown is never "off"). */
  readonly granted: boolean | null;
  /** When the phone last recorded a use (ISO 8601, UTC), where it reports one. */
  readonly lastUsed?: string;
  /** Unknown, but the app-op is allowed and was used in the last RECENT_MS: "probably on". */
  readonly probablyOn?: true;
}

export interface AppFinding {
  readonly package: string;
  readonly loanApp: boolean;
  /** Android permissions of each group that are granted now: what `pm revoke` would be sent for. */
  readonly grantedAndroid: Readonly<Partial<Record<PermissionId, readonly string[]>>>;
  readonly permissions: readonly PermissionFinding[];
}

export interface Scan {
  readonly device: DeviceInfo;
  readonly apps: readonly AppFinding[];
  /** False when the phone refused `dumpsys appops`: there are no last-used times. */
  readonly usageKnown: boolean;
  /** How many user apps `dumpsys package` did not describe in full (missing, or a block cut off). */
  readonly unread: number;
}

/** Why the phone could not be read; each has its own message, and --phone exits 3 (docs/cli.md, exit codes). */
export type PhoneFailure =
  | {readonly kind: 'noAdb'}
  | {readonly kind: 'adbFailed'; readonly detail: string}
  | {readonly kind: 'noDevice'}
  | {readonly kind: 'unauthorized'}
  | {readonly kind: 'offline'}
  | {readonly kind: 'several'; readonly serials: readonly string[]}
  | {readonly kind: 'unknownSerial'; readonly serial: string}
  | {readonly kind: 'timeout'; readonly command: string}
  | {readonly kind: 'refused'; readonly command: string}
  | {readonly kind: 'tooLarge'; readonly command: string};

export class PhoneError extends Error {
  constructor(readonly failure: PhoneFailure) {
    super(failure.kind);
  }
}

/** Generous for a slow phone over USB 2, short enough that a hung phone does not hang the program. */
export const LIMITS = {
  devices: {timeoutMs: 15_000, maxBytes: 1 << 20},
  getprop: {timeoutMs: 20_000, maxBytes: 4 << 20},
  packages: {timeoutMs: 30_000, maxBytes: 8 << 20},
  dumpsys: {timeoutMs: 90_000, maxBytes: 128 << 20},
  revoke: {timeoutMs: 20_000, maxBytes: 1 << 20},
  killServer: {timeoutMs: 10_000, maxBytes: 1 << 20},
} as const;

const REFUSED = /SecurityException|Permission denial|Exception occurred while executing/i;

export type Progress = (step: number, of: number) => void;

/** "Probably on": an unknown grant whose app-op is allowed and was used this recently (a month). */
const RECENT_MS = 30 * 86_400_000;
/** No phone recorded a use before Android 1.0 shipped (2008-09-23); an earlier time is not one. */
const EARLIEST = Date.UTC(2008, 8, 23);

/** A last-used time from "how long ago", or nothing when it cannot be a date (before Android, after now). */
function usedAt(readAt: number, agoMs: number): string | undefined {
  const at = readAt - agoMs;
  return Number.isFinite(at) && at >= EARLIEST && at <= readAt ? new Date(at).toISOString() : undefined;
}

/**
 * What one app holds, group by group. Granted when any Android permission of the group is; not granted
 * when the phone says so of the group; unknown (null) when its output does not say — the app missing from
 * `dumpsys package`, its block cut off, a line not recognised. An unknown group is listed for a loan app
 * always, for another app when its app-ops record a use.
 */
function findings(state: PackageState | undefined, ops: AppOps | undefined, loan: boolean, readAt: number) {
  const complete = state?.complete === true;
  const grantedAndroid: Partial<Record<PermissionId, string[]>> = {};
  const permissions: PermissionFinding[] = [];
  for (const id of PERMISSION_IDS) {
    const statuses = ANDROID_PERMISSIONS[id].map((p) => state?.permissions.get(p));
    const granted = ANDROID_PERMISSIONS[id].filter((p) => state?.permissions.get(p) === true);
    if (granted.length > 0) grantedAndroid[id] = granted;
    const ago = Math.min(...(ops?.accesses ?? []).filter((a) => a.group === id).map((a) => a.agoMs));
    const lastUsed = Number.isFinite(ago) ? usedAt(readAt, ago) : undefined;
    const modes = ops?.modes.get(id) ?? [];
    const inUse = lastUsed !== undefined;
    let status: boolean | null | undefined;
    if (granted.length > 0) status = true;
    else if (complete) status = statuses.includes(null) ? null : statuses.includes(false) || lastUsed !== undefined ? false : undefined;
    else if (statuses.every((s) => s === false)) status = false;
    else if (statuses.some((s) => s !== undefined) || inUse) status = null;
    // A loan app: every group it may hold, so all unknown, unless its whole list of requests was read.
    else if (loan && (!state?.requested || ANDROID_PERMISSIONS[id].some((p) => state.requested!.has(p)))) status = null;
    if (status === undefined) continue;
    const recent = lastUsed !== undefined && readAt - Date.parse(lastUsed) <= RECENT_MS;
    // The app-ops allow it (none of the group's ops, nor its uid, set to ignore or deny) and it was used lately.
    const allowed = modes.some((m) => m === 'allow' || m === 'foreground') && !modes.some((m) => m === 'ignore' || m === 'deny');
    const probablyOn = status === null && recent && allowed;
    permissions.push({id, granted: status, ...(lastUsed ? {lastUsed} : {}), ...(probablyOn ? {probablyOn: true as const} : {})});
  }
  return {grantedAndroid, permissions};
}

export interface PhoneSessionOptions {
  readonly run: AdbRunner;
  readonly serial?: string;
  /** Overrides every time limit (for a very slow phone, and for tests of a hung one). */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

export class PhoneSession {
  private serial: string | undefined;
  private startedServer = false;
  private readonly now: () => number;
  /** Stops every call under way (stop()); kill-server is never stopped. */
  private readonly stopper = new AbortController();

  constructor(private readonly options: PhoneSessionOptions) {
    this.now = options.now ?? Date.now;
  }

  private async adb(what: keyof typeof LIMITS, args: readonly string[]): Promise<AdbResult> {
    const limit = LIMITS[what];
    const signal = what === 'killServer' ? {} : {signal: this.stopper.signal};
    const result = await this.options.run(args, {timeoutMs: this.options.timeoutMs ?? limit.timeoutMs, maxBytes: limit.maxBytes, ...signal});
    const command = args.filter((a, i) => !(a === '-s' || args[i - 1] === '-s')).join(' ');
    if (result.failedToStart) throw new PhoneError({kind: 'adbFailed', detail: result.stderr.trim() || 'adb did not start'});
    if (result.timedOut) throw new PhoneError({kind: 'timeout', command});
    if (result.tooLarge) throw new PhoneError({kind: 'tooLarge', command});
    return result;
  }

  private async shell(what: keyof typeof LIMITS, command: readonly string[]): Promise<AdbResult> {
    const result = await this.adb(what, ['-s', this.serial!, 'shell', ...command]);
    // The phone can be unplugged, or its permission withdrawn, between two calls (adb 1.0.41's wording).
    if (result.code !== 0 && /^error: device unauthorized/m.test(result.stderr)) throw new PhoneError({kind: 'unauthorized'});
    if (result.code !== 0 && /^error: (device '.*' not found|no devices)/m.test(result.stderr)) throw new PhoneError({kind: 'noDevice'});
    return result;
  }

  /** `adb devices -l`, then the one device to read. */
  async connect(): Promise<DeviceEntry> {
    const result = await this.adb('devices', ['devices', '-l']);
    // adb prints these two lines on stderr when this call had to start its server (checked with adb 1.0.41):
    // "* daemon not running; starting now at tcp:5037" and "* daemon started successfully".
    if (/daemon started successfully/.test(result.stderr)) this.startedServer = true;
    if (result.code !== 0 && !/List of devices attached/.test(result.stdout)) {
      throw new PhoneError({kind: 'adbFailed', detail: (result.stderr || result.stdout).trim().split('\n').at(-1) ?? ''});
    }
    const devices = parseDevices(result.stdout);
    const pick = this.pick(devices);
    this.serial = pick.serial;
    return pick;
  }

  private pick(devices: readonly DeviceEntry[]): DeviceEntry {
    const wanted = this.options.serial;
    const chosen = wanted !== undefined ? devices.find((d) => d.serial === wanted) : devices.length === 1 ? devices[0] : undefined;
    if (wanted !== undefined && !chosen) throw new PhoneError({kind: 'unknownSerial', serial: wanted});
    if (!chosen && devices.length > 1) throw new PhoneError({kind: 'several', serials: devices.map((d) => d.serial)});
    if (!chosen) throw new PhoneError({kind: 'noDevice'});
    if (chosen.state === 'unauthorized' || chosen.state === 'authorizing') throw new PhoneError({kind: 'unauthorized'});
    if (chosen.state !== 'device') throw new PhoneError({kind: 'offline'});
    return chosen;
  }

  /** Reads the phone with getprop, pm list packages -3, dumpsys package and dumpsys appops: four calls. */
  async scan(progress: Progress = () => {}): Promise<Scan> {
    const steps = 4;
    progress(1, steps);
    const props = await this.read('getprop', ['getprop']);
    progress(2, steps);
    const userApps = parsePackageList(await this.read('packages', ['pm', 'list', 'packages', '-3']));
    progress(3, steps);
    // "packages" limits the dump to the per-app section this program reads.
    const packages = parseDumpsysPackage(await this.read('dumpsys', ['dumpsys', 'package', 'packages']));
    progress(4, steps);
    let appops = new Map<string, AppOps>();
    let usageKnown = true;
    // A failed, refused or hung `dumpsys appops` loses only the last-used times.
    const ops = await this.shell('dumpsys', ['dumpsys', 'appops']).catch((error: unknown) => {
      if (error instanceof PhoneError && (error.failure.kind === 'timeout' || error.failure.kind === 'tooLarge')) return undefined;
      throw error;
    });
    const readAt = this.now();
    if (ops && ops.code === 0 && !REFUSED.test(ops.stdout.slice(0, 400) + ops.stderr)) appops = parseDumpsysAppops(ops.stdout);
    else usageKnown = false; // the permissions alone still answer the question
    const device = deviceInfo(parseGetprop(props));
    const apps: AppFinding[] = [];
    let unread = 0;
    for (const pkg of userApps) {
      const state = packages.get(pkg);
      if (!state?.complete) unread++;
      const listed = loanApp(pkg) !== undefined;
      const found = findings(state, appops.get(pkg), listed, readAt);
      // Every listed loan app is shown, even with nothing granted ("all off" is an answer); other apps only
      // when they hold one of the five now, or may (the phone did not say, and its app-ops are in use).
      if (listed || found.permissions.some((p) => p.granted !== false)) apps.push({package: pkg, loanApp: listed, ...found});
    }
    apps.sort((a, b) => Number(b.loanApp) - Number(a.loanApp) || a.package.localeCompare(b.package));
    return {device, apps, usageKnown, unread};
  }

  private async read(what: keyof typeof LIMITS, command: readonly string[]): Promise<string> {
    const result = await this.shell(what, command);
    if (result.code !== 0 || REFUSED.test(result.stdout.slice(0, 400) + result.stderr)) {
      throw new PhoneError({kind: 'refused', command: command.join(' ')});
    }
    return result.stdout;
  }

  /**
   * `pm revoke <package> <permission>` for each granted Android permission of one group. Returns the
   * permissions the phone refused (Xiaomi refuses all of them without "USB 调试（安全设置）").
   */
  async revoke(app: AppFinding, group: PermissionId): Promise<{readonly refused: readonly string[]}> {
    const refused: string[] = [];
    for (const permission of app.grantedAndroid[group] ?? []) {
      if (!isPackageName(app.package) || !isRevocablePermission(permission) || !ANDROID_PERMISSIONS[group].includes(permission)) {
        refused.push(permission);
        continue;
      }
      const result = await this.shell('revoke', ['pm', 'revoke', app.package, permission]);
      if (result.code !== 0 || REFUSED.test(result.stdout + result.stderr)) refused.push(permission);
    }
    return {refused};
  }

  /**
   * Every exit stops what this run started (docs/cli.md, the phone check): the adb calls under way are
   * killed with their process groups and no new one starts, then adb's server is stopped if this run
   * started it. For a signal handler: it never throws.
   */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.close();
  }

  /** Stops adb's server only if this program started it; one already running is left alone. */
  async close(): Promise<void> {
    if (!this.startedServer) return;
    this.startedServer = false;
    try {
      await this.adb('killServer', ['kill-server']);
    } catch {
      // nothing more can be done; the server stops with the computer
    }
  }
}
