// The interface asks V8 not to grow its young generation (source/ui/memory.ts): only on the Node versions
// it was measured on, and with a flag this Node knows (V8 would print an error on the terminal otherwise).
import {spawnSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {keepYoungGenerationSmall, YOUNG_GENERATION_FLAG} from '../../source/ui/memory.js';

describe('the young generation kept small', () => {
  test('set on Node 20, 22 and 24; left alone on a version it was not measured on', () => {
    for (const [version, expected] of [
      ['20.20.2', true],
      ['22.23.3', true],
      ['24.21.0', true],
      ['18.20.0', false],
      ['26.0.0', false],
    ] as const) {
      const set: string[] = [];
      expect(keepYoungGenerationSmall(version, (flags) => set.push(flags)), version).toBe(expected);
      expect(set, version).toEqual(expected ? [YOUNG_GENERATION_FLAG] : []);
    }
  });

  test(`this Node (${process.versions.node}) knows the flag: setting it prints nothing`, () => {
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(YOUNG_GENERATION_FLAG)})`], {encoding: 'utf8'});
    expect(r.status).toBe(0);
    expect(r.stderr + r.stdout).toBe('');
    // The check can fail: an unknown flag is reported.
    const unknown = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-flag-of-v8')`], {encoding: 'utf8'});
    expect(unknown.stderr).toMatch(/unrecognized flag/);
  });
});
