// The interface's line to a phone: one session per check, read and switched off in the background, each
// outcome handed back as an event for the update. Leaving the phone screens (or the program) closes the
// session: the adb call under way is stopped, adb's server is stopped if this session started it, and an
// outcome that arrives after that is dropped. Holds no adb code itself: the session is opened on the first
// check (phone-adb.ts, loaded then), so the questionnaire's start loads none of it.
import type {PermissionId} from '../phone/permissions.js';
import type {AppFinding, PhoneFailure, Progress, Scan} from '../phone/scan.js';
import type {Effect, UiEvent} from './context.js';

/** What the interface needs of a phone session: PhoneSession's calls, and stopping the one under way. */
export interface LinkSession {
  connect(): Promise<unknown>;
  scan(progress: Progress): Promise<Scan>;
  revoke(app: AppFinding, group: PermissionId): Promise<{readonly refused: readonly string[]}>;
  close(): Promise<void>;
  /** Stops the adb call under way and refuses new ones, but for stopping adb's server. */
  abort(): void;
}

export type Outcome<T> =
  | {readonly kind: 'done'; readonly value: T}
  | {readonly kind: 'failed'; readonly failure: PhoneFailure}
  | {readonly kind: 'cancelled'};

export interface PhoneLink {
  /** A new session (an earlier one is closed first): connect, then read. */
  read(progress: Progress): Promise<Outcome<Scan>>;
  /** Switches one group off for one app in the open session, then reads the phone again. */
  revoke(app: AppFinding, group: PermissionId, progress: Progress): Promise<Outcome<{refused: readonly string[]; scan: Scan}>>;
  close(): Promise<void>;
}

const CANCELLED = {kind: 'cancelled'} as const;

/** A PhoneError carries its failure; anything else (a bug, adb's module failing to load) is adb failing. */
function failureOf(error: unknown): PhoneFailure {
  const failure = (error as {failure?: PhoneFailure} | null)?.failure;
  return failure && typeof failure.kind === 'string' ? failure : {kind: 'adbFailed', detail: String(error)};
}

export function createPhoneLink(open: () => LinkSession | Promise<LinkSession>): PhoneLink {
  let live: LinkSession | undefined;
  let closing: Promise<void> = Promise.resolve();
  const attempt = async <T>(session: LinkSession, work: () => Promise<T>): Promise<Outcome<T>> => {
    try {
      const value = await work();
      return live === session ? {kind: 'done', value} : CANCELLED;
    } catch (error) {
      return live === session ? {kind: 'failed', failure: failureOf(error)} : CANCELLED;
    }
  };
  const close = async () => {
    const session = live;
    live = undefined;
    if (session) {
      session.abort();
      closing = session.close().catch(() => {});
    }
    await closing;
  };
  return {
    async read(progress) {
      await close();
      let session: LinkSession;
      try {
        session = await open();
      } catch (error) {
        return {kind: 'failed', failure: failureOf(error)};
      }
      live = session;
      return attempt(session, async () => {
        await session.connect();
        return session.scan((step, of) => {
          if (live === session) progress(step, of);
        });
      });
    },
    async revoke(app, group, progress) {
      const session = live;
      if (!session) return {kind: 'failed', failure: {kind: 'noDevice'}};
      return attempt(session, async () => {
        const {refused} = await session.revoke(app, group);
        const scan = await session.scan((step, of) => {
          if (live === session) progress(step, of);
        });
        return {refused, scan};
      });
    },
    close,
  };
}

/** Carries out a phone effect; its outcome comes back through `send`. Never throws. */
export function runPhoneEffect(effect: Effect, link: PhoneLink | undefined, send: (event: UiEvent) => void): void {
  if (!link) return;
  const progress: Progress = (step, of) => send({event: 'phoneProgress', step, of});
  switch (effect.type) {
    case 'phoneScan':
      void link.read(progress).then((outcome) => {
        if (outcome.kind === 'done') send({event: 'phoneScanned', scan: outcome.value});
        else if (outcome.kind === 'failed') send({event: 'phoneFailed', failure: outcome.failure});
      });
      return;
    case 'phoneRevoke':
      void link.revoke(effect.app, effect.group, progress).then((outcome) => {
        if (outcome.kind === 'done') send({event: 'phoneRevoked', app: effect.app.package, group: effect.group, ...outcome.value});
        else if (outcome.kind === 'failed') send({event: 'phoneFailed', failure: outcome.failure});
      });
      return;
    case 'phoneClose':
      void link.close();
      return;
    default:
      return;
  }
}
