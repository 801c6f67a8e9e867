// The phone check as a person goes through it in the interface (Ink, a memory store), with a phone session
// the test answers for: offered only with adb, read, marked, filled in, saved as answer ids only.
import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import type {SavedProgress} from '../../source/persistence/types.js';
import {createPhoneLink} from '../../source/ui/phone-link.js';
import {type Harness, KEY, renderApp} from './helpers.js';
import {FakeSession, SCAN, without} from './phone-support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const SAVED: SavedProgress = {answers: {lenders: ['none']}, current: 'phone', done: [], lang: 'en', updatedAt: '2026-05-01T10:00:00.000Z'};
const say = (key: string) => t(content, key, 'en');
const PHONE_PROMPT = 'What phone do you use now?';

/** On question 6, resumed from saved progress, with `session` behind the phone check (none: no adb). */
async function atQuestion6(session?: FakeSession): Promise<Harness> {
  const harness = await renderApp({initial: SAVED, ...(session ? {phone: createPhoneLink(() => session)} : {})});
  await harness.press(KEY.enter);
  expect(harness.frame()).toContain(PHONE_PROMPT);
  return harness;
}

describe('the phone check in the interface', () => {
  test('without adb nothing is offered and p does nothing', async () => {
    h = await atQuestion6();
    expect(h.frame()).not.toContain(say('tui.key.phone'));
    await h.press('p');
    expect(h.frame()).toContain(PHONE_PROMPT);
  });

  test('p, the findings, space and Enter typed in one chunk, Enter: question 7 with the answers chosen; only ids saved', async () => {
    const session = new FakeSession({scan: SCAN});
    h = await atQuestion6(session);
    expect(h.frame()).toContain(say('tui.key.phone'));
    await h.press('p');
    await h.waitFor('[x] JD Finance');
    await h.press(KEY.down);
    await h.chunk(' \r'); // mark the gallery app, then go on
    await h.waitFor('would be filled in');
    expect(h.frame()).toContain('Contacts; Text messages (SMS); Photos');
    const saves = h.store.saveCount;
    await h.press(KEY.enter);
    await h.waitFor('Which permissions did loan apps get');
    expect(h.frame()).toMatch(/\[x\] Contacts/);
    expect(h.frame()).toMatch(/\[x\] Photos/);
    expect(h.frame()).toMatch(/\[ \] Location/);
    expect(h.store.saveCount).toBe(saves + 1);
    expect(h.store.saved?.answers).toEqual({
      lenders: ['none'],
      phone: 'xiaomi',
      app_permissions: ['contacts', 'sms', 'photos'],
      permissions_now: 'still_on',
    });
    expect(JSON.stringify(h.store.saved)).not.toMatch(/jrapp|gallery|Redmi/);
    expect(session.calls).toEqual(['connect', 'scan', 'abort', 'close']);
    await h.press(KEY.enter);
    await h.waitFor('Are those permissions turned off now?');
    expect(h.frame()).toContain('> 1. No, still on');
  });

  test('backspace while reading goes back to question 6 and stops the session; its late reading is dropped', async () => {
    const session = new FakeSession();
    h = await atQuestion6(session);
    await h.press('p');
    await h.waitFor(say('tui.phone.connecting'));
    await h.press(KEY.backspace);
    await h.waitFor(PHONE_PROMPT);
    expect(session.calls).toEqual(['connect', 'scan', 'abort', 'close']);
    session.answerRead(SCAN);
    await h.press(KEY.down); // a key, so a late reading would have had its chance to show
    expect(h.frame()).toContain(PHONE_PROMPT);
    expect(h.frame()).not.toContain('JD Finance');
  });

  test('no phone: one calm message on question 6, which is then answered as before', async () => {
    h = await atQuestion6(new FakeSession({connect: {kind: 'noDevice'}}));
    await h.press('p');
    await h.waitFor('No phone was found.');
    expect(h.frame()).toContain(PHONE_PROMPT);
    await h.press('4');
    await h.waitFor('Which permissions did loan apps get');
    expect(h.store.saved?.answers.phone).toBe('other_android');
  });

  test('q on the findings leaves as anywhere; Ctrl+C while reading leaves with 130', async () => {
    h = await atQuestion6(new FakeSession({scan: SCAN}));
    await h.press('p');
    await h.waitFor('[x] JD Finance');
    await h.press('q');
    expect(h.exits).toEqual([0]);
    await h.unmount();
    h = await atQuestion6(new FakeSession());
    await h.press('p');
    await h.waitFor(say('tui.phone.connecting'));
    await h.press(KEY.ctrlC);
    expect(h.exits).toEqual([130]);
  });

  test('x, Enter, Enter: the session switches off exactly that permission, and the fresh reading shows it off', async () => {
    const session = new FakeSession({scan: (reads) => (reads === 1 ? SCAN : without(SCAN, 'com.jd.jrapp', 'contacts'))});
    h = await atQuestion6(session);
    await h.press('p');
    await h.waitFor('[x] JD Finance');
    await h.press('x');
    await h.waitFor('Switch off which permission?');
    await h.press(KEY.enter);
    await h.waitFor('Press Enter again');
    expect(session.calls.filter((c) => c.startsWith('revoke'))).toEqual([]);
    await h.press(KEY.enter);
    await h.waitFor('Contacts is switched off.');
    expect(session.calls).toEqual(['connect', 'scan', 'revoke com.jd.jrapp contacts', 'scan']);
    expect(h.frame()).toContain('Contacts: off, last used');
  });

  test('x, Enter Enter in one read: the second Enter came before the question was on screen, so nothing is switched off', async () => {
    const session = new FakeSession({scan: (reads) => (reads === 1 ? SCAN : without(SCAN, 'com.jd.jrapp', 'contacts'))});
    h = await atQuestion6(session);
    await h.press('p');
    await h.waitFor('[x] JD Finance');
    await h.chunk('x\r\r');
    await h.waitFor('Press Enter again');
    expect(session.calls).toEqual(['connect', 'scan']);
    await h.press(KEY.enter);
    await h.waitFor('Contacts is switched off.');
    expect(session.calls).toEqual(['connect', 'scan', 'revoke com.jd.jrapp contacts', 'scan']);
  });
});
