// --phone (docs/cli.md, the phone check): read a connected Android phone over adb, print what apps can read now, and in a
// terminal offer to switch each permission off, one confirmed app and permission at a time, each question
// answered only by keys pressed after it is on screen (phone-ask.ts). Loaded only on this path; it needs no
// React or Ink.
import type {Lang, OneLanguage} from '../content/types.js';
import {t, type Vars} from '../i18n/index.js';
import {adbRunner, adbTimeout, findAdb} from '../phone/adb.js';
import {phoneAnswer} from '../phone/answers.js';
import type {PermissionId} from '../phone/permissions.js';
import {appLabel, failureVars, PERMISSION_LABEL, phoneJson, phoneText, settingsPath} from '../phone/report.js';
import {type AppFinding, LIMITS, PhoneError, type PhoneFailure, PhoneSession, type Scan} from '../phone/scan.js';
import {exitNow, onLeave, watchTerminal} from './leave.js';
import {EXIT, type Io} from './mode.js';
import {type Asker, openAsker} from './phone-ask.js';

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
  // Offer to switch off only to a person at a terminal; a pipe or a script gets the reading alone. That
  // terminal is read from the start, so that nothing typed while the phone is read can answer a question.
  const interactive = options.format === 'text' && io.stdin.isTTY === true && io.stdout.isTTY === true;
  let asker: Asker | undefined;
  // Every way out (leave.ts: Ctrl+C 130, SIGTERM 143, a closed terminal 129; Ctrl+C as a key at a question)
  // stops what this run started: the adb call under way (its process group), and adb's server if this run
  // started it; then it leaves with that code, writing nothing more. Stopping the server may take as long
  // as kill-server's own limit, so leave.ts waits that long before ending the run itself.
  let leaving = false;
  const leave = (code: number) => {
    if (leaving) return;
    leaving = true;
    asker?.close();
    void session.stop().finally(() => exitNow(code));
  };
  const release = onLeave(leave, LIMITS.killServer.timeoutMs + 1000);
  if (interactive) {
    watchTerminal(io.stdin);
    asker = openAsker({stdin: io.stdin as NodeJS.ReadStream, write: (text) => io.stdout.write(text), onInterrupt: () => leave(EXIT.interrupted)});
  }
  try {
    await session.connect();
    const scan = await session.scan(progress);
    clearProgress();
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify(phoneJson(scan, lang), null, 2)}\n`);
      return 0;
    }
    io.stdout.write(phoneText(content, scan, lang));
    const code = asker ? await offerRevokes(io, content, session, scan, lang, asker, progress, clearProgress) : 0;
    io.stdout.write(`\n${say('phone.afterwards')}\n`);
    return code;
  } catch (error) {
    clearProgress();
    if (!(error instanceof PhoneError)) throw error;
    // A call stopped because the run is leaving: the signal's exit says it all.
    if (leaving) return new Promise<number>(() => {});
    complain(FAILURE_KEY[error.failure.kind], failureVars(error.failure));
    return EXIT_PHONE;
  } finally {
    asker?.close();
    if (!leaving) {
      release();
      await session.close();
    }
  }
}

/** One question per app and granted group; `pm revoke` only after "y". Then read again and show the changes. */
async function offerRevokes(
  io: Io,
  content: OneLanguage,
  session: PhoneSession,
  scan: Scan,
  lang: Lang,
  asker: Asker,
  progress: (step: number, of: number) => void,
  clearProgress: () => void,
): Promise<number> {
  const say = (key: string, vars?: Vars) => t(content, key, lang, vars);
  const offers: {app: AppFinding; group: PermissionId}[] = [];
  for (const app of scan.apps) {
    for (const p of app.permissions) if (p.granted === true) offers.push({app, group: p.id});
  }
  if (offers.length === 0) return 0;
  io.stdout.write(`\n${say('phone.offer')}\n`);
  const done: {app: AppFinding; group: PermissionId}[] = [];
  const phone = phoneAnswer(scan.device);
  let refused = false;
  for (const offer of offers) {
    const vars = {app: appLabel(offer.app, lang), permission: say(PERMISSION_LABEL[offer.group])};
    const reply = await asker.ask(say('phone.ask', vars));
    if (reply === 'end') break;
    if (reply !== 'yes') continue;
    const result = await session.revoke(offer.app, offer.group);
    if (result.refused.length > 0) {
      // Why in one line (Xiaomi: its extra switch), then where this phone keeps the same switch.
      io.stdout.write(`${say(phone === 'xiaomi' ? 'phone.revokeRefusedXiaomi' : 'phone.revokeRefused', vars)}\n`);
      if (!refused) {
        for (const line of settingsPath(content, phone, lang)) io.stdout.write(`  ${line}\n`);
      }
      refused = true;
    } else {
      io.stdout.write(`${say('phone.revoked', vars)}\n`);
    }
    done.push(offer);
  }
  // The terminal stays raw until the run ends: keys typed during the second reading are dropped too, not
  // left for the shell.
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
    const key = now?.granted === true ? 'phone.changeStillOn' : now?.granted === null ? 'phone.changeUnknown' : 'phone.changeOff';
    io.stdout.write(`  ${say(key, vars)}\n`);
  }
  io.stdout.write(`\n${say('phone.revokeNote')}\n`);
  // A refused command is exit 3 like any other the phone refused; what was read and changed is on screen.
  return refused ? EXIT_PHONE : 0;
}
