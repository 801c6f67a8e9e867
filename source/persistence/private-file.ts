// Owner-only files and folders whatever the umask, and atomic replacement (temp file + fsync + rename),
// so a crash or a second run can never leave a half-written file behind.
import {fs} from '../platform/node.js';
import path from 'node:path';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/**
 * Creates the folder 0700 if needed; an existing folder loses any group/other access (0755 becomes 0700)
 * but keeps its owner bits, so a folder the person made read-only stays read-only. Throws on failure.
 */
export function ensurePrivateDir(dir: string): void {
  const created = fs.mkdirSync(dir, {recursive: true, mode: DIR_MODE});
  // A symlink in its place is refused, never followed: chmod would change whatever it points to.
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), {code: 'ENOTDIR'});
  // mkdir's mode is filtered by the umask and leaves an existing folder alone: set it explicitly.
  const mode = stat.mode & 0o777;
  const wanted = created === undefined ? mode & DIR_MODE : DIR_MODE;
  if (mode !== wanted) fs.chmodSync(dir, wanted);
}

/**
 * Replaces `file` with `data` atomically: readers see the old or the new content, never a mix. The new
 * file is 0600 (also when it replaces an older 0644 one, since the rename brings the new inode). Throws on failure.
 */
export function writePrivateFileAtomic(file: string, data: string): void {
  // Unique enough for two runs at once; 'wx' below refuses to reuse a name anyway. (node:crypto would cost
  // the start-up a few milliseconds.)
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', FILE_MODE);
    fs.fchmodSync(fd, FILE_MODE); // the umask may have removed bits; never added any, but be exact
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(tmp);
    throw error;
  }
  syncDirQuietly(path.dirname(file));
}

/** Makes the rename itself durable where the platform allows it (Linux, macOS); harmless to skip elsewhere. */
function syncDirQuietly(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported (Windows) or not permitted: the data itself is already synced.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
}

/** Removes `file` (a symlink itself, never what it points to; never a folder). */
export function removeQuietly(file: string): boolean {
  try {
    fs.rmSync(file, {force: true});
    return true;
  } catch {
    return false;
  }
}

/** A folder itself, not a symlink to one. */
export function isFolder(target: string): boolean {
  try {
    return fs.lstatSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** Removes a folder only when it is empty (rmdir never removes what is in one). */
export function removeEmptyFolder(target: string): boolean {
  try {
    fs.rmdirSync(target);
    return true;
  } catch {
    return false;
  }
}
