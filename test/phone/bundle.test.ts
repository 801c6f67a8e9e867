// What loads before React, Ink and yoga stays free of them, measured on the built bundle (where a stray
// import would show): the first frame's chunk (dist/chunks/interactive-*.mjs), the command line's
// (dist/chunks/main-*.mjs) and each mode's it loads by import(), --phone's among them, each with every file
// it imports as it loads. And the first frame is two files, which no mode loads
// (docs/architecture.md, The build).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {requireBuiltCli} from '../support/pty.js';

const chunks = () => path.join(path.dirname(requireBuiltCli()), 'chunks');

/** The one chunk named `name-<hash>.mjs`. */
function chunk(name: string): string {
  const found = readdirSync(chunks()).filter((f) => new RegExp(`^${name}-[\\w-]+\\.mjs$`).test(f));
  expect(found, name).toHaveLength(1);
  return path.join(chunks(), found[0]!);
}

/** A chunk and every chunk it imports statically (`import()` loads later, when called). */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.\.?\/[\w./-]+\.m?js)"/g)) loadedWith(path.join(path.dirname(file), m[1]!), seen);
  return seen;
}

const holdsReact = (file: string) => readFileSync(file, 'utf8').includes('react.transitional.element');
const holdsInk = (file: string) => /yoga|useInput/.test(readFileSync(file, 'utf8'));

describe('the chunks loaded before the interface', () => {
  it('hold no React, Ink or yoga: the first frame, and --phone and the other modes', () => {
    // The marker is there to find: the interface's chunk and what it imports hold React.
    expect([...loadedWith(chunk('run'))].some(holdsReact)).toBe(true);
    for (const name of ['interactive', 'main', 'phone', 'plain', 'letter-mode', 'web-mode']) {
      const loaded = loadedWith(chunk(name));
      expect(loaded.size, name).toBeGreaterThan(1);
      for (const file of loaded) {
        expect(holdsReact(file), `${name}: ${path.basename(file)} holds React`).toBe(false);
        expect(holdsInk(file), `${name}: ${path.basename(file)} holds Ink or yoga`).toBe(false);
      }
    }
  });
});

describe('the first frame', () => {
  it('is two files: the entry, which imports no other as it loads, and the first frame\'s chunk, which imports only the entry', () => {
    const entry = requireBuiltCli();
    expect([...loadedWith(entry)]).toEqual([entry]);
    expect([...loadedWith(chunk('interactive'))].sort()).toEqual([chunk('interactive'), entry].sort());
    // The check can fail: the entry does load the first frame, and the modes, later, by import().
    expect(readFileSync(entry, 'utf8')).toMatch(/import\("\.\/chunks\/interactive-[\w-]+\.mjs"\)/);
    expect(readFileSync(entry, 'utf8')).toMatch(/import\("\.\/chunks\/main-[\w-]+\.mjs"\)/);
  });

  it('is loaded by no mode: the modes\' chunks and what they import hold no chalk', () => {
    const holdsChalk = (file: string) => readFileSync(file, 'utf8').includes('FORCE_COLOR');
    expect(holdsChalk(chunk('interactive')), 'the marker is there to find').toBe(true);
    for (const name of ['main', 'phone', 'plain', 'letter-mode', 'web-mode']) {
      for (const file of loadedWith(chunk(name))) expect(holdsChalk(file), `${name}: ${path.basename(file)}`).toBe(false);
    }
  });
});
