// The built CLI in a real pseudo-terminal with the stand-in adb first on the PATH: the phone check at the
// phone question reads the phone, fills in phone, app_permissions and permissions_now for the person to
// confirm, saves answer ids only, sends only the read commands (and pm revoke only after the second Enter),
// and stops the adb server it started.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {keyFor} from '../support/answers.js';
import {app, FIXTURES, fakePhone, syntheticSet} from '../support/phone.js';
import {baseEnv, KEY, launcher, type Session, until} from '../support/pty.js';

const launch = launcher();

const LOAN = app('com.jd.jrapp', {READ_CONTACTS: true, READ_SMS: true, RECEIVE_SMS: true}, {READ_CONTACTS: '-5m'});
const GALLERY = app('org.example.gallery', {READ_MEDIA_IMAGES: true});
const READS = ['devices -l', 'shell getprop', 'shell pm list packages -3', 'shell dumpsys package packages', 'shell dumpsys appops'];
/** The commands the stand-in received, without the `-s <serial>` they are sent to. */
const sent = (calls: string[][]) => calls.map((c) => c.filter((a, i) => a !== '-s' && c[i - 1] !== '-s').join(' '));

function savedText(env: Record<string, string>): string {
  return readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8');
}

/** The saved progress as it is now, or undefined while there is none (or it is being replaced). */
function savedNow(env: Record<string, string>): {answers?: unknown} | undefined {
  try {
    return JSON.parse(savedText(env));
  } catch {
    return undefined;
  }
}

