// The phone check at question 6, on the pure pieces (frame and update): the offer only with adb, the
// findings and marking, the answers a reading gives, and filling them in.
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {t} from '../../source/i18n/index.js';
import type {Size} from '../../source/ui/context.js';
import {frameOf} from '../../source/ui/frame.js';
import type {PhoneScreen, UiState} from '../../source/ui/state.js';
import {lineWidth} from '../../source/ui/text.js';
import {context, onQuestionState, press, screenText, text} from './support.js';
import {SCAN} from './phone-support.js';

const withAdb = context({phoneCheck: true});
const withoutAdb = context();
const SIZE: Size = {columns: 80, rows: 30};
const NARROW: Size = {columns: 40, rows: 20};
const EARLIER = {lenders: ['high_cost_app'], overdue: 'd1_30'};
const say = (key: string, vars?: Record<string, string>) => t(content, key, 'en', vars);
const flat = (s: string) => s.replace(/\s+/g, '');
const onPhone = (ctx = withAdb, answers: UiState['app']['answers'] = EARLIER) => onQuestionState(ctx, 'phone', answers);

/** Question 6, p, and the phone's reading arriving. */
function findings(scan = SCAN, size = SIZE) {
  const started = press(withAdb, onPhone(), size, {command: 'phone'});
  return press(withAdb, started.ui, size, {event: 'phoneScanned', scan});
}

describe('the offer at question 6', () => {
  test('shown, with its key, only when adb was found and only on question 6', () => {
    const offered = screenText(frameOf(withAdb, onPhone(), SIZE));
    expect(flat(offered)).toContain(flat(say('tui.phone.offer')));
    expect(offered).toContain(say('tui.key.phone'));
    for (const [ctx, ui] of [
      [withoutAdb, onPhone(withoutAdb)],
      [withAdb, onQuestionState(withAdb, 'permissions_now', {...EARLIER, phone: 'xiaomi', app_permissions: ['contacts']})],
    ] as const) {
      const shown = screenText(frameOf(ctx, ui, SIZE));
      expect(flat(shown)).not.toContain(flat(say('tui.phone.offer')));
      expect(shown).not.toContain(say('tui.key.phone'));
    }
  });

  test('p reads the phone only where it is offered', () => {
    const started = press(withAdb, onPhone(), SIZE, {command: 'phone'});
    expect(started.ui.screen).toMatchObject({kind: 'phone', step: 'reading'});
    expect(started.effects).toEqual([{type: 'phoneScan'}]);
    expect(screenText(started.frame)).toContain(say('tui.phone.connecting'));
    const ignored = press(withoutAdb, onPhone(withoutAdb), SIZE, {command: 'phone'});
    expect(ignored.ui.screen.kind).toBe('question');
    expect(ignored.effects).toEqual([]);
  });

  test('the progress line follows the reading; backspace stops it and goes back to question 6', () => {
    const started = press(withAdb, onPhone(), SIZE, {command: 'phone'});
    const reading = press(withAdb, started.ui, SIZE, {event: 'phoneProgress', step: 2, of: 4});
    expect(screenText(reading.frame)).toContain('Reading the phone (2/4)');
    const back = press(withAdb, reading.ui, SIZE, {command: 'back'});
    expect(back.ui.screen.kind).toBe('question');
    expect(back.ui.app).toBe(started.ui.app);
    expect(back.effects).toEqual([{type: 'phoneClose'}]);
    // The reading arriving after that changes nothing.
    expect(press(withAdb, back.ui, SIZE, {event: 'phoneScanned', scan: SCAN}).ui).toBe(back.ui);
  });

  test('a failure is one message on question 6, which goes on as before', () => {
    const started = press(withAdb, onPhone(), SIZE, {command: 'phone'});
    const failed = press(withAdb, started.ui, SIZE, {event: 'phoneFailed', failure: {kind: 'several', serials: ['A1', 'B2']}});
    expect(failed.ui.screen.kind).toBe('question');
    expect(failed.effects).toEqual([{type: 'phoneClose'}]);
    expect(failed.ui.once.message?.text).toBe(say('tui.phone.fail.several', {serials: 'A1, B2'}));
    expect(flat(screenText(failed.frame))).toContain(flat(failed.ui.once.message!.text));
    const answered = press(withAdb, failed.ui, SIZE, {command: 'pick', index: 3});
    expect(answered.ui.app.answers.phone).toBe('other_android');
    expect(answered.ui.app.current).toBe('app_permissions');
  });

  test('every failure message fits question 6 at 40 columns, in every language', () => {
    const failures = [
      {kind: 'noAdb'},
      {kind: 'adbFailed', detail: 'cannot connect to daemon'},
      {kind: 'noDevice'},
      {kind: 'unauthorized'},
      {kind: 'offline'},
      {kind: 'several', serials: ['A1', 'B2']},
      {kind: 'unknownSerial', serial: 'A1'},
      {kind: 'timeout', command: 'dumpsys appops'},
      {kind: 'refused', command: 'getprop'},
      {kind: 'tooLarge', command: 'dumpsys package packages'},
    ] as const;
    for (const lang of LANGS) {
      for (const failure of failures) {
        const onQ6 = onPhone();
        const started = press(withAdb, {...onQ6, app: {...onQ6.app, lang}}, NARROW, {command: 'phone'});
        const {ui, frame} = press(withAdb, started.ui, NARROW, {event: 'phoneFailed', failure});
        expect(ui.once.message?.text, failure.kind).toBeTruthy();
        for (const line of frame.lines) expect(lineWidth(line), `${lang} ${failure.kind}: ${text(line)}`).toBeLessThanOrEqual(40);
        expect(frame.lines.length, `${lang} ${failure.kind}`).toBeLessThan(NARROW.rows);
      }
    }
  });
});

