// The revoke offer in a real terminal with the stand-in adb: one `pm revoke` per granted Android permission
// of a confirmed group, none without a "y", a fresh read showing what changed, and the phone's refusal named.
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {settingsPath} from '../../source/phone/report.js';
import {baseEnv, KEY, launcher, until} from '../support/pty.js';
import {app, fakePhone, syntheticSet} from '../support/phone.js';

const launch = launcher();

const LOAN = app(
  'com.jd.jrapp',
  {READ_CONTACTS: true, READ_SMS: true, RECEIVE_SMS: true, ACCESS_FINE_LOCATION: true, ACCESS_COARSE_LOCATION: true},
  {READ_CONTACTS: '-5m'},
);
const GALLERY = app('org.example.gallery', {READ_MEDIA_IMAGES: true});
const REVOKE = (pkg: string, perm: string) => ['-s', 'FAKE0001', 'shell', 'pm', 'revoke', pkg, perm];

describe('--phone in a terminal: switching off, confirmed one app and permission at a time', () => {
  test('y to SMS, no to the rest: exactly READ_SMS and RECEIVE_SMS revoked, then read again', async () => {
    const phone = fakePhone(syntheticSet([LOAN, GALLERY]));
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'en']});
    await s.waitFor('Switch off Contacts for JD Finance (京东金融) (com.jd.jrapp)? [y/N]');
    const before = phone.calls().length;
    expect(phone.calls().some((c) => c.includes('revoke'))).toBe(false); // nothing before an answer
    await s.press(`n${KEY.enter}`, 'Switch off SMS for JD Finance (京东金融) (com.jd.jrapp)? [y/N]');
    expect(phone.calls()).toHaveLength(before); // "n" sends nothing
    await s.press(`y${KEY.enter}`, 'Switch off Location for');
    await s.press(KEY.enter, 'Switch off Photos for org.example.gallery? [y/N]'); // empty answer is no
    s.write(`no${KEY.enter}`);
    await s.waitFor('this is what changed');
    await s.waitFor('does not delete what the app already uploaded');
    expect((await s.waitExit()).exitCode).toBe(0);
    const sent = phone.calls().slice(before);
    expect(sent.filter((c) => c.includes('revoke'))).toEqual([
      REVOKE('com.jd.jrapp', 'android.permission.READ_SMS'),
      REVOKE('com.jd.jrapp', 'android.permission.RECEIVE_SMS'),
    ]);
    // The fresh read after the revokes: the same read commands again, nothing else.
    expect(sent.filter((c) => !c.includes('revoke')).map((c) => c.slice(3).join(' '))).toEqual([
      'getprop',
      'pm list packages -3',
      'dumpsys package packages',
      'dumpsys appops',
    ]);
    expect(s.sinceMark()).toContain('JD Finance (京东金融) (com.jd.jrapp): SMS is off now (it was on).');
  });

  test('a group with two granted permissions (location): both revoked after one "y"', async () => {
    const phone = fakePhone(syntheticSet([LOAN]));
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'zh-Hans']});
    await s.waitFor('关闭“京东金融 (com.jd.jrapp)”的通讯录权限吗？[y/N]');
    await s.press(KEY.enter, '短信');
    await s.press(KEY.enter, '位置');
    s.write(`y${KEY.enter}`);
    await s.waitFor('位置已关闭（之前开着）');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(phone.calls().filter((c) => c.includes('revoke'))).toEqual([
      REVOKE('com.jd.jrapp', 'android.permission.ACCESS_FINE_LOCATION'),
      REVOKE('com.jd.jrapp', 'android.permission.ACCESS_COARSE_LOCATION'),
    ]);
  });

  test('the phone refuses (Xiaomi without "USB 调试（安全设置）"): named in one line, exit 3', async () => {
    const phone = fakePhone(syntheticSet([LOAN]), 'refuse-revoke');
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'en']});
    await s.waitFor('Switch off Contacts for');
    s.write(`y${KEY.enter}`);
    // Why, in one line; then where this phone keeps the same switch (the content's Xiaomi step).
    await s.waitFor(
      'The phone refused to switch off Contacts for JD Finance (京东金融) (com.jd.jrapp): a Xiaomi phone allows it only with "USB 调试（安全设置）"',
    );
    expect(settingsPath(content, 'xiaomi', 'en')).toHaveLength(2);
    for (const line of settingsPath(content, 'xiaomi', 'en')) await s.waitFor(`  ${line}`);
    await s.waitFor('Switch off SMS');
    await s.press(KEY.enter, 'Switch off Location');
    s.write(KEY.enter);
    await s.waitFor('Contacts is still on');
    await s.waitFor('turn USB debugging off');
    expect((await s.waitExit()).exitCode).toBe(3);
    expect(phone.calls().filter((c) => c.includes('revoke'))).toEqual([REVOKE('com.jd.jrapp', 'android.permission.READ_CONTACTS')]);
  });

  test('a refusal on a phone that is not a Xiaomi says nothing about Xiaomi', async () => {
    const phone = fakePhone(syntheticSet([LOAN], {'ro.product.brand': 'samsung', 'ro.product.manufacturer': 'samsung'}), 'refuse-revoke');
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'en']});
    await s.waitFor('Switch off Contacts for');
    s.write(`y${KEY.enter}`);
    await s.waitFor('The phone refused to switch off Contacts');
    for (const line of settingsPath(content, 'other_android', 'en')) await s.waitFor(`  ${line}`);
    await s.waitFor('Switch off SMS');
    await s.press(KEY.enter, 'Switch off Location');
    s.write(KEY.enter);
    expect((await s.waitExit()).exitCode).toBe(3);
    expect(s.raw()).not.toContain('Xiaomi');
  });

  test('keys typed while the phone is read never answer a question: "y Enter" then, a "y" alone then Enter after', async () => {
    const phone = fakePhone(syntheticSet([LOAN, GALLERY]), 'wait:dumpsys package packages');
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'en']});
    await s.waitFor('Reading the phone (3/4)');
    await until(() => phone.calls().some((c) => c.includes('dumpsys')), 'the held dumpsys call');
    // Typed while the phone is being read: a whole "yes" with its Enter, and a "y" waiting for one.
    s.write(`y${KEY.enter}`);
    s.write('yes');
    s.mark();
    phone.go();
    await s.waitFor('Switch off Contacts for JD Finance (京东金融) (com.jd.jrapp)? [y/N]');
    expect(phone.calls().some((c) => c.includes('revoke'))).toBe(false);
    // The question is on screen: Enter alone is "no" (the typed-ahead "yes" was thrown away), and the
    // next question comes with nothing sent.
    await s.press(KEY.enter, 'Switch off SMS for');
    expect(phone.calls().some((c) => c.includes('revoke'))).toBe(false);
    // Keys after this question's Enter, in the same read, do not answer the next one either.
    await s.press(`n${KEY.enter}y${KEY.enter}`, 'Switch off Location for');
    await s.press(KEY.enter, 'Switch off Photos for');
    await s.press(`y${KEY.enter}`, 'this is what changed');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(phone.calls().filter((c) => c.includes('revoke'))).toEqual([REVOKE('org.example.gallery', 'android.permission.READ_MEDIA_IMAGES')]);
  });

  test('a progress line while reading; Ctrl+C at a question exits 130, sends no revoke, stops the server it started', async () => {
    const phone = fakePhone(syntheticSet([GALLERY]), 'server-start');
    const s = launch(baseEnv(phone.env), {args: ['--phone', '--lang', 'en']});
    await s.waitFor('Switch off Photos');
    expect(s.raw()).toContain('Reading the phone (4/4)');
    s.write(KEY.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    expect(phone.calls().filter((c) => c.includes('revoke'))).toEqual([]);
    expect(phone.calls().at(-1)).toEqual(['kill-server']);
  });
});
