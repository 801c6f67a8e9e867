// Writes an exported checklist (Markdown export, or the clipboard's file fallback) as a new owner-only file.
import {fs} from '../platform/node.js';
import path from 'node:path';
import {FILE_MODE} from '../persistence/private-file.js';

const MAX_ATTEMPTS = 1000;

/**
 * Writes `text` to `dir/basename` (basename includes its extension, e.g. `checklist-2026-11-28.md`) and
 * returns the absolute path. Never replaces an existing file: `name-2.md`, `name-3.md`… are tried instead.
 * The file is 0600 whatever the umask. Throws when the file cannot be written (nothing is left behind).
 */
export function writeExport(dir: string, basename: string, text: string): string {
  // No folder (the current one was deleted): say so as the file system would, not with process.cwd()'s error.
  if (!dir) throw Object.assign(new Error('the current folder no longer exists'), {code: 'ENOENT'});
  if (!basename || basename !== path.basename(basename) || basename === '.' || basename === '..') {
    throw new TypeError(`Not a file name: "${basename}"`);
  }
  const ext = path.extname(basename);
  const stem = basename.slice(0, basename.length - ext.length);
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const file = path.resolve(dir, n === 1 ? basename : `${stem}-${n}${ext}`);
    let fd: number;
    try {
      // 'wx' fails if anything exists there, a dangling symlink included: nothing is ever overwritten.
      fd = fs.openSync(file, 'wx', FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      fs.fchmodSync(fd, FILE_MODE);
      fs.writeFileSync(fd, text);
      fs.closeSync(fd);
    } catch (error) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
      try {
        fs.rmSync(file, {force: true});
      } catch {
        // the write error below is the one worth reporting
      }
      throw error;
    }
    return file;
  }
  throw new Error(`${basename}: ${MAX_ATTEMPTS} files of that name already exist in ${dir}`);
}
