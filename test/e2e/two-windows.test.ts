// Two windows on one saved file (docs/contract.md, saved progress): two real processes of the built CLI,
// each in its own pseudo-terminal, with one config folder. A window writes only over the version it last
// read or wrote: otherwise it writes nothing, says so in one line and offers k to keep its own answers.
// --forget stays forgotten; a SIGTERM does not put an older state back.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {baseEnv, KEY, launcher, requireBuiltCli, type Session, strip, until} from '../support/pty.js';

const launch = launcher();

function saved(env: Record<string, string>): {answers: Record<string, unknown>} | undefined {
  const file = path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** A new window answers the first question (credit card) and waits at the second. */
async function firstWindow(env: Record<string, string>): Promise<Session> {
  const a = launch(env);
  await a.waitFor('Enter start');
  await a.press(KEY.enter, /Question 1,/);
  await a.press('1', /> 1\. \[x\]/);
  await a.press(KEY.enter, /Question 2,/);
  return a;
}

/** A second window resumes the saved progress and answers the second question with option `n`. */
async function secondWindowAnswers(env: Record<string, string>, n: string): Promise<Session> {
  const b = launch(env);
  await b.waitFor('Continue');
  await b.press(KEY.enter, /Question 2,/);
  await b.press(n, /Question 3,/);
  // The interface saves after it paints (its persist effect): wait for the file, not only the screen.
  await until(() => saved(env)?.answers.overdue !== undefined, 'the second window’s save');
  return b;
}

/** One line may be wrapped over several rows: compare without the line breaks and the frame's padding. */
const flat = (text: string) => strip(text).replace(/\s+/g, ' ');
const line = (key: string) => t(content, key, 'en');

/** A --plain run at question 2 while the interface, opened first, has saved a newer answer since. */
async function plainBehindTheOtherWindow(env: ReturnType<typeof baseEnv>) {
  const a = await firstWindow(env);
  const p = launch(env, {args: ['--plain']});
  await p.waitFor('Type 1, 2 or 3');
  await p.press('1\r', /Question 2,/);
  a.mark();
  a.write('2');
  await a.waitFor('Question 3,');
  // The interface saves after it paints (its persist effect): wait for the file, not only the screen.
  await until(() => saved(env)?.answers.overdue === 'd1_30', 'the other window’s save');
  return {a, p};
}

describe('two windows on one saved file', () => {
  test('the window behind writes nothing, says so, and keeps its own answers only with k', async () => {
    const env = baseEnv();
    const a = await firstWindow(env);
    const b = await secondWindowAnswers(env, '2');
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});

    a.mark();
    a.write('3');
    await a.waitFor('Question 3,');
    await a.waitFor(/Not saved: another window/);
    expect(flat(a.lastFrame())).toContain(flat(line('store.conflict')).slice(0, 60));
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});

    await a.press('k', /This window's answers are saved/);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd31_90'});
    a.write('q');
    expect((await a.waitExit()).exitCode).toBe(0);
    // The other window is now the one behind: its quit, with nothing new, writes nothing.
    b.write('q');
    expect((await b.waitExit()).exitCode).toBe(0);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd31_90'});
  });

  test('--forget while a window is open stays forgotten when that window answers and quits', async () => {
    const env = baseEnv();
    const a = await firstWindow(env);
    const forget = spawnSync(process.execPath, [requireBuiltCli(), '--forget'], {env, encoding: 'utf8'});
    expect(forget.status).toBe(0);
    expect(saved(env)).toBeUndefined();

    a.mark();
    a.write('2');
    await a.waitFor(/deleted \(--forget\)/);
    expect(saved(env)).toBeUndefined();
    a.write('q');
    expect((await a.waitExit()).exitCode).toBe(0);
    expect(saved(env)).toBeUndefined();
    expect(fs.existsSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check'))).toBe(false);
    expect(flat(a.sinceMark())).toContain(line('store.byeConflict'));
  });

  test('a SIGTERM (logging out) does not write an older state over a newer one', async () => {
    const env = baseEnv();
    const a = await firstWindow(env);
    const b = await secondWindowAnswers(env, '2');
    const newer = fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8');
    a.pty.kill('SIGTERM');
    expect((await a.waitExit()).exitCode).toBe(143);
    expect(fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8')).toBe(newer);
    b.pty.kill('SIGTERM');
    expect((await b.waitExit()).exitCode).toBe(143);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});
  });

  test('--plain quitting with nothing new writes nothing and raises nothing, whatever another window saved', async () => {
    const env = baseEnv();
    const {a, p} = await plainBehindTheOtherWindow(env);
    const newer = fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8');
    p.mark();
    p.write('q\r');
    expect((await p.waitExit()).exitCode).toBe(0);
    expect(p.sinceMark()).not.toContain('Not saved');
    expect(fs.readFileSync(path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json'), 'utf8')).toBe(newer);
    a.write('q');
    expect((await a.waitExit()).exitCode).toBe(0);
  });

  test('--plain: the same refusal, and k keeps this run’s answers', async () => {
    const env = baseEnv();
    const {a, p} = await plainBehindTheOtherWindow(env);
    p.mark();
    p.write('3\r');
    await p.waitFor(/Not saved: another window/);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd1_30'});
    await p.press('k\r', /This window's answers are saved/);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd31_90'});
    p.write('q\r');
    expect((await p.waitExit()).exitCode).toBe(0);
    a.write('q');
    expect((await a.waitExit()).exitCode).toBe(0);
    expect(saved(env)?.answers).toEqual({lenders: ['credit_card'], overdue: 'd31_90'});
  });
});
