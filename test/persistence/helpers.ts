import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildSync} from 'esbuild';
import type {ValidateSaved} from '../../source/engine/validate-saved.js';
import type {SavedProgress} from '../../source/persistence/types.js';

/** A fresh temporary folder; the store's folder goes inside it so its creation can be observed. */
export function tempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-store-'));
}

export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Keeps everything: the identity hook. */
export const keepAll: ValidateSaved = (progress) => ({progress, dropped: 0});

export const NOW = new Date('2026-11-28T16:01:55.123Z');

export const sample: SavedProgress = {
  answers: {lenders: ['high_cost_app', 'credit_card'], overdue: 'd1_30', phone: 'other_android'},
  current: 'app_permissions',
  done: ['save_evidence'],
  lang: 'zh-Hans',
  updatedAt: '2020-01-01T00:00:00.000Z',
};

/** A valid file as the store writes it, for tests that start from something on disk. */
export function validFileText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schemaVersion: 1,
    contentVersion: '1.0.0',
    lang: 'en',
    answers: {lenders: ['credit_card'], overdue: 'd1_30'},
    current: 'phone',
    done: [],
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  });
}

/**
 * Writes the progress store as store.mjs and a child script as child.mjs into `root`, for tests that run
 * the store in other processes (two runs at once, another user).
 */
export function writeStoreChild(root: string, child: string): void {
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../source/persistence/progress-store.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: path.join(root, 'store.mjs'),
    logLevel: 'silent',
  });
  fs.writeFileSync(path.join(root, 'child.mjs'), child);
}