describe('the findings', () => {
  test('one row per app, the listed loan app first and marked, with what it holds now and when it was used', () => {
    const {ui, frame} = findings();
    const shown = screenText(frame);
    expect(shown).toContain('Phone: Redmi 22101316C, Android 13');
    const rows = frame.lines.map(text);
    const loan = rows.findIndex((l) => l.startsWith('> [x] JD Finance (京东金融) (com.jd.jrapp)'));
    const gallery = rows.findIndex((l) => l.startsWith('  [ ] org.example.gallery'));
    expect(loan).toBeGreaterThan(0);
    expect(gallery).toBeGreaterThan(loan);
    expect(rows[loan + 1]).toMatch(/^ {6}Contacts: on now, last used 2026-05-0\d \d\d:35$/);
    expect(rows[loan + 2]).toBe('      SMS: on now, no use recorded');
    expect(rows[loan + 3]).toBe('      Location: off, no use recorded');
    expect(rows[gallery + 1]).toBe('      Photos: on now, no use recorded');
    expect((ui.screen as Extract<PhoneScreen, {step: 'findings'}>).findings.marked).toEqual(['com.jd.jrapp']);
  });

  test('space marks and unmarks the highlighted app; the answers follow the marks', () => {
    const {ui} = findings();
    const down = press(withAdb, ui, SIZE, {command: 'down'});
    const marked = press(withAdb, down.ui, SIZE, {command: 'toggle'});
    expect(marked.frame.lines.map(text)).toContain('> [x] org.example.gallery');
    const both = press(withAdb, marked.ui, SIZE, {command: 'select'});
    expect(both.ui.screen).toMatchObject({step: 'confirm', answers: {phone: 'xiaomi', app_permissions: ['contacts', 'sms', 'photos'], permissions_now: 'still_on'}});
    const unmarked = press(withAdb, press(withAdb, marked.ui, SIZE, {command: 'up'}).ui, SIZE, {command: 'toggle'});
    expect(press(withAdb, unmarked.ui, SIZE, {command: 'select'}).ui.screen).toMatchObject({answers: {app_permissions: ['photos'], permissions_now: 'still_on'}});
    const none = press(withAdb, press(withAdb, unmarked.ui, SIZE, {command: 'down'}).ui, SIZE, {command: 'toggle'});
    const unsure = press(withAdb, none.ui, SIZE, {command: 'select'});
    expect(unsure.ui.screen).toMatchObject({answers: {phone: 'xiaomi', app_permissions: ['unsure']}});
    expect(flat(screenText(unsure.frame))).toContain(flat(say('tui.phone.noneMarked')));
  });

  test('at 40 columns in every language: every line fits, and moving down keeps the highlighted row on screen', () => {
    const many = {...SCAN, apps: Array.from({length: 12}, (_, i) => ({...SCAN.apps[1]!, package: `org.example.app${i}`}))};
    for (const lang of LANGS) {
      let {ui} = findings(many, NARROW);
      ui = {...ui, app: {...ui.app, lang}};
      for (let i = 0; i < 12; i++) {
        const frame = frameOf(withAdb, ui, NARROW);
        for (const line of frame.lines) expect(lineWidth(line), text(line)).toBeLessThanOrEqual(40);
        expect(frame.lines.length).toBeLessThan(NARROW.rows);
        expect(frame.lines.map(text)).toContain(`> [ ] org.example.app${i}`);
        ui = press(withAdb, ui, NARROW, {command: 'down'}).ui;
      }
    }
  });

  test('reading, switching off and the confirmation fit 40 columns in every language', () => {
    for (const lang of LANGS) {
      const onQ6 = onPhone();
      const start = press(withAdb, {...onQ6, app: {...onQ6.app, lang}}, NARROW, {command: 'phone'});
      const reading = press(withAdb, start.ui, NARROW, {event: 'phoneProgress', step: 3, of: 4});
      const found = press(withAdb, reading.ui, NARROW, {event: 'phoneScanned', scan: SCAN});
      const revoke = press(withAdb, found.ui, NARROW, {command: 'revoke'});
      const asked = press(withAdb, revoke.ui, NARROW, {command: 'select'});
      const switching = press(withAdb, asked.ui, NARROW, {command: 'select'});
      const unmarked = press(withAdb, found.ui, NARROW, {command: 'toggle'});
      const frames = [start, reading, revoke, asked, switching, press(withAdb, found.ui, NARROW, {command: 'select'})];
      frames.push(press(withAdb, unmarked.ui, NARROW, {command: 'select'}));
      for (const {frame} of frames) {
        for (const line of frame.lines) expect(lineWidth(line), `${lang}: ${text(line)}`).toBeLessThanOrEqual(40);
        expect(frame.lines.length, `${lang}\n${screenText(frame)}`).toBeLessThan(NARROW.rows);
      }
    }
  });

  test('backspace goes back to question 6 and closes the session', () => {
    const back = press(withAdb, findings().ui, SIZE, {command: 'back'});
    expect(back.ui.screen.kind).toBe('question');
    expect(back.ui.app.current).toBe('phone');
    expect(back.effects).toEqual([{type: 'phoneClose'}]);
  });
});