/** From the welcome to the phone question: no debts, and no collector calling about anyone else's. */
async function toPhoneQuestion(s: Session) {
  await s.waitFor('Enter start');
  await s.press(KEY.enter, /Question 1,/);
  await s.press(keyFor('lenders', 'none'), /\[x\] No debts/);
  await s.press(KEY.enter, /someone else's debt\?/);
  await s.press(keyFor('someone_elses_debt', 'no', {lenders: ['none']}), /What phone do you use now\?/);
}

describe('the phone check inside the questionnaire, in a real terminal', () => {
  test('p, the findings, Enter, Enter: the permissions question with the filled-in answer chosen; config.json holds answer ids only', async () => {
    const phone = fakePhone(syntheticSet([GALLERY, LOAN]), 'server-start');
    const env = baseEnv(phone.env);
    const s = launch(env);
    await toPhoneQuestion(s);
    await s.waitFor('p check my phone');
    await s.press('p', /\[x\] JD Finance \(京东金融\) \(com\.jd\.jrapp\)/);
    await s.waitFor(/\[ \] org\.example\.gallery/);
    expect(sent(phone.calls())).toEqual(READS);
    await s.press(KEY.enter, /What the loan apps got: Contacts; Text messages \(SMS\)/);
    // The whole frame, down to its last option (a frame can reach the terminal in several reads).
    await s.press(KEY.enter, /Which permissions did loan apps get[\s\S]*Photos/);
    const frame = s.lastFrame();
    expect(frame).toMatch(/\[x\] Contacts/);
    expect(frame).toMatch(/\[x\] Text messages \(SMS\)/);
    expect(frame).toMatch(/\[ \] Photos/);
    const filledIn = {
      lenders: ['none'],
      someone_elses_debt: 'no',
      phone: 'xiaomi',
      app_permissions: ['contacts', 'sms'],
      permissions_now: 'still_on',
    };
    // The save runs just after the frame is drawn: wait for it, then check the whole file.
    await until(() => JSON.stringify(savedNow(env)?.answers) === JSON.stringify(filledIn), 'the filled-in answers saved');
    const saved = JSON.parse(savedText(env)) as {answers: Record<string, unknown>; current?: string};
    expect(saved.answers).toEqual(filledIn);
    expect(saved.current).toBe('app_permissions');
    expect(savedText(env)).not.toMatch(/jrapp|gallery|Redmi|22101316C|FAKE0001/);
    // Leaving the phone screens stops the adb server this run started; nothing else is sent.
    await until(() => phone.calls().length > READS.length, 'kill-server');
    expect(sent(phone.calls())).toEqual([...READS, 'kill-server']);
    await s.press(KEY.enter, /Are those permissions turned off now\?[\s\S]*> 1\. No, still on/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test('switching SMS off: nothing before the second Enter, then exactly its two pm revoke and a fresh read', async () => {
    const phone = fakePhone(syntheticSet([LOAN]), 'server-start');
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /\[x\] JD Finance/);
    await s.press('x', /Switch off which permission\?/);
    await s.press(KEY.down, /> SMS/);
    await s.press(KEY.enter, /Press Enter again to switch off SMS for JD Finance/);
    expect(phone.calls().some((c) => c.includes('revoke'))).toBe(false);
    await s.press(KEY.enter, /SMS is switched off\./);
    await s.waitFor('SMS: off');
    expect(s.lastFrame()).toContain('SMS: off');
    expect(sent(phone.calls())).toEqual([
      ...READS,
      'shell pm revoke com.jd.jrapp android.permission.READ_SMS',
      'shell pm revoke com.jd.jrapp android.permission.RECEIVE_SMS',
      ...READS.slice(1),
    ]);
    // Quitting from the findings also stops the server this run started.
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(sent(phone.calls()).at(-1)).toBe('kill-server');
  });

  test('Ctrl+C while a hung phone is being read: leaves at once with 130, and stops the server it started', async () => {
    const phone = fakePhone(syntheticSet([LOAN]), 'server-start,hang:dumpsys package packages');
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /Reading the phone \(3\/4\)/);
    await until(() => phone.calls().some((c) => c.includes('dumpsys')), 'the hung dumpsys call');
    const started = Date.now();
    s.write(KEY.ctrlC);
    expect((await s.waitExit(10_000)).exitCode).toBe(130);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sent(phone.calls())).toEqual([...READS.slice(0, 4), 'kill-server']);
  });

  test('an unauthorised phone: one message on the phone question, and the questionnaire goes on', async () => {
    const phone = fakePhone(syntheticSet([LOAN]), 'unauthorized');
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /The phone has not allowed this computer yet/);
    await s.waitFor('What phone do you use now?');
    expect(s.lastFrame()).toContain('What phone do you use now?');
    await s.press('4', /Which permissions did loan apps get/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test('without adb, the phone question offers nothing', async () => {
    const s = launch(baseEnv({ADB: '/nonexistent/adb'}));
    await toPhoneQuestion(s);
    await s.waitFor('q quit');
    expect(s.lastFrame()).not.toContain('check my phone');
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});

describe('version 3 inside the questionnaire', () => {
  test('a loan app the phone said nothing about: "probably on", not off; Not sure is filled in for whether they are off now', async () => {
    const phone = fakePhone(path.join(FIXTURES, 'stand-in-missing-block'));
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /\[x\] JD Finance/);
    await s.waitFor(/Contacts: probably on/);
    expect(s.lastFrame()).not.toMatch(/Contacts: off/);
    await s.press(KEY.enter, /Turned off now: Not sure/);
    expect(s.lastFrame()).toMatch(/What the loan apps got: Contacts; Text messages \(SMS\)/);
    expect(s.lastFrame()).toMatch(/turn USB debugging off/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s while a hung phone is read: the call and its child killed, the adb server this run started stopped, exit %i', async (signal, code) => {
    const phone = fakePhone(syntheticSet([LOAN]), 'server-start,hang-child:dumpsys package packages');
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /Reading the phone \(3\/4\)/);
    await until(() => phone.childPid() !== undefined, 'the hung dumpsys call');
    process.kill(s.pty.pid, signal);
    expect((await s.waitExit(10_000)).exitCode).toBe(code);
    expect(sent(phone.calls()).at(-1)).toBe('kill-server');
    const child = phone.childPid()!;
    await until(() => {
      try {
        process.kill(child, 0);
        return /^State:\s+Z/m.test(readFileSync(`/proc/${child}/status`, 'utf8'));
      } catch {
        return true;
      }
    }, 'the hung call’s child to be gone');
  });

  test('escape codes and OSC 52 in what the phone says never reach the terminal', async () => {
    const phone = fakePhone(path.join(FIXTURES, 'stand-in-hostile'));
    const s = launch(baseEnv(phone.env));
    await toPhoneQuestion(s);
    await s.press('p', /\[x\] JD Finance/);
    await s.waitFor('Redmi\\u001b]52;c;');
    // Ink's own sequences are CSI only; nothing the phone sent (OSC, a bidi override, C1) is there.
    expect(s.raw()).not.toMatch(/\u001B\]|\u202E|\u009B|\u0007/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});
