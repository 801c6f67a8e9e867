import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {ValidateSaved} from '../../source/engine/validate-saved.js';
import {createProgressStore} from '../../source/persistence/progress-store.js';
import type {SavedProgress} from '../../source/persistence/types.js';
import {keepAll, modeOf, NOW, sample, tempRoot, validFileText} from './helpers.js';

let root: string;
let dir: string;
let file: string;

beforeEach(() => {
  root = tempRoot();
  dir = path.join(root, 'debt-privacy-check');
  file = path.join(dir, 'config.json');
});

afterEach(() => {
  fs.chmodSync(root, 0o700);
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) fs.chmodSync(dir, 0o700);
  fs.rmSync(root, {recursive: true, force: true});
});

function store(extra: {validate?: ValidateSaved; cwd?: string; noSave?: boolean} = {}) {
  return createProgressStore({cwd: dir, contentVersion: '1.2.0', validate: keepAll, now: () => NOW, ...extra});
}

describe('round trip', () => {
  it('saves to <cwd>/config.json and a new store loads the same progress, stamped with the save time', () => {
    const first = store();
    expect(first.path).toBe(file);
    first.save(sample);
    const loaded = store().load();
    expect(loaded).toEqual({...sample, updatedAt: NOW.toISOString()});
    expect(first.takeNotices()).toEqual([]);
  });

  it('writes exactly the seven agreed fields, as conf-compatible tab-indented JSON', () => {
    store().save(sample);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('{\n\t"schemaVersion": 1,')).toBe(true);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(
      ['answers', 'contentVersion', 'current', 'done', 'lang', 'schemaVersion', 'updatedAt'].sort(),
    );
    expect(JSON.parse(text)).toMatchObject({schemaVersion: 1, contentVersion: '1.2.0', updatedAt: NOW.toISOString()});
  });

  it('leaves no temporary file behind after saving', () => {
    const s = store();
    s.save(sample);
    s.save({...sample, current: 'phone'});
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
  });

  it('returns undefined without any notice when nothing was saved yet', () => {
    const s = store();
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('only ids reach the disk', () => {
  it('drops free text, non-id values and extra fields a caller passes by mistake', () => {
    const leaky = {
      ...sample,
      answers: {...sample.answers, name: 'Zhang San', phone_number: ['13800138000'], Lenders: 'credit_card'},
      current: 'Call mum at 13800138000',
      done: ['save_evidence', 'my note'],
      note: 'owes 5000 to 借呗',
    } as unknown as SavedProgress;
    store().save(leaky);
    const text = fs.readFileSync(file, 'utf8');
    for (const secret of ['Zhang', '13800138000', 'Call mum', 'my note', 'note', '借呗', 'Lenders']) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text).answers).toEqual(sample.answers);
    expect(JSON.parse(text).done).toEqual(['save_evidence']);
    expect(JSON.parse(text)).not.toHaveProperty('current');
  });
});

describe('owner-only permissions, whatever the umask', () => {
  let oldUmask: number;
  beforeEach(() => {
    oldUmask = process.umask(0);
  });
  afterEach(() => {
    process.umask(oldUmask);
  });

  it.skipIf(process.platform === 'win32')('creates the file 0600 and its folder 0700 under umask 000', () => {
    store().save(sample);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);
  });

  it.skipIf(process.platform === 'win32')('fixes an existing 0644 file and 0755 folder on the next write', () => {
    fs.mkdirSync(dir, {mode: 0o755});
    fs.writeFileSync(file, validFileText(), {mode: 0o644});
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(file, 0o644);
    store().save(sample);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);
  });

  it.skipIf(process.platform === 'win32')('removes group/other access from a read-only folder but never makes it writable', () => {
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o555);
    store().save(sample);
    expect(modeOf(dir)).toBe(0o500);
  });
});

