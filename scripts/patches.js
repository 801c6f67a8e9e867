// Start-up patches to libraries, applied by scripts/build.js to their source as it is bundled; kept here so
// that test/build/patches.test.ts can apply each one to its library and compare the patched library with the
// original.
import {existsSync, readFileSync, realpathSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * Start-up patches to libraries, applied to their source as it is bundled. Each one keeps the library's
 * behaviour and removes work done at load time that the first frame does not need (measured in a pty,
 * see docs/performance.md). Each must apply: a library update that changes the patched text fails the
 * build, so the patch is reviewed rather than silently dropped.
 */
/** A library file by its real path, as the bundlers report it (node_modules may be a symlink). */
export const at = (file) => {
  const full = path.join(root, 'node_modules', ...file.split('/'));
  return existsSync(full) ? realpathSync(full) : full;
};
/**
 * Plain text as source/output/width.ts defines it (Latin, CJK, their punctuation and forms: every code point
 * its own grapheme, all in the BMP), read from there so the two cannot drift.
 */
export const PLAIN = (() => {
  const match = /^export const PLAIN =\s*\/\^\[(.+?)\]\*\$\/;$/m.exec(readFileSync(path.join(root, 'source/output/width.ts'), 'utf8'));
  if (!match) throw new Error('build: the PLAIN pattern of source/output/width.ts is not where the build reads it; review the patches');
  return `/^[${match[1]}]*$/`;
})();
/** The same, with ASCII's control characters (escape sequences in painted lines). */
const PLAIN_OR_CONTROL = PLAIN.replace('^[', '^[\\u0000-\\u001f\\u007f');
/**
 * `source` with each [from, to] replaced once; unchanged, so that the build fails, unless every `from` is
 * there exactly once (a library that changed gets its patch reviewed, never half applied).
 */
function everyOnce(source, pairs) {
  if (!pairs.every(([from]) => source.split(from).length === 2)) return source;
  return pairs.reduce((text, [from, to]) => text.replace(from, () => to), source);
}
export const PATCHES = [
  {
    // The Emscripten loader fetch()es its inlined wasm from a data: URL, which loads Node's whole fetch
    // implementation (undici), 15-30 ms. Take the loader's own path that decodes the base64 directly.
    why: 'yoga-layout without fetch',
    file: at('yoga-layout/dist/binaries/yoga-wasm-base64-esm.js'),
    apply: (source) => source.replaceAll('"function"!=typeof fetch', 'true'),
  },
  {
    // `/^\p{RGI_Emoji}$/v` costs 15-40 ms to construct and is only consulted for non-ASCII clusters.
    // Build it on first use, and only for a cluster that can be an emoji: every RGI emoji sequence holds
    // an Extended_Pictographic or Emoji_Presentation code point, or U+FE0F or U+20E3 (checked against
    // the full regex over every code point and its VS16/keycap forms), so CJK text never pays for it.
    why: 'string-width: emoji regex on first use',
    file: at('string-width/index.js'),
    apply: (source) =>
      source.replace(
        'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
        () =>
          'let rgiEmojiRegexBuilt;const rgiEmojiCandidate = /[\\p{Extended_Pictographic}\\p{Emoji_Presentation}\\uFE0F\\u20E3]/u;' +
          "const rgiEmojiRegex = {test: (s) => rgiEmojiCandidate.test(s) && (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s)};",
      ),
  },
  {
    // Ink measures every line it paints. Plain text (PLAIN below) is one column or two per code point, and
    // that is what string-width's grapheme walk finds for it: measure it without one, so Chinese screens,
    // like English ones, never start ICU's break iterators (10-40 ms and about 5 MB the first time).
    why: 'string-width: plain text without Intl.Segmenter',
    file: at('string-width/index.js'),
    apply: (source) =>
      source.replace(
        '\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};\n',
        (whole) =>
          `${whole}\tif (${PLAIN}.test(string)) {\n` +
          '\t\tfor (const character of string) {\n\t\t\tconst codePoint = character.codePointAt(0);\n' +
          '\t\t\twidth += codePoint < 0x7F ? 1 : eastAsianWidth(codePoint, eastAsianWidthOptions);\n\t\t}\n\t\treturn width;\n\t}\n',
      ),
  },
  {
    // Every line Ink paints goes through tokenize(), which splits it into graphemes with Intl.Segmenter.
    // In ASCII (escape sequences included) and plain text every code point is its own grapheme, bar CR LF:
    // step through it without one (an array, not a generator: no iterator result per character).
    why: 'ansi-tokenize: plain text without Intl.Segmenter',
    file: at('@alcalzone/ansi-tokenize/build/tokenize.js'),
    apply: (source) =>
      source.includes('for (const { segment, index } of segmenter.segment(str)) {')
        ? `${source.replace('for (const { segment, index } of segmenter.segment(str)) {', () => 'for (const { segment, index } of graphemesOf(str)) {')}
function codePoints(str) { const out = new Array(str.length); for (let index = 0; index < str.length; index++) out[index] = { segment: str[index], index }; return out; }
function graphemesOf(str) { return ${PLAIN_OR_CONTROL}.test(str) && !str.includes('\\r\\n') ? codePoints(str) : segmenter.segment(str); }
`
        : source,
  },
  {
    // Ink turns every row of every frame back into a string with styledCharsToString, which diffs the styles
    // of each character against the previous one's: three Sets and several arrays per character, although
    // neighbours almost always share their styles (about half of all a session allocates, and the reason V8
    // grows the young generation: docs/performance.md). Equal styles diff to nothing: skip the diff then.
    why: 'ansi-tokenize: no style diff between characters styled alike',
    file: at('@alcalzone/ansi-tokenize/build/styledChars.js'),
    apply: (source) => {
      const patched = everyOnce(source, [
        ['ret += ansiCodesToString(char.styles);', 'if (char.styles.length > 0) ret += ansiCodesToString(char.styles);'],
        [
          'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
          'if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
        ],
        ['ret += ansiCodesToString(diffAnsiCodes(char.styles, []));', 'if (char.styles.length > 0) ret += ansiCodesToString(diffAnsiCodes(char.styles, []));'],
      ]);
      const sameStyles =
        'function sameStyles(a, b) { if (a.length !== b.length) return false; for (let j = 0; j < a.length; j++) if (a[j].code !== b[j].code || a[j].endCode !== b[j].endCode) return false; return true; }';
      return patched === source ? source : `${patched}\n${sameStyles}\n`;
    },
  },
  {
    // terminal-size imports child_process (5-10 ms) for a fallback used only when no stream is a terminal.
    why: 'terminal-size: child_process on first use',
    file: at('terminal-size/index.js'),
    apply: (source) =>
      source.replace(
        "import {execFileSync} from 'node:child_process';",
        () =>
          "import {createRequire as terminalSizeRequire} from 'node:module';\n" +
          "const execFileSync = (...args) => terminalSizeRequire(import.meta.url)('node:child_process').execFileSync(...args);",
      ),
  },
  ...[
    'string-width/index.js',
    'ink/node_modules/wrap-ansi/node_modules/string-width/index.js',
    '@alcalzone/ansi-tokenize/build/tokenize.js',
    'slice-ansi/tokenize-ansi.js',
  ].map((file) => ({
    // The first Intl.Segmenter initialises ICU's break iterators, 10-40 ms; these libraries each make one
    // when they load. Make it on first use: with the plain-text paths above, the interface's screens, in
    // any of its languages, never start ICU; only text outside PLAIN (an emoji, a combining mark) does.
    why: `Intl.Segmenter on first use (${file})`,
    file: at(file),
    apply: (source) =>
      source.replace(
        /^const (\w+) = new Intl\.Segmenter\(([^)]*)\);$/m,
        (_, name, options) =>
          `let ${name}Built;const ${name} = {segment: (text) => (${name}Built ??= new Intl.Segmenter(${options})).segment(text)};`,
      ),
  })),
];

