// --phone (docs/cli.md, the phone check): read a connected Android phone over adb, print what apps can read now, and in a
// terminal offer to switch each permission off, one confirmed app and permission at a time. Loaded only on
// this path; it needs no React or Ink.
import {createInterface} from 'node:readline';
import type {Lang, OneLanguage} from '../content/types.js';
import {t, type Vars} from '../i18n/index.js';
import {adbRunner, adbTimeout, findAdb} from '../phone/adb.js';
import {phoneAnswer} from '../phone/answers.js';
import type {PermissionId} from '../phone/permissions.js';
import {appLabel, failureVars, PERMISSION_LABEL, phoneJson, phoneText} from '../phone/report.js';
import {type AppFinding, PhoneError, type PhoneFailure, PhoneSession, type Scan} from '../phone/scan.js';
import type {Io} from './mode.js';

export const EXIT_PHONE = 3;

const FAILURE_KEY: Readonly<Record<PhoneFailure['kind'], string>> = {
  noAdb: 'phone.error.noAdb',
  adbFailed: 'phone.error.adbFailed',
  noDevice: 'phone.error.noDevice',
  unauthorized: 'phone.error.unauthorized',
  offline: 'phone.error.offline',
  several: 'phone.error.several',
  unknownSerial: 'phone.error.unknownSerial',
  timeout: 'phone.error.timeout',
  refused: 'phone.error.refused',
  tooLarge: 'phone.error.tooLarge',
};

export interface PhoneOptions {
  readonly lang: Lang;
  readonly serial?: string;
  readonly format: 'text' | 'json';
}

export async function runPhone(io: Io, content: OneLanguage, options: PhoneOptions): Promise<number> {
  const {lang} = options;
  const say = (key: string, vars?: Vars) => t(content, key, lang, vars);
  const complain = (key: string, vars?: Vars) => io.stderr.write(`${say(key, vars)}\n`);
  const adb = findAdb(io.env);
  if (!adb) {
    complain('phone.error.noAdb');
    return EXIT_PHONE;
  }
  const session = new PhoneSession({
    run: adbRunner(adb, io.env),
    ...(options.serial === undefined ? {} : {serial: options.serial}),
    ...adbTimeout(io.env),
  });
  // The progress line is for a person watching; redirected stderr gets only what it needs.
  const progressOn = io.stderr.isTTY === true;
  const progress = (step: number, of: number) => {
    if (progressOn) io.stderr.write(`\r\u001B[2K${say('phone.reading', {step, of})}`);
  };
  const clearProgress = () => {
    if (progressOn) io.stderr.write('\r\u001B[2K');
  };
  let code = 0;
  // Ctrl+C at a question: stop adb's server if this run started it, then leave as every mode does (130).
  const onInterrupt = () => {
    void session.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onInterrupt);
  try {
    await session.connect();
    const scan = await session.scan(progress);
    clearProgress();
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(phoneJson(scan, lang), null, 2)}\n`);
      return 0;
    }
    io.stdout.write(phoneText(content, scan, lang));
    // Offer to switch off only to a person at a terminal; a pipe or a script gets the reading alone.
    if (io.stdin.isTTY && io.stdout.isTTY) code = await offerRevokes(io, content, session, scan, lang, progress, clearProgress);
    return code;
  } catch (error) {
    clearProgress();
    if (!(error instanceof PhoneError)) throw error;
    complain(FAILURE_KEY[error.failure.kind], failureVars(error.failure));
    return EXIT_PHONE;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await session.close();
  }
}

/** One question per app and granted group; `pm revoke` only after "y". Then read again and show the changes. */
async function offerRevokes(
  io: Io,
  content: OneLanguage,
  session: PhoneSession,
  scan: Scan,
  lang: Lang,
  progress: (step: number, of: number) => void,
  clearProgress: () => void,
): Promise<number> {
  const say = (key: string, vars?: Vars) => t(content, key, lang, vars);
  const offers: {app: AppFinding; group: PermissionId}[] = [];
  for (const app of scan.apps) {
    for (const p of app.permissions) if (p.granted) offers.push({app, group: p.id});
  }
  if (offers.length === 0) return 0;
  io.stdout.write(`\n${say('phone.offer')}\n`);
  // Lines in only: every question is written by the caller.
  const rl = createInterface({input: io.stdin, terminal: false});
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<boolean> => {
    io.stdout.write(question);
    const next = await lines.next();
    if (next.done) return false;
    return /^\s*(y|yes|是|好)\s*$/i.test(next.value);
  };
  const done: {app: AppFinding; group: PermissionId}[] = [];
  let refused = false;
  let toldXiaomi = false;
  try {
    for (const offer of offers) {
      const vars = {app: appLabel(offer.app, lang), permission: say(PERMISSION_LABEL[offer.group])};
      if (!(await ask(say('phone.ask', vars)))) continue;
      const result = await session.revoke(offer.app, offer.group);
      if (result.refused.length > 0) {
        refused = true;
        io.stdout.write(`${say('phone.revokeRefused', vars)}\n`);
        // Xiaomi refuses every change from adb until its extra switch is on; say so once.
        if (phoneAnswer(scan.device) === 'xiaomi' && !toldXiaomi) io.stdout.write(`${say('phone.revokeRefusedXiaomi')}\n`);
        toldXiaomi = true;
      } else {
        io.stdout.write(`${say('phone.revoked', vars)}\n`);
      }
      done.push(offer);
    }
  } finally {
    rl.close();
  }
  if (done.length === 0) {
    io.stdout.write(`${say('phone.nothingChanged')}\n`);
    return 0;
  }
  const fresh = await session.scan(progress);
  clearProgress();
  io.stdout.write(`\n${say('phone.changes')}\n`);
  for (const {app, group} of done) {
    const now = fresh.apps.find((a) => a.package === app.package)?.permissions.find((p) => p.id === group);
    const vars = {app: appLabel(app, lang), permission: say(PERMISSION_LABEL[group])};
    io.stdout.write(`  ${say(now?.granted ? 'phone.changeStillOn' : 'phone.changeOff', vars)}\n`);
  }
  io.stdout.write(`\n${say('phone.revokeNote')}\n`);
  // A refused command is exit 3 like any other the phone refused; what was read and changed is on screen.
  return refused ? EXIT_PHONE : 0;
}
