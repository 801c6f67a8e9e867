// A store that keeps progress in memory, for UI tests: what was saved, and how often.
import type {ProgressStore, SavedProgress, StoreNotice} from '../../source/persistence/types.js';

export interface MemoryStore extends ProgressStore {
  /** What the last save wrote (or the initial progress), for assertions. */
  readonly saved: SavedProgress | undefined;
  /** How many times save was called. */
  readonly saveCount: number;
}

export interface MemoryStoreOptions {
  readonly initial?: SavedProgress;
  /** The path shown to the person; undefined behaves like --no-save. */
  readonly path?: string;
  /** Notices to hand out on the first takeNotices(), e.g. to show the corrupt-file line in a UI test. */
  readonly notices?: readonly StoreNotice[];
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  let saved = options.initial;
  let saveCount = 0;
  const notices = [...(options.notices ?? [])];
  const failed = notices.some((n) => n.kind === 'unwritable');
  return {
    path: options.path,
    get saved() {
      return saved;
    },
    get saveCount() {
      return saveCount;
    },
    get saveFailed() {
      return failed;
    },
    conflicted: false,
    keep(progress) {
      saveCount++;
      saved = {...progress, answers: {...progress.answers}, done: [...progress.done]};
    },
    load: () => saved,
    save(progress) {
      saveCount++;
      saved = {...progress, answers: {...progress.answers}, done: [...progress.done]};
    },
    clear() {
      saved = undefined;
    },
    takeNotices: () => notices.splice(0),
  };
}
