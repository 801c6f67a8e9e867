// The notices of the store, the clipboard and export (questions/ui-store.yaml): every key the UI renders
// exists, in the content format, with the placeholders the callers fill and no others.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import {expect, it} from 'vitest';
import {uiFile} from '../../source/content/schema.js';

const file = fileURLToPath(new URL('../../questions/ui-store.yaml', import.meta.url));

const EXPECTED: Record<string, string[]> = {
  'store.corrupt': ['path'],
  'store.migrated': ['count'],
  'store.unwritable': [],
  'store.conflict': [],
  'store.noHome': [],
  'store.conflictDeleted': [],
  'store.kept': [],
  'store.byeConflict': [],
  'copy.system': [],
  'copy.osc52': [],
  'copy.osc52Tmux': [],
  'copy.osc52Screen': [],
  'copy.file': ['path'],
  'copy.failed': ['reason'],
  'export.done': ['path'],
  'export.failed': [],
  'export.noFolder': [],
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it('defines exactly the notice strings, valid, with the same placeholders in both languages', () => {
  const {ui} = uiFile.parse(parse(readFileSync(file, 'utf8')));
  expect(Object.keys(ui).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const [key, names] of Object.entries(EXPECTED)) {
    expect(placeholders(ui[key]!['zh-Hans']), `${key} zh-Hans`).toEqual(names);
    expect(placeholders(ui[key]!.en), `${key} en`).toEqual(names);
    for (const text of Object.values(ui[key]!)) {
      expect(text, `${key} is one line`).not.toContain('\n');
      // Ambiguous-width characters break alignment in CJK terminals (docs/content.md).
      expect(text, `${key} has no ambiguous-width characters`).not.toMatch(/[·…→←↑↓①±]/);
    }
  }
});