describe('corrupt, empty or truncated files', () => {
  const whole = validFileText();
  const bad: [string, string][] = [
    ['empty', ''],
    ['truncated', whole.slice(0, Math.floor(whole.length / 2))],
    ['not JSON', 'hello'],
    ['JSON null', 'null'],
    ['a list', '[]'],
    ['an extra field', validFileText({name: 'Zhang San'})],
    ['free text as an answer', validFileText({answers: {lenders: ['credit_card'], note: 'call me'}})],
    ['a number in a list', validFileText({done: [1]})],
    ['an id key that is not an id', validFileText({answers: {'Phone Number': 'x'}})],
    ['a __proto__ key', '{"schemaVersion":1,"__proto__":{"x":"y"}}'],
    ['an unknown schema version', validFileText({schemaVersion: 2})],
    ['an unknown language', validFileText({lang: 'fr'})],
    ['a bad time', validFileText({updatedAt: 'yesterday'})],
    ['a missing field', JSON.stringify({...JSON.parse(whole), done: undefined})],
    ['binary garbage', '\u0000\u00ff\u00fe{"'],
    ['a huge file', validFileText({answers: {lenders: ['credit_card']}, pad: 'x'.repeat(70_000)})],
  ];

  it.each(bad)('%s: kept aside as config.json.corrupt-<timestamp>, one notice, fresh start', (_name, text) => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, text);
    const s = store();
    expect(s.load()).toBeUndefined();
    const keptAs = path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z');
    expect(s.takeNotices()).toEqual([{kind: 'corrupt', keptAs}]);
    expect(s.takeNotices()).toEqual([]);
    expect(fs.readFileSync(keptAs, 'utf8')).toBe(text);
    expect(fs.existsSync(file)).toBe(false);
    s.save(sample);
    expect(store().load()?.answers).toEqual(sample.answers);
  });

  it('a folder named config.json is moved aside too', () => {
    fs.mkdirSync(file, {recursive: true});
    const s = store();
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toMatchObject([{kind: 'corrupt'}]);
    expect(fs.statSync(path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z')).isDirectory()).toBe(true);
  });

  // A FIFO at the saved path once left the interactive start blank forever: opening it waits for a writer.
  it.skipIf(process.platform === 'win32')('a FIFO is set aside without being opened, and load returns at once', () => {
    fs.mkdirSync(dir, {recursive: true});
    execFileSync('mkfifo', [file]);
    const s = store();
    expect(s.load()).toBeUndefined();
    const keptAs = path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z');
    expect(s.takeNotices()).toEqual([{kind: 'corrupt', keptAs}]);
    expect(fs.lstatSync(keptAs).isFIFO()).toBe(true);
    s.save(sample);
    expect(store().load()?.answers).toEqual(sample.answers);
  });

  it.skipIf(process.platform === 'win32')('a link to a device is set aside, the device is never read', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.symlinkSync('/dev/zero', file);
    const s = store();
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toMatchObject([{kind: 'corrupt'}]);
    expect(fs.lstatSync(path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z')).isSymbolicLink()).toBe(true);
  });

  it('never overwrites an earlier kept-aside copy with the same timestamp, and makes copies owner-only', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, 'first', {mode: 0o644});
    store().load();
    fs.writeFileSync(file, 'second', {mode: 0o644});
    const s = store();
    s.load();
    const second = path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z-2');
    expect(s.takeNotices()).toEqual([{kind: 'corrupt', keptAs: second}]);
    expect(fs.readFileSync(path.join(dir, 'config.json.corrupt-2026-11-28T16-01-55-123Z'), 'utf8')).toBe('first');
    expect(fs.readFileSync(second, 'utf8')).toBe('second');
    if (process.platform !== 'win32') expect(modeOf(second)).toBe(0o600);
  });

  it('the timestamp in the name is safe for file names (no colons)', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, '{');
    const s = createProgressStore({cwd: dir, contentVersion: '1.0.0', validate: keepAll});
    s.load();
    const [notice] = s.takeNotices();
    expect(notice?.kind).toBe('corrupt');
    const name = path.basename((notice as {keptAs: string}).keptAs);
    expect(name).toMatch(/^config\.json\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
  });

  it('a validate hook that throws is treated like a corrupt file, not a crash', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, validFileText());
    const s = store({
      validate: () => {
        throw new Error('bug');
      },
    });
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toMatchObject([{kind: 'corrupt'}]);
  });
});

