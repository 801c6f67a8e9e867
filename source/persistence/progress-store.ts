// Saved progress on disk (docs/contract.md, saved progress).
//
// The file is the one conf 15 would write: <config dir>/debt-privacy-check/config.json, tab-indented JSON.
// It is written here with a few lines of node:fs instead of conf, because conf 15.1 does not do what saved
// progress needs (measured, see the README's note on dependencies): it creates the folder 0755, not 0700;
// a write that fails spins for about a second before it throws, every time; it throws on a damaged file,
// or wipes it, rather than keep it aside; and it adds about 196 kB to the code read before the first frame
// (+20-26 ms, +59-64 ms with a schema to validate the file).
import {fs} from '../platform/node.js';
import path from 'node:path';
import {CONFIG_FILE, defaultConfigDir} from './config-path.js';
import {ensurePrivateDir, FILE_MODE, removeQuietly, writePrivateFileAtomic} from './private-file.js';
import {CONTENT_VERSION, decodeSaved, encodeSaved, MAX_FILE_BYTES} from './saved-file.js';
import type {ProgressStore, SavedProgress, StoreNotice} from './types.js';

export interface ValidateResult {
  /** The progress with everything the current content no longer has removed. */
  readonly progress: SavedProgress;
  /** How many saved answers were removed (a `migrated` notice is raised when > 0). */
  readonly dropped: number;
}

/** Checks saved progress against the current content; `savedContentVersion` is the version that saved it. */
export type ValidateSaved = (saved: SavedProgress, savedContentVersion: string) => ValidateResult;

export interface ProgressStoreOptions {
  /** The folder holding config.json. Default: the conf location (see config-path.ts). Tests pass a temporary folder. */
  readonly cwd?: string;
  /** --no-save: no path, nothing read, nothing written. */
  readonly noSave?: boolean;
  /** The content version of this build (meta.yaml), written with every save. */
  readonly contentVersion: string;
  readonly validate: ValidateSaved;
  /** The clock, for `updatedAt` and the name of a kept-aside corrupt file. */
  readonly now?: () => Date;
}

export interface FileProgressStore extends ProgressStore {
  /**
   * Deletes config.json, every kept-aside `config.json.corrupt-*` copy and leftover temp files, then the
   * folder itself if it is empty (its name alone says what the person was worried about).
   * Idempotent, never throws. Returns true when no saved progress remains.
   */
  clear(): boolean;
}

const CORRUPT_MARK = `${CONFIG_FILE}.corrupt-`;
const TEMP_MARK = `${CONFIG_FILE}.tmp-`;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function createProgressStore(options: ProgressStoreOptions): FileProgressStore {
  if (!CONTENT_VERSION.test(options.contentVersion)) {
    throw new TypeError(`contentVersion must look like 1.2.3, got "${options.contentVersion}"`);
  }
  const now = options.now ?? (() => new Date());
  const notices: StoreNotice[] = [];
  let warnedUnwritable = false;

  if (options.noSave) {
    return {path: undefined, load: () => undefined, save() {}, saveFailed: false, clear: () => true, takeNotices: () => []};
  }

  const dir = path.resolve(options.cwd ?? defaultConfigDir());
  const file = path.join(dir, CONFIG_FILE);

  /** Moves an unreadable file out of the way, keeping it for the person to inspect. */
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
    try {
      fs.chmodSync(target, FILE_MODE); // an old copy may be 0644 and holds answers
    } catch {
      // best effort: it is not ours to fail on
    }
    notices.push({kind: 'corrupt', keptAs: target});
    return undefined;
  };

  const readText = (): string | 'absent' | 'corrupt' => {
    let fd: number | undefined;
    try {
      // Only a regular file is read: opening a FIFO would wait for a writer forever, a device could be
      // endless. Anything else at the path is set aside like a corrupt file. O_NONBLOCK keeps the open
      // itself from waiting should the path become a FIFO between the check and the open.
      if (!fs.statSync(file).isFile()) return 'corrupt';
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      const stat = fs.fstatSync(fd);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return 'corrupt';
      return fs.readFileSync(fd, 'utf8');
    } catch (error) {
      const code = errorCode(error);
      // ENOTDIR: the path runs through a regular file; there is nothing saved (and saving will say so).
      return code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'corrupt';
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };

  return {
    path: file,

    get saveFailed() {
      return warnedUnwritable;
    },

    load() {
      try {
        const text = readText();
        if (text === 'absent') return undefined;
        const decoded = text === 'corrupt' ? undefined : decodeSaved(text);
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
      try {
        ensurePrivateDir(dir);
        writePrivateFileAtomic(file, encodeSaved(progress, {contentVersion: options.contentVersion, updatedAt: now()}));
      } catch {
        if (!warnedUnwritable) notices.push({kind: 'unwritable'});
        warnedUnwritable = true;
      }
    },

    clear() {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch (error) {
        const code = errorCode(error);
        return code === 'ENOENT' || code === 'ENOTDIR';
      }
      let cleared = true;
      for (const name of names) {
        if (name === CONFIG_FILE || name.startsWith(CORRUPT_MARK) || name.startsWith(TEMP_MARK)) {
          cleared = removeQuietly(path.join(dir, name)) && cleared;
        }
      }
      try {
        fs.rmdirSync(dir); // only succeeds when empty: other files are never touched
      } catch {
        // not empty, or not ours to remove
      }
      return cleared && !fs.existsSync(file);
    },

    takeNotices() {
      return notices.splice(0);
    },
  };
}
