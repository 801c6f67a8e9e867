// Saved progress on disk (docs/contract.md, saved progress).
//
// The file is the one conf 15 would write: <config dir>/debt-privacy-check/config.json, tab-indented JSON.
// It is written here with a few lines of node:fs instead of conf, because conf 15.1 does not do what saved
// progress needs (measured, docs/dependencies.md): it creates the folder 0755, not 0700;
// a write that fails spins for about a second before it throws, every time; it throws on a damaged file,
// or wipes it, rather than keep it aside; and it adds about 196 kB to the code read before the first frame
// (+20-26 ms, +59-64 ms with a schema to validate the file).
import {fs} from '../platform/node.js';
import path from 'node:path';
import {CONFIG_FILE, defaultConfigDir} from './config-path.js';
import {ensurePrivateDir, FILE_MODE, isFolder, removeEmptyFolder, removeQuietly, writePrivateFileAtomic} from './private-file.js';
import {CONTENT_VERSION, decodeSaved, encodeSaved, MAX_FILE_BYTES} from '../engine/saved-file.js';
import type {ValidateResult, ValidateSaved} from '../engine/validate-saved.js';
import type {ProgressStore, SavedProgress, StoreNotice} from './types.js';

export interface ProgressStoreOptions {
  /** The folder holding config.json. Default: the conf location (see config-path.ts). Tests pass a temporary folder. */
  readonly cwd?: string;
  /** --no-save: no path, nothing read, nothing written. */
  readonly noSave?: boolean;
  /** No usable home folder (empty or relative HOME): as --no-save, and a `noHome` notice says so once. */
  readonly noHome?: boolean;
  /** The content version of this build (meta.yaml), written with every save. */
  readonly contentVersion: string;
  readonly validate: ValidateSaved;
  /** The clock, for `updatedAt` and the name of a kept-aside corrupt file. */
  readonly now?: () => Date;
}

export interface FileProgressStore extends ProgressStore {
  /**
   * --forget: deletes config.json, every kept-aside `config.json.corrupt-*` copy and leftover temp files,
   * then the folder itself if it is empty (its name alone says what the person was worried about). A folder
   * at one of those names goes only when empty: one with something in it was put there by someone else, and
   * what it holds is not ours to delete, so it is left and named. Idempotent, never throws.
   */
  forget(): Forgotten;
}

export interface Forgotten {
  /** No saved progress remains (also when there was none). */
  readonly cleared: boolean;
  /** Folders at the saved path, or set aside from it, left because something is in them. */
  readonly leftFolders: readonly string[];
}

const CORRUPT_MARK = `${CONFIG_FILE}.corrupt-`;
const TEMP_MARK = `${CONFIG_FILE}.tmp-`;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * What is at the saved path, as this run saw it: nothing, something that is not a regular file of ours
 * (a folder, a symlink, a FIFO, a device, a file too large or unreadable), or the text of a file. Two
 * versions are the same when their text is: every save stamps the moment, so another run's save differs.
 */
type Version = {readonly kind: 'absent'} | {readonly kind: 'other'} | {readonly kind: 'file'; readonly text: string};

function sameVersion(a: Version, b: Version): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'file' || a.text === (b as {text: string}).text;
}

