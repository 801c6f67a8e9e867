import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {nextQuestion} from '../../source/engine/questionnaire.js';
import {t} from '../../source/i18n/index.js';
import {type Frame, frameOf} from '../../source/ui/frame.js';
import {keyFor} from '../support/answers.js';
import {type Harness, KEY, renderApp} from './helpers.js';
import {context, onQuestionState, press, text} from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const q = (id: string) => content.questions.find((question) => question.id === id)!;
const label = (id: string, value: string) => q(id).options.find((o) => o.value === value)!.label.en;

/** Saved progress that puts the person on `current` with earlier answers given. */
function at(current: string, answers: Record<string, string | string[]>) {
  return {answers, current, done: [], lang: 'en' as const, updatedAt: new Date('2026-05-01T10:00:00').toISOString()};
}

// A number pick on `overdue`, and the question it leads to (whichever the content asks next), with its first
// two options: the tests below press keys on it without knowing its id.
const overdueKey = keyFor('overdue', 'd31_90', {lenders: ['credit_card']});
const after = q(nextQuestion(content.questions, {lenders: ['credit_card'], overdue: 'd31_90'}, 'overdue')!);
const [afterFirst, afterSecond] = after.options.map((o) => o.value);

async function onQuestion(current: string, answers: Record<string, string | string[]>) {
  const harness = await renderApp({initial: at(current, answers)});
  await harness.press(KEY.enter); // Continue
  expect(harness.frame()).toContain(q(current).prompt.en);
  return harness;
}

