// A run writes only over the version it last read or wrote (docs/contract.md, saved progress): two stores
// on one folder stand for two windows; the real two-process sessions are in test/e2e/two-windows.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createProgressStore} from '../../source/persistence/progress-store.js';
import type {SavedProgress} from '../../source/persistence/types.js';
import {keepAll, modeOf, sample, tempRoot} from './helpers.js';

let root: string;
let dir: string;
let file: string;
let clock = 0;

beforeEach(() => {
  root = tempRoot();
  dir = path.join(root, 'debt-privacy-check');
  file = path.join(dir, 'config.json');
});

afterEach(() => {
  fs.rmSync(root, {recursive: true, force: true});
});

/** Every save a millisecond later than the one before, as real saves are. */
function store() {
  return createProgressStore({cwd: dir, contentVersion: '1.2.0', validate: keepAll, now: () => new Date(Date.UTC(2026, 10, 28, 16, 0, 0, ++clock))});
}

const mine: SavedProgress = {...sample, answers: {...sample.answers, overdue: 'd31_90'}};
const theirs: SavedProgress = {...sample, answers: {...sample.answers, overdue: 'd91_180'}};
const onDisk = () => JSON.parse(fs.readFileSync(file, 'utf8')) as {answers: Record<string, unknown>; updatedAt: string};

describe('two windows on one file', () => {
  it('the window that read an older version writes nothing, says so once, and keeps its answers only when asked', () => {
    store().save(sample);
    const a = store();
    const b = store();
    a.load();
    b.load();
    b.save(theirs);
    a.save(mine);
    expect(onDisk().answers.overdue).toBe('d91_180');
    expect(a.conflicted).toBe(true);
    expect(a.takeNotices()).toEqual([{kind: 'conflict', deleted: false}]);
    // Another answer in the same window: still nothing written, and not said again for the same version.
    a.save({...mine, current: 'phone'});
    expect(onDisk().answers.overdue).toBe('d91_180');
    expect(a.takeNotices()).toEqual([]);
    a.keep(mine);
    expect(onDisk().answers.overdue).toBe('d31_90');
    expect(a.conflicted).toBe(false);
    // Now the other window is the one behind.
    b.save({...theirs, current: 'phone'});
    expect(b.takeNotices()).toEqual([{kind: 'conflict', deleted: false}]);
    expect(onDisk().answers.overdue).toBe('d31_90');
  });

  it('--forget while a window is open stays forgotten when that window saves, clears or quits', () => {
    const a = store();
    a.load();
    a.save(mine);
    expect(store().forget().cleared).toBe(true);
    a.save({...mine, current: 'phone'});
    expect(fs.existsSync(file)).toBe(false);
    expect(a.takeNotices()).toEqual([{kind: 'conflict', deleted: true}]);
    a.clear();
    expect(fs.existsSync(file)).toBe(false);
    a.keep(mine);
    expect(onDisk().answers.overdue).toBe('d31_90');
  });

  it('quitting with nothing changed since the last save writes nothing, even after another window saved', () => {
    const a = store();
    a.load();
    a.save(mine);
    const before = fs.readFileSync(file, 'utf8');
    a.save({...mine, updatedAt: '2030-01-01T00:00:00.000Z'});
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    store().save(theirs);
    a.save(mine);
    expect(onDisk().answers.overdue).toBe('d91_180');
    expect(a.takeNotices()).toEqual([]);
    expect(a.conflicted).toBe(false);
  });

  it('a run that never read (--fresh) writes only over what was there when it started', () => {
    store().save(sample);
    const fresh = store();
    store().save(theirs);
    fresh.save(mine);
    expect(onDisk().answers.overdue).toBe('d91_180');
    expect(fresh.takeNotices()).toEqual([{kind: 'conflict', deleted: false}]);
  });

  it('deleting the answers (Start over, Delete saved answers) is refused too when another window saved since', () => {
    const a = store();
    a.load();
    a.save(mine);
    store().save(theirs);
    a.clear();
    expect(onDisk().answers.overdue).toBe('d91_180');
    expect(a.conflicted).toBe(true);
  });

  it("a run's own clear removes the progress but never a copy set aside as damaged (only --forget does)", () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, '{ not json');
    const a = store();
    expect(a.load()).toBeUndefined();
    const [notice] = a.takeNotices();
    expect(notice).toMatchObject({kind: 'corrupt'});
    a.save(mine);
    a.clear();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync((notice as {keptAs: string}).keptAs)).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('symlinks and folders at the saved path', () => {
  it('a symlink at the saved path is set aside as it is: what it points to keeps its mode and content', () => {
    const profile = path.join(root, 'profile');
    fs.writeFileSync(profile, 'export PATH=$PATH\n');
    fs.chmodSync(profile, 0o644);
    fs.mkdirSync(dir, {recursive: true});
    fs.symlinkSync(profile, file);
    const s = store();
    expect(s.load()).toBeUndefined();
    const [notice] = s.takeNotices();
    expect(notice).toMatchObject({kind: 'corrupt'});
    expect(fs.lstatSync((notice as {keptAs: string}).keptAs).isSymbolicLink()).toBe(true);
    expect(modeOf(profile)).toBe(0o644);
    expect(fs.readFileSync(profile, 'utf8')).toBe('export PATH=$PATH\n');
    s.save(mine);
    expect(fs.lstatSync(file).isFile()).toBe(true);
    expect(fs.readFileSync(profile, 'utf8')).toBe('export PATH=$PATH\n');
    expect(s.forget().cleared).toBe(true);
    expect(fs.existsSync(profile)).toBe(true);
  });

  it('a symlink in place of the folder is refused (progress not saved, said once), never chmod-ed', () => {
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(elsewhere, {mode: 0o755});
    fs.chmodSync(elsewhere, 0o755);
    fs.symlinkSync(elsewhere, dir);
    const s = store();
    s.save(mine);
    expect(s.takeNotices()).toEqual([{kind: 'unwritable'}]);
    expect(modeOf(elsewhere)).toBe(0o755);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('through a symlinked folder nothing is read, set aside or deleted; --forget removes the link alone', () => {
    const elsewhere = path.join(root, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'config.json'), 'not ours');
    fs.writeFileSync(path.join(elsewhere, 'config.json.corrupt-x'), 'not ours either');
    fs.symlinkSync(elsewhere, dir);
    const s = store();
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toEqual([{kind: 'unwritable'}]);
    s.save(mine);
    s.clear();
    expect(s.takeNotices()).toEqual([]);
    expect(fs.readdirSync(elsewhere).sort()).toEqual(['config.json', 'config.json.corrupt-x']);
    expect(s.forget().cleared).toBe(true);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(elsewhere).sort()).toEqual(['config.json', 'config.json.corrupt-x']);
  });
});
