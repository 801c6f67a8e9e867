// What loads before React, Ink and yoga stays free of them, measured on the built bundle (where a stray
// import would show): the entry (dist/cli.js), which holds the first frame, and the command line's chunk
// (dist/chunks/main-*.mjs), which holds --phone and the other modes, each with every file it imports as it
// loads.
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
    for (const [name, file] of [
      ['main', chunk('main')],
      ['the entry', requireBuiltCli()],
    ] as const) {
      const loaded = loadedWith(file);
      if (name === 'main') expect(loaded.size, name).toBeGreaterThan(1);
      for (const file of loaded) {
        expect(holdsReact(file), `${name}: ${path.basename(file)} holds React`).toBe(false);
        expect(holdsInk(file), `${name}: ${path.basename(file)} holds Ink or yoga`).toBe(false);
      }
    }
  });
});

describe('the first frame', () => {
  it('is the entry alone: dist/cli.js imports no other file as it loads (the modes and the interface come by import())', () => {
    const entry = requireBuiltCli();
    expect([...loadedWith(entry)]).toEqual([entry]);
    // The check can fail: the entry does load the rest, later, by import().
    expect(readFileSync(entry, 'utf8')).toMatch(/import\("\.\/chunks\/main-[\w-]+\.mjs"\)/);
  });
});
