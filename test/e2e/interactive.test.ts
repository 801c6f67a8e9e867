// The built CLI in a real pseudo-terminal: answer everything, see the result, quit, come back and resume;
// Ctrl+C keeps the answers; keys arriving in one read pick what the person meant.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {baseEnv, KEY, launcher, type Session} from '../support/pty.js';

const launch = launcher();

function savedFile(env: Record<string, string>) {
  return JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8')) as {
    answers: Record<string, string | string[]>;
    current?: string;
    done: string[];
  };
}

/** Public calibration case B (docs/scoring.md), typed as a person would, one key at a time, waiting for each screen. */
async function answerCaseB(s: Session) {
  await s.press(KEY.enter, /Question 1,/);
  await s.press('6', /\[x\] 714-type/);
  await s.press(KEY.enter, /Question 2,/);
  await s.press('2', /Question 3,/); // overdue d1_30
  await s.press('1', /Question 4,/); // someone_elses_debt no (asked of everyone in content version 3)
  await s.press('2', /Question 5,/); // overdue_lenders two_three
  await s.press('1', /> 1\. \[x\]/); // loan_terms upfront_deduction
  await s.press('2', /> 2\. \[x\]/); // + short_term
  await s.press(KEY.enter, /Question 6,/);
  await s.press('3', /Question 7,/); // contact_status avoiding
  await s.press('4', /Question 8,/); // phone other_android
  await s.press('1', /> 1\. \[x\]/); // app_permissions contacts
  await s.press('2', /> 2\. \[x\]/); // call_log
  await s.press('3', /> 3\. \[x\]/); // sms
  await s.press(KEY.enter, /Question 9,/);
  await s.press('1', /Question 10,/); // permissions_now still_on
  await s.press('1', /Question 11,/); // emergency_contacts family
  await s.press('1', /> 1\. \[x\]/); // shared_info employer
  await s.press('3', /> 3\. \[x\]/); // id_photos
  await s.press(KEY.enter, /Question 12,/);
  await s.press('1', /> 1\. \[x\]/); // collector_actions frequent_calls
  await s.press('3', /> 3\. \[x\]/); // insults
  await s.press('4', /> 4\. \[x\]/); // threaten_contacts
  await s.press(KEY.enter, /Question 13,/);
  await s.press('7', /> 7\. \[x\]/); // contacted_people none
  await s.press(KEY.enter, /Question 14,/);
  await s.press('2', /Question 15,/); // evidence some
}

describe('interactive, in a real terminal', () => {
  test('answer everything, see the result, quit with q, relaunch and resume to the result', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('Enter start');
    await answerCaseB(s);
    await s.press('2', /Your result/); // wellbeing stressed
    await s.waitFor(/Risk level\s+High\s+\d+ \/ 100/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(s.raw()).toContain('\u001B[?25h'); // cursor shown again
    const saved = savedFile(env);
    expect(saved.answers.lenders).toEqual(['high_cost_app']);
    expect(saved.answers.wellbeing).toBe('stressed');

    const again = launch(env);
    await again.waitFor(/Saved on \d{4}-\d{2}-\d{2} \d{2}:\d{2}, (\d+) of \1 answered/);
    await again.press(KEY.enter, /Risk level\s+High/);
    again.write('q');
    expect((await again.waitExit()).exitCode).toBe(0);
  });

  test('Ctrl+C mid-way keeps the answers, exits 130, and the next run resumes on the right question', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('Enter start');
    await s.press(KEY.enter, /Question 1,/);
    await s.press('1', /> 1\. \[x\]/);
    await s.press(KEY.enter, /Question 2,/);
    await s.press('3', /Question 3,/);
    s.write(KEY.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    expect(s.raw()).toContain('\u001B[?25h');
    expect(savedFile(env).answers).toEqual({lenders: ['credit_card'], overdue: 'd31_90'});

    const again = launch(env);
    await again.waitFor(/2 of \d+ answered/);
    // Wait for the prompt itself: the header can arrive in an earlier chunk than the rest of the frame.
    // Content version 3 asks everyone next whether collectors call about someone else's debt.
    await again.press(KEY.enter, /someone else's debt\?/);
    expect(again.sinceMark()).toMatch(/Question 3,/);
    again.write(KEY.ctrlC);
    expect((await again.waitExit()).exitCode).toBe(130);
  });

  test('Down and Enter arriving in ONE read pick the option below, on single and multiple choice', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('Enter start');
    await s.press(KEY.enter, /Question 1,/);
    await s.press(`${KEY.down}${KEY.space}${KEY.enter}`, /Question 2,/);
    await s.press(`${KEY.down}${KEY.enter}`, /Question 3,/);
    expect(savedFile(env).answers).toEqual({lenders: ['bank_loan'], overdue: 'd1_30'});
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  test('at 40 columns in Chinese every painted line fits', async () => {
    const env = baseEnv({LANG: 'zh_CN.UTF-8'});
    const s = launch(env, {cols: 40, rows: 30});
    await s.waitFor('Enter 开始');
    await s.press(KEY.enter, /第 1 题/);
    for (const line of s.lastFrame().split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});
