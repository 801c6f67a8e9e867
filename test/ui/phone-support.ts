// For the phone check in the questionnaire without adb: a reading as the scan returns one, and a session
// the test answers for (when it connects, what it reads, what it switches off), behind the real link.
import type {PermissionId} from '../../source/phone/permissions.js';
import type {AppFinding, PhoneFailure, Progress, Scan} from '../../source/phone/scan.js';
import type {LinkSession} from '../../source/ui/phone-link.js';

const loan: AppFinding = {
  package: 'com.jd.jrapp',
  loanApp: true,
  grantedAndroid: {contacts: ['android.permission.READ_CONTACTS'], sms: ['android.permission.READ_SMS', 'android.permission.RECEIVE_SMS']},
  permissions: [
    {id: 'contacts', granted: true, lastUsed: '2026-05-01T15:35:00.000Z'},
    {id: 'sms', granted: true},
    {id: 'location', granted: false},
  ],
};
const gallery: AppFinding = {
  package: 'org.example.gallery',
  loanApp: false,
  grantedAndroid: {photos: ['android.permission.READ_MEDIA_IMAGES']},
  permissions: [{id: 'photos', granted: true}],
};

/** A Redmi phone with one listed loan app (contacts and SMS on, location off) and a gallery app. */
export const SCAN: Scan = {
  device: {brand: 'Redmi', manufacturer: 'Xiaomi', model: '22101316C', android: '13'},
  apps: [loan, gallery],
  usageKnown: true,
  unread: 0,
};

/** The reading after `group` of `pkg` was switched off. */
export function without(scan: Scan, pkg: string, group: PermissionId): Scan {
  return {
    ...scan,
    apps: scan.apps.map((a) => {
      if (a.package !== pkg) return a;
      const {[group]: _gone, ...grantedAndroid} = a.grantedAndroid;
      return {...a, grantedAndroid, permissions: a.permissions.map((p) => (p.id === group ? {...p, granted: false} : p))};
    }),
  };
}

interface Pending<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A phone session whose every answer the test gives, and which records what it was asked. */
export class FakeSession implements LinkSession {
  readonly calls: string[] = [];
  private reads: Pending<Scan>[] = [];
  private progress: Progress = () => {};

  constructor(
    private readonly behaviour: {
      readonly connect?: PhoneFailure;
      /** Answer every read at once with this scan (else the test answers with `answerRead`). */
      readonly scan?: Scan | ((reads: number) => Scan);
      readonly refuse?: boolean;
    } = {},
  ) {}

  async connect(): Promise<unknown> {
    this.calls.push('connect');
    if (this.behaviour.connect) throw Object.assign(new Error(this.behaviour.connect.kind), {failure: this.behaviour.connect});
    return {serial: 'FAKE0001', state: 'device'};
  }

  scan(progress: Progress): Promise<Scan> {
    this.calls.push('scan');
    this.progress = progress;
    const reads = this.calls.filter((c) => c === 'scan').length;
    const {scan} = this.behaviour;
    if (scan) {
      progress(4, 4);
      return Promise.resolve(typeof scan === 'function' ? scan(reads) : scan);
    }
    return new Promise((resolve, reject) => this.reads.push({resolve, reject}));
  }

  /** Reports progress, then answers the oldest read still waiting. */
  answerRead(scan: Scan): void {
    this.progress(4, 4);
    this.reads.shift()?.resolve(scan);
  }

  get waiting(): number {
    return this.reads.length;
  }

  async revoke(app: AppFinding, group: PermissionId): Promise<{readonly refused: readonly string[]}> {
    this.calls.push(`revoke ${app.package} ${group}`);
    return {refused: this.behaviour.refuse ? [...(app.grantedAndroid[group] ?? [])] : []};
  }

  async close(): Promise<void> {
    this.calls.push('close');
  }

  abort(): void {
    this.calls.push('abort');
  }
}