describe('older content versions', () => {
  it('passes the saved progress and its content version to the hook, returns what it keeps, and says how many were dropped', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, validFileText({contentVersion: '0.9.0'}));
    const validate = vi.fn<ValidateSaved>((saved) => ({
      progress: {...saved, answers: {lenders: ['credit_card']}},
      dropped: 1,
    }));
    const s = store({validate});
    expect(s.load()?.answers).toEqual({lenders: ['credit_card']});
    expect(validate).toHaveBeenCalledWith(
      expect.objectContaining({answers: {lenders: ['credit_card'], overdue: 'd1_30'}, current: 'phone', lang: 'en'}),
      '0.9.0',
    );
    expect(s.takeNotices()).toEqual([{kind: 'migrated', dropped: 1}]);
  });

  it('raises no notice when nothing was dropped', () => {
    fs.mkdirSync(dir, {recursive: true});
    fs.writeFileSync(file, validFileText());
    const s = store();
    expect(s.load()?.current).toBe('phone');
    expect(s.takeNotices()).toEqual([]);
  });
});

describe('a location that cannot be written', () => {
  it('a path under a regular file: save never throws, one unwritable notice per run, loading still works', () => {
    fs.writeFileSync(path.join(root, 'not-a-folder'), 'x');
    const s = store({cwd: path.join(root, 'not-a-folder', 'debt-privacy-check')});
    expect(s.load()).toBeUndefined();
    expect(() => s.save(sample)).not.toThrow();
    expect(() => s.save(sample)).not.toThrow();
    expect(s.takeNotices()).toEqual([{kind: 'unwritable'}]);
    s.save(sample);
    expect(s.takeNotices()).toEqual([]);
    // The store itself remembers that saving failed, whoever took the notice.
    expect(s.saveFailed).toBe(true);
    expect(s.forget().cleared).toBe(true);
  });

  it('saveFailed stays false while every save succeeds', () => {
    const s = store();
    s.save(sample);
    expect(s.saveFailed).toBe(false);
  });

  // root ignores permission bits, so a read-only folder can only be simulated for other users.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'a read-only folder: save never throws, one notice, the old file is untouched',
    () => {
      fs.mkdirSync(dir, {recursive: true});
      fs.writeFileSync(file, validFileText());
      fs.chmodSync(dir, 0o500);
      const s = store();
      expect(s.load()?.current).toBe('phone');
      s.save(sample);
      s.save(sample);
      expect(s.takeNotices()).toEqual([{kind: 'unwritable'}]);
      expect(fs.readFileSync(file, 'utf8')).toBe(validFileText());
    },
  );

  it('a folder path that is a regular file: save never throws, one notice', () => {
    fs.writeFileSync(dir, 'x');
    const s = store();
    s.save(sample);
    expect(s.takeNotices()).toEqual([{kind: 'unwritable'}]);
    expect(fs.readFileSync(dir, 'utf8')).toBe('x');
  });
});