/** The saved answers themselves, without the moment of saving: what a save would change. */
function payload(text: string): string {
  try {
    const {updatedAt: _, ...rest} = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

export function createProgressStore(options: ProgressStoreOptions): FileProgressStore {
  if (!CONTENT_VERSION.test(options.contentVersion)) {
    throw new TypeError(`contentVersion must look like 1.2.3, got "${options.contentVersion}"`);
  }
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [];
  let warnedUnwritable = false;

  const dir = options.noSave || options.noHome ? undefined : (options.cwd ?? defaultConfigDir());
  if (dir === undefined) {
    const said: StoreNotice[] = options.noSave ? [] : [{kind: 'noHome'}];
    return {
      path: undefined,
      noHome: !options.noSave,
      load: () => undefined,
      save() {},
      keep() {},
      saveFailed: false,
      conflicted: false,
      clear() {},
      forget: () => ({cleared: true, leftFolders: []}),
      takeNotices: () => said.splice(0),
    };
  }

  const folder = path.resolve(dir);
  const file = path.join(folder, CONFIG_FILE);
  const folderIsLink = (): boolean => {
    try {
      return fs.lstatSync(folder).isSymbolicLink();
    } catch {
      return false;
    }
  };

  /**
   * Reads what is at the path. Only a regular file is read, never through a symlink: opening a FIFO would
   * wait for a writer forever, a device could be endless. O_NONBLOCK keeps the open itself from waiting
   * should the path become a FIFO between the check and the open; O_NOFOLLOW refuses a symlink put there
   * in between.
   */
  const readVersion = (): Version => {
    let fd: number | undefined;
    try {
      // A symlink in place of the folder: nothing in it is ours to read, set aside or delete.
      if (folderIsLink()) return {kind: 'other'};
      if (!fs.lstatSync(file).isFile()) return {kind: 'other'};
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOFOLLOW ?? 0));
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return {kind: 'other'};
      return {kind: 'file', text: fs.readFileSync(fd, 'utf8')};
    } catch (error) {
      const code = errorCode(error);
      // ENOTDIR: the path runs through a regular file; there is nothing saved (and saving will say so).
      return code === 'ENOENT' || code === 'ENOTDIR' ? {kind: 'absent'} : {kind: 'other'};
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };

  // The version this run last read or wrote: it writes only over that one (docs/contract.md, two runs).
  // Until it reads, the one there when it started (--fresh reads nothing but may replace it).
  let known: Version = readVersion();
  // The newer version another run left, already reported: said once, not at every answer.
  let reported: Version | undefined;
  let conflicted = false;

  /** Moves an unreadable file (or whatever stands at the path) out of the way, keeping it for the person. */
  const keepAside = (): undefined => {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    let target = `${file}.corrupt-${stamp}`;
    for (let n = 2; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
    try {
      fs.renameSync(file, target);
    } catch {
      // The folder cannot be changed: nothing was kept aside, and saving will report `unwritable`.
      return undefined;
    }
    known = {kind: 'absent'};
    restrictQuietly(target);
    notices.push({kind: 'corrupt', keptAs: target});
    return undefined;
  };

  /**
   * Whether this run may change the file now. When another run wrote since (or --forget removed the file),
   * it may not: one `conflict` notice per newer version, and the store remembers it until `keep`.
   */
  const mayWrite = (current: Version): boolean => {
    if (sameVersion(current, known)) return true;
    conflicted = true;
    if (!reported || !sameVersion(current, reported)) {
      reported = current;
      notices.push({kind: 'conflict', deleted: current.kind === 'absent'});
    }
    return false;
  };

  const write = (progress: SavedProgress): void => {
    try {
      ensurePrivateDir(folder);
      const text = encodeSaved(progress, {contentVersion: options.contentVersion, updatedAt: now()});
      writePrivateFileAtomic(file, text);
      known = {kind: 'file', text};
      conflicted = false;
    } catch {
      if (!warnedUnwritable) notices.push({kind: 'unwritable'});
      warnedUnwritable = true;
    }
  };

  return {
    path: file,

    get saveFailed() {
      return warnedUnwritable;
    },

    get conflicted() {
      return conflicted;
    },

    load() {
      try {
        const version = readVersion();
        known = version;
        if (version.kind === 'absent') return undefined;
        if (folderIsLink()) {
          // Refused, and said once: saving will not happen either.
          if (!warnedUnwritable) notices.push({kind: 'unwritable'});
          warnedUnwritable = true;
          return undefined;
        }
        const decoded = version.kind === 'other' ? undefined : decodeSaved(version.text);
        if (!decoded) return keepAside();
        let result: ValidateResult;
        try {
          result = options.validate(decoded.progress, decoded.contentVersion);
        } catch {
          return keepAside();
        }
        if (result.dropped > 0) notices.push({kind: 'migrated', dropped: result.dropped});
        return result.progress;
      } catch {
        return undefined;
      }
    },

    save(progress) {
      // Nothing changed since this run last read or wrote (quitting after the last answer was saved):
      // nothing to write, whatever another run did meanwhile.
      const text = encodeSaved(progress, {contentVersion: options.contentVersion, updatedAt: now()});
      if (known.kind === 'file' && payload(known.text) === payload(text)) return;
      const current = readVersion();
      // The same answers as another run saved: nothing would change.
      if (current.kind === 'file' && payload(current.text) === payload(text)) {
        known = current;
        conflicted = false;
        return;
      }
      if (mayWrite(current)) write(progress);
    },

    keep(progress) {
      known = readVersion();
      write(progress);
    },

    clear() {
      const current = readVersion();
      if (current.kind === 'absent') {
        known = current;
        return;
      }
      if (!mayWrite(current)) return;
      // Only the progress: a copy set aside as damaged is removed by --forget alone, which says so.
      if (current.kind === 'file' && removeQuietly(file)) known = {kind: 'absent'};
      try {
        fs.rmdirSync(folder); // only succeeds when empty
      } catch {
        // not empty, or not ours to remove
      }
    },

    forget() {
      // A symlink in place of the folder goes, never what is in the folder it points to.
      if (folderIsLink()) return {cleared: removeQuietly(folder), leftFolders: []};
      let names: string[];
      try {
        names = fs.readdirSync(folder);
      } catch (error) {
        const code = errorCode(error);
        return {cleared: code === 'ENOENT' || code === 'ENOTDIR', leftFolders: []};
      }
      let cleared = true;
      const leftFolders: string[] = [];
      for (const name of names) {
        if (name === CONFIG_FILE || name.startsWith(CORRUPT_MARK) || name.startsWith(TEMP_MARK)) {
          const target = path.join(folder, name);
          if (isFolder(target)) {
            // An empty folder goes; one with something in it is left, with all it holds, and named.
            if (!removeEmptyFolder(target)) leftFolders.push(target);
          } else cleared = removeQuietly(target) && cleared;
        }
      }
      try {
        fs.rmdirSync(folder); // only succeeds when empty: other files are never touched
      } catch {
        // not empty, or not ours to remove
      }
      known = {kind: 'absent'};
      return {cleared: cleared && leftFolders.length === 0 && !fs.existsSync(file), leftFolders};
    },

    takeNotices() {
      return notices.splice(0);
    },
  };
}

/** Makes a kept-aside copy owner-only (an old one may be 0644 and holds answers), never through a symlink. */
function restrictQuietly(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOFOLLOW ?? 0));
    if (fs.fstatSync(fd).isFile()) fs.fchmodSync(fd, FILE_MODE);
  } catch {
    // a symlink, a folder or a FIFO set aside: its mode is not ours to change
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
