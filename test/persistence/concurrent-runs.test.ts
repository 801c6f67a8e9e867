// Two runs at once (docs/contract.md, saved progress): two real node processes save as fast as they can, with contents of
// different lengths, while this process keeps reading the file. Every read must be a whole, valid file.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {decodeSaved} from '../../source/engine/saved-file.js';
import {tempRoot, writeStoreChild} from './helpers.js';

const SAVES = 400;
let root: string;

const LONG = {
  lenders: ['credit_card', 'bank_loan', 'platform_loan', 'licensed_small', 'unknown_app', 'high_cost_app', 'private'],
  overdue: 'd181_plus',
  overdue_lenders: 'four_plus',
  loan_terms: ['upfront_deduction', 'short_term', 'rollover', 'no_contract'],
  contact_status: 'unreachable',
  phone: 'other_android',
  app_permissions: ['contacts', 'call_log', 'sms', 'photos', 'location'],
  collector_actions: ['frequent_calls', 'late_night', 'insults', 'threaten_contacts', 'threaten_harm'],
};
const SHORT = {overdue: 'd1_30'};

const CHILD = `
import {createProgressStore} from './store.mjs';
const [dir, variant, count] = process.argv.slice(2);
const answers = JSON.parse(variant);
const store = createProgressStore({cwd: dir, contentVersion: '1.0.0', validate: (progress) => ({progress, dropped: 0})});
for (let i = 0; i < Number(count); i++) {
  store.save({answers, done: [], lang: 'en', updatedAt: ''});
}
process.stdout.write(JSON.stringify(store.takeNotices()));
`;

beforeAll(() => {
  root = tempRoot();
  writeStoreChild(root, CHILD);
});

afterAll(() => {
  fs.rmSync(root, {recursive: true, force: true});
});

function run(dir: string, answers: object): {done: Promise<{code: number | null; out: string}>; isRunning: () => boolean} {
  const child = spawn(process.execPath, [path.join(root, 'child.mjs'), dir, JSON.stringify(answers), String(SAVES)]);
  let out = '';
  let running = true;
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const done = new Promise<{code: number | null; out: string}>((resolve) => {
    child.on('close', (code) => {
      running = false;
      resolve({code, out});
    });
  });
  return {done, isRunning: () => running};
}

it('never leaves a broken file: every read while two processes save is a whole, valid file', async () => {
  const dir = path.join(root, 'debt-privacy-check');
  const file = path.join(dir, 'config.json');
  const a = run(dir, LONG);
  const b = run(dir, SHORT);
  let reads = 0;
  const broken: string[] = [];
  while (a.isRunning() || b.isRunning()) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      // Before the first save completes there is no file yet; once there is one, it must never vanish.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || reads > 0) broken.push(String(error));
    }
    if (text !== undefined) {
      reads++;
      if (!decodeSaved(text)) broken.push(text);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const [ra, rb] = await Promise.all([a.done, b.done]);
  expect(broken).toEqual([]);
  expect(ra).toEqual({code: 0, out: '[]'});
  expect(rb).toEqual({code: 0, out: '[]'});
  const final = decodeSaved(fs.readFileSync(file, 'utf8'));
  expect([LONG, SHORT]).toContainEqual(final?.progress.answers);
  expect(fs.readdirSync(dir)).toEqual(['config.json']);
  expect(reads).toBeGreaterThan(0);
});