// CommonJS libraries inside the ES-module bundle `require` Node's built-in modules (everything else is
// bundled): the files that do get a `require` that hands them the built-in, by process.getBuiltinModule
// (Node >= 20.16, the engines field), when it is first called. A `createRequire` from node:module would be
// imported, with the module loader's source-map support, by every file that holds such a library.
export const REQUIRE =
  'const require = (id) => { const m = process.getBuiltinModule(id); if (m === undefined) throw new Error("Cannot find module " + id); return m; };\n';

/**
 * The text of the library file `file` with every patch for it applied, each added to `applied`; undefined
 * when no patch is for that file. A patch that no longer changes its library fails the build, so that it is
 * reviewed.
 */
export function patchedSource(file, applied, name = 'build') {
  const mine = PATCHES.filter((p) => p.file === file);
  if (mine.length === 0) return undefined;
  return mine.reduce((source, patch) => {
    const next = patch.apply(source);
    if (next === source) throw new Error(`${name}: patch "${patch.why}" no longer applies to ${file}; review it`);
    applied.add(patch);
    return next;
  }, readFileSync(file, 'utf8'));
}

/** The patches as an esbuild plugin (the web edition's build, scripts/build-web.js). */
export function patchPlugin(applied, name = 'build') {
  return {
    name: 'library-patches',
    setup(b) {
      b.onLoad({filter: /[\\/]node_modules[\\/].*\.js$/}, (args) => {
        const contents = patchedSource(args.path, applied, name);
        return contents === undefined ? undefined : {contents, loader: 'js'};
      });
    },
  };
}

/** The patches as a Rollup plugin (the terminal edition's build, scripts/build.js). */
export function patchRollupPlugin(applied, name = 'build') {
  return {
    name: 'library-patches',
    load(id) {
      return /[\\/]node_modules[\\/].*\.js$/.test(id) ? (patchedSource(id, applied, name) ?? null) : null;
    },
  };
}