describe('question screen', () => {
  test('shows the section, "n of m" with a bar, the prompt and why we ask', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    const frame = h.frame();
    const first = content.questions[0]!;
    expect(frame).toContain(content.sections.find((s) => s.id === first.section)!.title.en);
    expect(frame).toMatch(/Question 1, at most \d+ to go/);
    expect(frame).toMatch(/\[#+-+\]/);
    expect(frame).toContain(first.prompt.en);
    expect(frame.replace(/\s+/g, ' ')).toContain(`Why we ask: ${first.help.en}`.replace(/\s+/g, ' ').slice(0, 40));
  });

  test('single choice: a number key answers directly and the answer is saved', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press(overdueKey);
    expect(h.store.saved?.answers.overdue).toBe('d31_90');
    expect(h.frame()).toContain(after.prompt.en);
  });

  test('single choice: "number, Enter" answers one question, not two; a second Enter then picks', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press(overdueKey);
    await h.press(KEY.enter);
    expect(h.store.saved?.answers.overdue).toBe('d31_90');
    expect(h.store.saved?.answers).not.toHaveProperty(after.id);
    expect(h.frame()).toContain(after.prompt.en);
    expect(h.frame()).toContain(t(content, 'tui.question.single', 'en'));
    await h.press(KEY.enter);
    expect(h.store.saved?.answers[after.id]).toBe(afterFirst);
  });

  test('single choice: "number, Enter" arriving in one read answers one question', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press(`${overdueKey}\r`);
    expect(h.store.saved?.answers.overdue).toBe('d31_90');
    expect(h.store.saved?.answers).not.toHaveProperty(after.id);
  });

  test('after a number pick, moving first and then Enter picks as usual', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press(overdueKey);
    await h.press(KEY.down, KEY.enter);
    expect(h.store.saved?.answers[after.id]).toBe(afterSecond);
  });

  test('single choice: space answers nothing, a number beyond the options does nothing', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    const before = h.store.saveCount;
    await h.press(KEY.space, '9');
    expect(h.frame()).toContain(q('overdue').prompt.en);
    expect(h.frame()).toContain(t(content, 'tui.question.single', 'en'));
    expect(h.store.saveCount).toBe(before);
  });

  test('single choice: space shows the how-to-pick line as a warning, without changing the answer', () => {
    const ctx = context();
    const ui = onQuestionState(ctx, 'overdue', {lenders: ['credit_card'], overdue: 'd1_30'});
    const size = {columns: 80, rows: 30};
    const hintLine = (frame: Frame) => frame.lines.find((line) => text(line).startsWith('Pick one'))!;
    expect(hintLine(frameOf(ctx, ui, size))[0]!.tone).toBe('text.secondary');
    const next = press(ctx, ui, size, {command: 'toggle'});
    expect(next.effects).toEqual([]);
    expect(next.ui.app).toBe(ui.app);
    expect(next.ui.screen).toMatchObject({kind: 'question', cursor: 1, hint: 'none'});
    expect(next.ui.once).toEqual({pickHint: true});
    expect(hintLine(next.frame)[0]).toMatchObject({tone: 'status.warning', bold: true});
    // Any next key puts it back to normal.
    const down = press(ctx, next.ui, size, {command: 'down'});
    expect(down.ui.screen).toMatchObject({hint: 'none', cursor: 2});
    expect(hintLine(down.frame)[0]!.tone).toBe('text.secondary');
  });

  test('single choice: Down+Enter in ONE read picks the option below (ink-select-input bug)', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.chunk(`${KEY.down}${KEY.enter}`);
    expect(h.store.saved?.answers.overdue).toBe('d1_30');
  });

  test('single choice: two Downs and Enter in one read pick the third option', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.chunk(`${KEY.down}${KEY.down}${KEY.enter}`);
    expect(h.store.saved?.answers.overdue).toBe('d31_90');
  });

  test('multiple choice: Down, Space, Enter in ONE read tick and confirm the second option', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    await h.chunk(`${KEY.down}${KEY.space}${KEY.enter}`);
    expect(h.store.saved?.answers.lenders).toEqual(['bank_loan']);
  });

  test('multiple choice: Down+Enter in one read with nothing ticked explains what to do', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    await h.chunk(`${KEY.down}${KEY.enter}`);
    expect(h.store.saveCount).toBe(0);
    expect(h.frame()).toContain('Nothing is ticked yet');
    expect(h.frame()).toMatch(/> 2\. \[ \]/);
  });

  test('multiple choice: space toggles, number keys toggle, Enter confirms in content order', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    await h.press('3', KEY.space); // number ticks platform_loan and moves there; space unticks it
    expect(h.frame()).toMatch(/> 3\. \[ \]/);
    await h.press('5', '1', KEY.enter);
    expect(h.store.saved?.answers.lenders).toEqual(['credit_card', 'unknown_app']);
  });

  test('multiple choice: an exclusive option clears the others and is cleared by them', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    const none = q('lenders').options.findIndex((o) => o.value === 'none') + 1;
    await h.press('1', '2', String(none));
    let frame = h.frame();
    expect(frame).toContain(`[x] ${label('lenders', 'none')}`);
    expect(frame).toContain(`[ ] ${label('lenders', 'credit_card')}`);
    await h.press('1');
    frame = h.frame();
    expect(frame).toContain(`[ ] ${label('lenders', 'none')}`);
    expect(frame).toContain(`[x] ${label('lenders', 'credit_card')}`);
  });

  test('back keeps answers, and the previous answer is pre-selected when revisiting', async () => {
    h = await renderApp();
    await h.press(KEY.enter, '2', '6', KEY.enter); // lenders: bank_loan + high_cost_app
    await h.press('3'); // overdue: d31_90
    expect(h.frame()).toContain(q('overdue_debts').prompt.en);
    await h.press(KEY.left);
    expect(h.frame()).toContain(q('overdue').prompt.en);
    expect(h.frame()).toMatch(/> 3\. /);
    await h.press(KEY.backspace);
    const frame = h.frame();
    expect(frame).toContain(`[x] ${label('lenders', 'bank_loan')}`);
    expect(frame).toContain(`[x] ${label('lenders', 'high_cost_app')}`);
    expect(frame).toContain(`[ ] ${label('lenders', 'credit_card')}`);
    expect(h.store.saved?.answers).toEqual({lenders: ['bank_loan', 'high_cost_app'], overdue: 'd31_90'});
    // Enter keeps the same answer and moves on to the question after it.
    await h.press(KEY.enter);
    expect(h.frame()).toContain(q('overdue').prompt.en);
    expect(h.frame()).toMatch(/> 3\. /);
  });

  test('on an iPhone, call log and SMS are not offered', async () => {
    h = await onQuestion('app_permissions', {
      lenders: ['credit_card'],
      overdue: 'not_yet',
      phone: 'iphone',
    });
    expect(h.frame()).toContain(label('app_permissions', 'contacts'));
    expect(h.frame()).not.toContain(label('app_permissions', 'sms'));
  });

  test('q saves the position and quits with 0; Ctrl+C saves and exits with 130', async () => {
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press('q');
    expect(h.exits).toEqual([0]);
    expect(h.store.saved?.current).toBe('overdue');
    await h.unmount();
    h = await onQuestion('overdue', {lenders: ['credit_card']});
    await h.press(KEY.ctrlC);
    expect(h.exits).toEqual([130]);
    expect(h.store.saved?.answers).toEqual({lenders: ['credit_card']});
  });
});