describe('filling in questions 6-8', () => {
  const confirm = () => press(withAdb, findings().ui, SIZE, {command: 'select'});

  test('the confirmation shows the answers in words; backspace goes back to the findings as they were', () => {
    const {ui, frame} = confirm();
    const shown = screenText(frame);
    expect(shown).toContain('Phone: Xiaomi or Redmi (MIUI, HyperOS)');
    expect(shown).toContain('What the loan apps got: Contacts; Text messages (SMS)');
    expect(shown).toContain('Turned off now: No, still on');
    const back = press(withAdb, ui, SIZE, {command: 'back'});
    expect(back.ui.screen).toEqual(findings().ui.screen);
  });

  test('Enter sets exactly the three answers, saves, closes the session, and lands on question 7 with them chosen', () => {
    const before = confirm().ui;
    const accepted = press(withAdb, before, SIZE, {command: 'select'});
    expect(accepted.ui.app.answers).toEqual({...EARLIER, phone: 'xiaomi', app_permissions: ['contacts', 'sms'], permissions_now: 'still_on'});
    expect(accepted.effects).toEqual([{type: 'persist'}, {type: 'phoneClose'}]);
    expect(accepted.ui.dirty).toBe(true);
    expect(accepted.ui.screen).toMatchObject({kind: 'question', picked: ['contacts', 'sms']});
    expect(accepted.ui.app.current).toBe('app_permissions');
    const q7 = accepted.frame.lines.map(text);
    expect(q7.some((l) => /\[x\] Contacts/.test(l))).toBe(true);
    expect(q7.some((l) => /\[x\] Text messages/.test(l))).toBe(true);
    expect(q7.some((l) => /\[ \] Photos/.test(l))).toBe(true);
    expect(accepted.ui.once.message?.text).toBe(say('tui.phone.filled'));
    // Confirmed as it is: question 8 with its filled-in answer highlighted.
    const q8 = press(withAdb, accepted.ui, SIZE, {command: 'select'});
    expect(q8.ui.app.current).toBe('permissions_now');
    expect(q8.frame.lines.map(text)).toContain('> 1. No, still on');
  });

  test('nothing of the reading is in the state that is saved', () => {
    const accepted = press(withAdb, confirm().ui, SIZE, {command: 'select'});
    expect(JSON.stringify(accepted.ui.app)).not.toMatch(/jrapp|gallery|Redmi|22101316C/);
  });
});
