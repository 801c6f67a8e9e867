// The build takes Node's built-in modules with process.getBuiltinModule instead of ES-module imports
// (scripts/builtins.js, docs/performance.md): each form esbuild prints is rewritten to bindings that hold the
// same values, bound before any of the file's code runs, other imports are left alone, and a form it does
// not know fails the build rather than shipping the slow import.
import {mkdtempSync, writeFileSync} from 'node:fs';
import * as fsNamespace from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, test} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {builtinsByGetter} from '../../scripts/builtins.js';

const rewrite = builtinsByGetter as (text: string, file?: string) => string;
const dir = mkdtempSync(path.join(tmpdir(), 'dpc-builtins-'));
let count = 0;
/** `text` run as an ES module; its exports. */
async function evaluate(text: string): Promise<Record<string, unknown>> {
  const file = path.join(dir, `m${count++}.mjs`);
  writeFileSync(file, text);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('built-in modules by process.getBuiltinModule', () => {
  // Minified (esbuild's own spacing) and not: every form, each module's imports where its code begins.
  const minified =
    'import a from"node:path";import{join as j,sep}from"node:path";function early(){return late.sep}' +
    'import*as f from"node:fs";import d,{env as e}from"node:process";import{default as o,EOL}from"node:os";' +
    'import"node:tty";export const out={a,j,sep,f,d,e,o,EOL,early:early()};import late from"path";';
  const spaced = [
    'import a from "node:path";',
    'import { join as j, sep } from "node:path";',
    'function early() {',
    '  return late.sep;',
    '}',
    'import * as f from "node:fs";',
    'import d, { env as e } from "node:process";',
    'import { default as o, EOL } from "node:os";',
    'import "node:tty";',
    'export const out = { a, j, sep, f, d, e, o, EOL, early: early() };',
    'import late from "path";',
  ].join('\n');

  for (const [name, text] of [
    ['minified', minified],
    ['as esbuild prints it unminified', spaced],
  ] as const) {
    test(`${name}: no import of a built-in is left, and every binding holds what the import held`, async () => {
      const done = rewrite(text);
      expect(done).not.toMatch(/\bfrom\s*"(node:)?(path|fs|process|os|tty)"/);
      expect(done).not.toMatch(/import\s*"node:tty"/);
      expect(done).toContain('globalThis.process.getBuiltinModule("node:tty")');
      const {out} = (await evaluate(done)) as {out: Record<string, unknown>};
      expect(out.a).toBe(path);
      expect(out.j).toBe(path.join);
      expect(out.sep).toBe(path.sep);
      // The module itself rather than a namespace object: the same functions.
      expect((out.f as typeof fsNamespace).readFileSync).toBe(fsNamespace.readFileSync);
      expect(out.d).toBe(process);
      expect(out.e).toBe(process.env);
      expect(out.o).toBe(process.getBuiltinModule('node:os'));
      expect(out.EOL).toBe(process.getBuiltinModule('node:os').EOL);
      // A function that runs before the import's place in the file still finds it bound, as with import.
      expect(out.early).toBe(path.sep);
    });
  }

  test('imports of other files and packages are left as they are, byte for byte', () => {
    const text = 'import{A as a,B as b}from"./chunk-X.mjs";import r from"react";import"./side.mjs";const z=1;';
    expect(rewrite(text)).toBe(text);
  });

  test('a dynamic import() of a built-in is left (it is loaded when used, not at start)', () => {
    const text = 'const load=()=>import("node:readline");';
    expect(rewrite(text)).toBe(text);
  });

  test('a static import of a built-in in a form it does not know fails the build, naming the file', () => {
    expect(() => rewrite('export{join}from"node:path";', 'chunks/x.mjs')).toThrow(/chunks\/x\.mjs still imports node:path/);
  });

  test('text that merely mentions an import in a string is not a statement: left alone', () => {
    const text = 'const help="see import(\\"x\\")";';
    expect(rewrite(text)).toBe(text);
  });
});
