// The interface's line to the phone: outcomes of the session under way only, and closing stops it. With the
// stand-in adb: a hung phone is let go of at once when the person leaves, and the server this started stops.
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openAdbSession} from '../../source/ui/phone-adb.js';
import {createPhoneLink} from '../../source/ui/phone-link.js';
import {app, fakePhone, syntheticSet} from '../support/phone.js';
import {FakeSession, SCAN} from './phone-support.js';

describe('the phone link', () => {
  test('a reading comes back with its progress; a failure comes back as the failure', async () => {
    const session = new FakeSession({scan: SCAN});
    const progress: number[] = [];
    const link = createPhoneLink(() => session);
    expect(await link.read((step, of) => progress.push(step, of))).toEqual({kind: 'done', value: SCAN});
    expect(progress).toEqual([4, 4]);
    const failing = createPhoneLink(() => new FakeSession({connect: {kind: 'unauthorized'}}));
    expect(await failing.read(() => {})).toEqual({kind: 'failed', failure: {kind: 'unauthorized'}});
    const broken = createPhoneLink(() => {
      throw new Error('no module');
    });
    expect(await broken.read(() => {})).toEqual({kind: 'failed', failure: {kind: 'adbFailed', detail: 'Error: no module'}});
  });

  test('closed while reading: the session is stopped and closed, and its reading is dropped', async () => {
    const session = new FakeSession();
    const link = createPhoneLink(() => session);
    const reading = link.read(() => {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(session.waiting).toBe(1);
    await link.close();
    expect(session.calls).toEqual(['connect', 'scan', 'abort', 'close']);
    session.answerRead(SCAN);
    expect(await reading).toEqual({kind: 'cancelled'});
  });

  test('a second reading closes the first session; switching off uses the open one and reads again', async () => {
    const first = new FakeSession({scan: SCAN});
    const second = new FakeSession({scan: SCAN});
    const sessions = [first, second];
    const link = createPhoneLink(() => sessions.shift()!);
    await link.read(() => {});
    await link.read(() => {});
    expect(first.calls).toEqual(['connect', 'scan', 'abort', 'close']);
    expect(await link.revoke(SCAN.apps[0]!, 'sms', () => {})).toEqual({kind: 'done', value: {refused: [], scan: SCAN}});
    expect(second.calls).toEqual(['connect', 'scan', 'revoke com.jd.jrapp sms', 'scan']);
    await link.close();
    expect(await link.revoke(SCAN.apps[0]!, 'sms', () => {})).toEqual({kind: 'failed', failure: {kind: 'noDevice'}});
  });

  test('with the stand-in adb: a hung dumpsys is stopped on close, no command follows but kill-server', async () => {
    const phone = fakePhone(syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true})]), 'server-start,hang:dumpsys package packages');
    const link = createPhoneLink(() => openAdbSession(path.join(phone.bin, 'adb'), phone.env));
    const steps: number[] = [];
    const reading = link.read((step) => steps.push(step));
    while (!phone.calls().some((c) => c.includes('dumpsys'))) await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await link.close();
    expect(await reading).toEqual({kind: 'cancelled'});
    expect(Date.now() - started).toBeLessThan(5000);
    const sent = phone.calls().map((c) => c.filter((a, i) => a !== '-s' && c[i - 1] !== '-s').join(' '));
    expect(sent).toEqual(['devices -l', 'shell getprop', 'shell pm list packages -3', 'shell dumpsys package packages', 'kill-server']);
    expect(steps).toEqual([1, 2, 3]);
  });
});
