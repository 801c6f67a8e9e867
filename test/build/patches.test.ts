// The build patches libraries as it bundles them (scripts/patches.js, docs/architecture.md), each promising
// to keep the library's behaviour. Here each patched text library is loaded beside the original and the two
// are compared on text of every kind: plain Latin and CJK, ambiguous-width punctuation, escape sequences,
// links, combining marks, emoji and their sequences, jamo, controls, random Unicode.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import {at, PATCHES} from '../../scripts/patches.js';

interface Patch {
  readonly why: string;
  readonly file: string;
  readonly apply: (source: string) => string;
}

const written: string[] = [];
afterAll(() => {
  for (const file of written) rmSync(file, {force: true});
});

/** The library with every patch for it applied, as a module beside the original (its imports resolve alike). */
async function patched<T>(library: string): Promise<T> {
  const file = at(library) as string;
  let source = readFileSync(file, 'utf8');
  for (const patch of (PATCHES as Patch[]).filter((p) => p.file === file)) source = patch.apply(source);
  const copy = path.join(path.dirname(file), `.patched-${process.pid}-${path.basename(file)}`);
  writeFileSync(copy, source);
  written.push(copy);
  return (await import(pathToFileURL(copy).href)) as T;
}

const piece = fc.oneof(
  fc.constantFrom('abc', ' ', '通讯录', '“借款 App”', '·', '—', '…', '①', '，。！', 'Ａｂ', 'ｶﾞ', '½', '€'),
  fc.constantFrom('\u001B[1m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[7m', '\u001B[0m', '\u001B]8;;https://x.test\u0007', '\u001B]8;;\u0007'),
  fc.constantFrom('e\u0301', '👍', '👍🏽', '👨‍👩‍👧', '🇨🇳', '1\uFE0F\u20E3', '❤\uFE0F', '\u1100\u1161\u11A8', '\u200B', '\u00AD', '\t', '\r\n', '\u3099'),
  fc.string({unit: 'grapheme', maxLength: 4}),
  fc.string({unit: 'binary', maxLength: 4}),
);
const texts = fc.array(piece, {maxLength: 8}).map((parts) => parts.join(''));

describe('each patched library behaves as the original', () => {
  test('string-width: the same width for every text, ambiguous narrow or wide', async () => {
    const {default: original} = await import('string-width');
    const {default: mine} = await patched<{default: typeof original}>('string-width/index.js');
    fc.assert(
      fc.property(texts, fc.boolean(), (text, ambiguousIsNarrow) => {
        expect(mine(text, {ambiguousIsNarrow})).toBe(original(text, {ambiguousIsNarrow}));
      }),
      {numRuns: 4000},
    );
  });

  test('ansi-tokenize: the same tokens for every text', async () => {
    type Tokenize = (text: string) => unknown[];
    const {tokenize: original} = (await import('@alcalzone/ansi-tokenize')) as unknown as {tokenize: Tokenize};
    const {tokenize: mine} = await patched<{tokenize: Tokenize}>('@alcalzone/ansi-tokenize/build/tokenize.js');
    fc.assert(
      fc.property(texts, (text) => {
        expect(mine(text)).toEqual(original(text));
      }),
      {numRuns: 4000},
    );
  });

  test('ansi-tokenize: the same string back from every row of styled characters, styles changed at random', async () => {
    type Styled = {value: string; styles: {code: string; endCode: string}[]};
    const library = (await import('@alcalzone/ansi-tokenize')) as unknown as {
      tokenize: (text: string) => unknown[];
      styledCharsFromTokens: (tokens: unknown[]) => Styled[];
      styledCharsToString: (chars: Styled[]) => string;
    };
    const {styledCharsToString: mine} = await patched<{styledCharsToString: (chars: Styled[]) => string}>('@alcalzone/ansi-tokenize/build/styledChars.js');
    const chars = (text: string) => library.styledCharsFromTokens(library.tokenize(text));
    // As Ink builds a row: characters of several writes side by side, each keeping the styles it had.
    const rows = fc.array(texts, {minLength: 1, maxLength: 4}).chain((parts) => {
      const row = parts.flatMap(chars);
      return fc.array(fc.nat({max: Math.max(0, row.length - 1)}), {maxLength: 3}).map((restyled) => {
        for (const at of restyled) if (row[at]) row[at] = {...row[at]!, styles: row[(at * 7) % row.length]!.styles};
        return row;
      });
    });
    fc.assert(
      fc.property(rows, (row) => {
        expect(mine(row)).toBe(library.styledCharsToString(row));
      }),
      {numRuns: 4000},
    );
    // What the patch is for: a row of one style is the style, the text, and the reset.
    const row = chars('\u001B[1m\u001B[31mabc\u001B[39m\u001B[22m');
    expect(mine(row)).toBe('\u001B[1m\u001B[31mabc\u001B[39m\u001B[22m');
  });

  test('every patch names a library file that exists and changes it', () => {
    for (const patch of PATCHES as Patch[]) {
      const source = readFileSync(patch.file, 'utf8');
      expect(patch.apply(source), patch.why).not.toBe(source);
    }
  });
});
