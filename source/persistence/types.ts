// The store's interface (saved progress itself, its format and its reading against the content, are the
// core's: source/engine/saved-file.ts, docs/contract.md).
import type {SavedProgress} from '../engine/saved-file.js';

export type {SavedProgress};

/** Something the person should be told once, in one line (rendered through a UI string). */
export type StoreNotice =
  | {readonly kind: 'corrupt'; readonly keptAs: string}
  | {readonly kind: 'migrated'; readonly dropped: number}
  | {readonly kind: 'unwritable'}
  /** HOME is empty or relative: nothing is saved during this run. */
  | {readonly kind: 'noHome'}
  /** Not saved: another run saved since this one last read or wrote, or `deleted` it (--forget). */
  | {readonly kind: 'conflict'; readonly deleted: boolean};

export interface ProgressStore {
  /** Where progress is saved; undefined when nothing is saved (--no-save). */
  readonly path: string | undefined;
  /** No path because there is no usable home folder (empty or relative HOME), not because of --no-save. */
  readonly noHome?: boolean;
  /** Saved progress, if any. Never throws. */
  load(): SavedProgress | undefined;
  /**
   * Saves over the version this run last read or wrote, and only that one: when another run changed the
   * file since (or --forget deleted it), nothing is written and a `conflict` notice says so. Writes nothing
   * when the answers are those already saved. Never throws; a failure becomes an `unwritable` notice,
   * reported once.
   */
  save(progress: SavedProgress): void;
  /** After a conflict, the person chose this run's answers: written over whatever is there now. */
  keep(progress: SavedProgress): void;
  /** A save failed during this run (so the goodbye line does not claim the answers were kept). */
  readonly saveFailed: boolean;
  /** The last save or clear was refused because another run changed the file (until `keep`). */
  readonly conflicted: boolean;
  /** Deletes the saved progress (not copies set aside as damaged), on the same terms as `save`. Never throws. */
  clear(): void;
  /** Notices raised so far that have not been taken yet. */
  takeNotices(): StoreNotice[];
}
