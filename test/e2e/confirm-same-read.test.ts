// A confirmation counts only for a key read after it was asked (see docs/cli.md): two
// Enters in one read (or typed ahead before the question was drawn) switched a permission off and deleted
// the saved progress, the second Enter answering "Press Enter again to ..." before it was on screen.
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {savedFile, writeSaved} from '../support/answers.js';
import {app, fakePhone, syntheticSet} from '../support/phone.js';
import {baseEnv, KEY, launcher} from '../support/pty.js';

const launch = launcher();
const LOAN = app('com.jd.jrapp', {READ_CONTACTS: true, READ_SMS: true, RECEIVE_SMS: true}, {READ_CONTACTS: '-5m'});
const revoked = (calls: string[][]) => calls.filter((c) => c.includes('revoke'));

describe('two Enters in one read never answer a confirmation they came before', () => {
  test('the phone check: x, then Enter Enter in one write asks and waits; a later Enter switches off', async () => {
    const phone = fakePhone(syntheticSet([LOAN]), 'server-start');
    const env = baseEnv(phone.env);
    writeSaved(env, {answers: {lenders: ['none'], someone_elses_debt: 'no'}, current: 'phone'});
    const s = launch(env);
    await s.press(KEY.enter, /What phone do you use now\?[\s\S]*p check my phone/);
    await s.press('p', /\[x\] JD Finance/);
    await s.press('x', /Switch off which permission\?/);
    await s.press('\r\r', /Press Enter again to switch off Contacts for JD Finance/);
    // The second Enter was dropped, not taken as the answer: nothing sent, the question still on screen.
    await s.frameDone();
    expect(revoked(phone.calls())).toEqual([]);
    expect(s.lastFrame()).toMatch(/Press Enter again to switch off Contacts/);
    await s.press(KEY.enter, /Contacts is switched off\./);
    expect(revoked(phone.calls()).map((c) => c.at(-1))).toEqual(['android.permission.READ_CONTACTS']);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test('the resume screen: Down Down, then Enter Enter in one write asks; the saved answers stay', async () => {
    const env = baseEnv();
    const before = writeSaved(env, {answers: {lenders: ['none'], someone_elses_debt: 'no'}, current: 'phone'});
    const s = launch(env);
    await s.waitFor('Enter');
    await s.press(KEY.down, /> Start over/);
    await s.press(KEY.down, /> Delete saved answers/);
    await s.press('\r\r', /Press Enter again to delete the answers/);
    await s.frameDone();
    expect(existsSync(savedFile(env))).toBe(true);
    // Any other key keeps them; q leaves with them as they were.
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(savedFile(env), 'utf8')).answers).toEqual(JSON.parse(before).answers);
  });
});
