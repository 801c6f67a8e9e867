// The built CLI in a real pseudo-terminal: answer everything, see the result, quit, come back and resume;
// Ctrl+C keeps the answers; keys arriving in one read pick what the person meant.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {keyFor} from '../support/answers.js';
import {completeAnswers, PUBLIC_CASES} from '../support/cases.js';
import {answerAll, baseEnv, KEY, launcher, until} from '../support/pty.js';

const launch = launcher();

function savedFile(env: Record<string, string>) {
  return JSON.parse(readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8')) as {
    answers: Record<string, string | string[]>;
    current?: string;
    done: string[];
  };
}

/** Public calibration case B (docs/scoring.md), with some evidence kept, typed as a person would. */
const CASE_B = completeAnswers(PUBLIC_CASES.B.answers, {evidence: 'some'});

describe('interactive, in a real terminal', () => {
  test('answer everything, see the result, quit with q, relaunch and resume to the result', async () => {
    const env = baseEnv();
    const s = launch(env);
    await s.waitFor('Enter start');
    await s.press(KEY.enter, /Question 1,/);
    await answerAll(s, CASE_B);
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
    const credit = keyFor('lenders', 'credit_card');
    await s.press(credit, new RegExp(`> ${credit}\\. \\[x\\]`));
    await s.press(KEY.enter, /Question 2,/);
    await s.press(keyFor('overdue', 'd31_90', {lenders: ['credit_card']}), /Question 3,/);
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
    // The answer is saved as the screen moves on: wait for the file, never for a fixed time.
    const answers = () => {
      try {
        return JSON.stringify(savedFile(env).answers);
      } catch {
        return undefined;
      }
    };
    await until(() => answers() === JSON.stringify({lenders: ['bank_loan'], overdue: 'd1_30'}), `the saved answers (now ${answers()})`);
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
