// Opens the progress store at its real location, validated against this build's content.
import {fs} from '../platform/node.js';
import os from 'node:os';
import path from 'node:path';
import type {Content} from '../content/types.js';
import {defaultConfigDir} from '../persistence/config-path.js';
import {createProgressStore, type FileProgressStore} from '../persistence/progress-store.js';
import {createSavedValidator} from '../engine/validate-saved.js';

export interface OpenedStore extends FileProgressStore {
  /** Whether anything is saved: progress, a kept-aside corrupt copy or a leftover temporary file. */
  hasSaved(): boolean;
  /** Whether progress itself (config.json) is saved. */
  hasProgress(): boolean;
}

export function openStore(
  env: Readonly<Record<string, string | undefined>>,
  content: Pick<Content, 'version' | 'questions'> & {readonly checklist: readonly {readonly id: string}[]},
  {noSave}: {readonly noSave: boolean},
): OpenedStore {
  const cwd = defaultConfigDir({env, platform: process.platform, homedir: os.homedir()});
  const store = createProgressStore({...(cwd === undefined ? {noHome: true} : {cwd}), noSave, contentVersion: content.version, validate: createSavedValidator(content)});
  return Object.assign(store, {
    hasProgress: () => store.path !== undefined && fs.existsSync(store.path),
    hasSaved() {
      if (!store.path) return false;
      try {
        const name = path.basename(store.path);
        return fs.readdirSync(path.dirname(store.path)).some((f) => f === name || f.startsWith(`${name}.corrupt-`) || f.startsWith(`${name}.tmp-`));
      } catch {
        return false;
      }
    },
  });
}
