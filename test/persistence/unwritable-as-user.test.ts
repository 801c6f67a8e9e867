// A read-only folder, for real: root ignores permission bits, so when the tests run as root the store
// runs in a child process as the unprivileged user `nobody` (via runuser). As any other user the same case
// runs in-process in progress-store.test.ts.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {tempRoot, writeStoreChild} from './helpers.js';

const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => fs.existsSync(p));
const asRoot = process.getuid?.() === 0;
let root: string | undefined;

afterAll(() => {
  if (root) fs.rmSync(root, {recursive: true, force: true});
});

const CHILD = `
import fs from 'node:fs';
import {createProgressStore} from './store.mjs';
const dir = process.argv[2];
const store = createProgressStore({cwd: dir, contentVersion: '1.0.0', validate: (progress) => ({progress, dropped: 0})});
store.save({answers: {overdue: 'd1_30'}, done: [], lang: 'en', updatedAt: ''});
fs.chmodSync(dir, 0o555);
const loaded = store.load();
store.save({answers: {overdue: 'd181_plus'}, done: [], lang: 'en', updatedAt: ''});
store.save({answers: {overdue: 'd181_plus'}, done: [], lang: 'en', updatedAt: ''});
const result = {loaded: loaded?.answers, notices: store.takeNotices(), files: fs.readdirSync(dir), text: fs.readFileSync(dir + '/config.json', 'utf8')};
fs.chmodSync(dir, 0o700);
process.stdout.write(JSON.stringify(result));
`;

it.runIf(asRoot && runuser && process.platform === 'linux')(
  'as an ordinary user, a read-only folder: save never throws, one unwritable notice, the saved file is untouched',
  () => {
    root = tempRoot();
    fs.chmodSync(root, 0o777);
    writeStoreChild(root, CHILD);
    const dir = path.join(root, 'debt-privacy-check');
    const run = spawnSync(runuser!, ['-u', 'nobody', '--', process.execPath, path.join(root, 'child.mjs'), dir], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.loaded).toEqual({overdue: 'd1_30'});
    expect(result.notices).toEqual([{kind: 'unwritable'}]);
    expect(result.files).toEqual(['config.json']);
    expect(JSON.parse(result.text).answers).toEqual({overdue: 'd1_30'});
  },
);
