import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {writeExport} from '../../source/services/export.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-export-'));
});
afterEach(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

describe('writeExport', () => {
  it('writes the text to dir/basename and returns the absolute path', () => {
    const file = writeExport(dir, 'checklist-2026-11-28.md', '# 清单\n- [ ] 保存证据\n');
    expect(file).toBe(path.join(dir, 'checklist-2026-11-28.md'));
    expect(path.isAbsolute(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('# 清单\n- [ ] 保存证据\n');
  });

  it('never overwrites: adds -2, -3 before the extension', () => {
    fs.writeFileSync(path.join(dir, 'c.md'), 'mine');
    expect(writeExport(dir, 'c.md', 'a')).toBe(path.join(dir, 'c-2.md'));
    expect(writeExport(dir, 'c.md', 'b')).toBe(path.join(dir, 'c-3.md'));
    expect(fs.readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(dir, 'c-2.md'), 'utf8')).toBe('a');
    expect(writeExport(dir, 'noext', 'x')).toBe(path.join(dir, 'noext'));
    expect(writeExport(dir, 'noext', 'y')).toBe(path.join(dir, 'noext-2'));
  });

  it.skipIf(process.platform === 'win32')('does not write through a dangling symlink', () => {
    const target = path.join(dir, 'elsewhere.txt');
    fs.symlinkSync(target, path.join(dir, 'c.md'));
    expect(writeExport(dir, 'c.md', 'x')).toBe(path.join(dir, 'c-2.md'));
    expect(fs.existsSync(target)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('creates the file 0600 even under umask 000', () => {
    const old = process.umask(0);
    try {
      const file = writeExport(dir, 'c.md', 'x');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it('throws when the folder cannot be written, leaving nothing behind', () => {
    const notDir = path.join(dir, 'file');
    fs.writeFileSync(notDir, '');
    expect(() => writeExport(notDir, 'c.md', 'x')).toThrow(/ENOTDIR/);
    expect(() => writeExport(path.join(dir, 'missing'), 'c.md', 'x')).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual(['file']);
  });

  it('refuses a basename that is a path', () => {
    expect(() => writeExport(dir, '../escape.md', 'x')).toThrow(TypeError);
    expect(() => writeExport(dir, '', 'x')).toThrow(TypeError);
    expect(fs.existsSync(path.join(path.dirname(dir), 'escape.md'))).toBe(false);
  });
});