describe('forget (--forget)', () => {
  it('deletes the file, every kept-aside copy and leftover temp files, but nothing else; idempotent', () => {
    store().save(sample);
    fs.writeFileSync(path.join(dir, 'config.json.corrupt-2026-01-01T00-00-00-000Z'), '{');
    fs.writeFileSync(path.join(dir, 'config.json.corrupt-2026-01-02T00-00-00-000Z-2'), '');
    fs.writeFileSync(path.join(dir, 'config.json.tmp-123-abc'), '{"answers"');
    fs.writeFileSync(path.join(dir, 'unrelated.txt'), 'keep me');
    const s = store();
    expect(s.forget().cleared).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['unrelated.txt']);
    expect(s.forget().cleared).toBe(true);
    expect(s.load()).toBeUndefined();
  });

  it('removes the then empty folder, whose name alone would reveal the worry', () => {
    store().save(sample);
    expect(store().forget().cleared).toBe(true);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.existsSync(root)).toBe(true);
  });

  it('an empty folder at the saved path, or set aside from it, is removed', () => {
    fs.mkdirSync(file, {recursive: true});
    const s = store();
    expect(s.load()).toBeUndefined();
    expect(s.takeNotices()).toMatchObject([{kind: 'corrupt'}]);
    fs.mkdirSync(file);
    expect(s.forget()).toEqual({cleared: true, leftFolders: []});
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('a folder with something in it, at the saved path or set aside from it, is left whole and named; the rest goes', () => {
    fs.mkdirSync(file, {recursive: true});
    fs.writeFileSync(path.join(file, 'inside'), 'x');
    const s = store();
    expect(s.load()).toBeUndefined();
    const [{keptAs}] = s.takeNotices() as [{kind: 'corrupt'; keptAs: string}];
    fs.mkdirSync(path.join(file, 'sub'), {recursive: true});
    fs.writeFileSync(path.join(file, 'sub', 'photo.jpg'), 'mine');
    fs.writeFileSync(path.join(dir, 'config.json.corrupt-2026-01-01T00-00-00-000Z'), '{');
    fs.writeFileSync(path.join(dir, 'config.json.tmp-1-a'), '{');
    const result = s.forget();
    expect(result.cleared).toBe(false);
    expect([...result.leftFolders].sort()).toEqual([file, keptAs].sort());
    expect(fs.readFileSync(path.join(keptAs, 'inside'), 'utf8')).toBe('x');
    expect(fs.readFileSync(path.join(file, 'sub', 'photo.jpg'), 'utf8')).toBe('mine');
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(file), path.basename(keptAs)].sort());
  });

  // root ignores permission bits, so an undeletable file can only be simulated for other users.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('reports false when saved progress could not be deleted', () => {
    store().save(sample);
    fs.chmodSync(dir, 0o500);
    expect(store().forget().cleared).toBe(false);
  });
});

describe('--no-save', () => {
  it('has no path, reads nothing and writes nothing at all', () => {
    const s = store({noSave: true});
    expect(s.path).toBeUndefined();
    s.save(sample);
    expect(s.load()).toBeUndefined();
    s.clear();
    expect(s.forget().cleared).toBe(true);
    expect(s.takeNotices()).toEqual([]);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('neither loads nor touches progress saved by an earlier run', () => {
    store().save(sample);
    const before = fs.readFileSync(file, 'utf8');
    const s = store({noSave: true});
    expect(s.load()).toBeUndefined();
    s.save({...sample, answers: {}});
    s.clear();
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('default location', () => {
  it.skipIf(process.platform === 'win32' || process.platform === 'darwin')(
    'is $XDG_CONFIG_HOME/debt-privacy-check/config.json (no -nodejs suffix)',
    () => {
      vi.stubEnv('XDG_CONFIG_HOME', root);
      try {
        const s = createProgressStore({contentVersion: '1.0.0', validate: keepAll});
        expect(s.path).toBe(path.join(root, 'debt-privacy-check', 'config.json'));
        s.save(sample);
        expect(fs.existsSync(path.join(root, 'debt-privacy-check', 'config.json'))).toBe(true);
      } finally {
        vi.unstubAllEnvs();
      }
    },
  );

  it('refuses a content version that could not be read back', () => {
    expect(() => createProgressStore({cwd: dir, contentVersion: 'dev', validate: keepAll})).toThrow(TypeError);
  });
});
