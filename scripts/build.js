// Bundles the CLI into dist/ with every library inside (no runtime dependencies), as ES modules, with Rollup:
// dist/cli.js is the entry, and each `import()` in the source becomes a chunk in dist/chunks/, loaded on
// demand. Rollup puts a module in the entry when the entry already loads it, and a chunk loaded later takes
// it from there rather than from a chunk of its own; what the first frame shares with the modes is put in
// the entry too (firstFrameChunks). So the first frame is two files, the entry and its chunk; the modes
// (--answers, and --plain, --letter, --web and --phone each apart), the interactive interface (React, Ink,
// yoga) and clipboardy are chunks that import what they share from the entry
// (docs/architecture.md, The build). TypeScript and JSX are compiled, and every file minified, by esbuild.
// The content's JSON files are copied to dist/content/, which the entry names
// (source/platform/content-files.ts).
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import {transform} from 'esbuild';
import {rollup} from 'rollup';
import {builtinsByGetter} from './builtins.js';
import {languages} from './languages.js';
import {PATCHES, patchRollupPlugin, REQUIRE} from './patches.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

/**
 * Modules replaced as they are bundled, each with the reason:
 * - Ink imports react-devtools-core lazily when DEV=true (never, see `define`): an empty module.
 * - clipboardy's image functions come from clipboard-image (with run-jxa, a second execa, semver: about
 *   70 kB of the clipboard chunk). Only text is ever copied here (source/services/clipboard.ts): its image
 *   functions say so instead. test/package/pack.test.ts holds the package to its size budget.
 * - signal-exit 3 (under Ink and restore-cursor) loads `assert` (5-10 ms) for one argument check.
 */
const STUBS = {
  devtools: 'export default {};',
  'clipboard-image':
    "const unsupported = async () => { throw new Error('debt-privacy-check copies text only'); };\n" +
    'export const writeClipboardImages = unsupported;\nexport const readClipboardImages = unsupported;\nexport const hasClipboardImages = async () => false;\n',
  assert:
    'export const equal = (a, b, message) => { if (a != b) throw new Error(message); };\n' +
    'export default Object.assign((value, message) => equal(!!value, true, message), {equal});',
};
const from = (importer, library) => new RegExp(`[\\\\/]node_modules[\\\\/]${library}[\\\\/]`).test(importer ?? '');
const stubs = {
  name: 'stubs',
  resolveId(id, importer) {
    if ((id === './devtools.js' && from(importer, 'ink')) || id === 'react-devtools-core') return '\0stub:devtools';
    if (id === 'clipboard-image' && from(importer, 'clipboardy')) return '\0stub:clipboard-image';
    if (id === 'assert' && from(importer, 'signal-exit')) return '\0stub:assert';
    return null;
  },
  load(id) {
    return id.startsWith('\0stub:') ? STUBS[id.slice('\0stub:'.length)] : null;
  },
};

// What esbuild's `define` replaces: React's production build, and Ink's dev mode off (DEV=true reads
// ../package.json and loads devtools, neither of which is in the bundle).
const define = {'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"'};
const DEFINED = /process\.env\.(?:NODE_ENV|DEV)\b|process\.env\[['"]DEV['"]\]/;

/** The project's TypeScript, imported as `./x.js`, compiled by esbuild; libraries get `define` only. */
const typescript = {
  name: 'typescript',
  resolveId(id, importer) {
    if (!importer || !id.startsWith('.') || !id.endsWith('.js') || importer.includes(`${path.sep}node_modules${path.sep}`)) return null;
    for (const ext of ['.ts', '.tsx']) {
      const file = path.resolve(path.dirname(importer), id.slice(0, -3) + ext);
      if (existsSync(file)) return file;
    }
    return null;
  },
  async transform(code, id) {
    if (id.startsWith('\0')) return null;
    const loader = /\.tsx$/.test(id) ? 'tsx' : /\.ts$/.test(id) ? 'ts' : null;
    if (loader === null && !(/\.[cm]?js$/.test(id) && DEFINED.test(code))) return null;
    const out = await transform(code.replace(/process\.env\[['"]DEV['"]\]/g, 'process.env.DEV'), {
      loader: loader ?? 'js',
      jsx: 'automatic',
      define,
      target: 'node20',
      sourcefile: id,
      ...(loader ? {format: 'esm'} : {}),
    });
    return {code: out.code, map: null};
  },
};

/**
 * Where the first frame's modules go (docs/architecture.md, The build). A plain start loads the entry and
 * the first frame's chunk (`cli/interactive.ts` and what it imports), and the command line's modes
 * (`cli/main.ts` and the modes it loads by `import()`) share some of those modules. Left to itself, Rollup
 * would put what they share in chunks of their own, more files for each to load. Instead, what the first
 * frame shares with any mode is in the entry, which each has loaded already, and the rest of what the first
 * frame imports in its chunk: no mode loads anything of the first frame (chalk, the key map, the start
 * screens), and the first frame is two files. Every other module goes where Rollup puts it.
 */
function firstFrameChunks() {
  const source = (file) => path.join(root, 'source', file);
  let parts;
  return (id, {getModuleInfo}) => {
    if (!parts) {
      // What `from` imports, and with `withImports` what it loads by import() too, all the way down.
      const imported = (from, withImports = false) => {
        const seen = new Set();
        const visit = (module) => {
          if (seen.has(module)) return;
          seen.add(module);
          for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
          if (withImports) for (const next of getModuleInfo(module)?.dynamicallyImportedIds ?? []) visit(next);
        };
        visit(from);
        return seen;
      };
      const [entry, firstFrame, modes] = [imported(source('cli.ts')), imported(source('cli/interactive.ts')), imported(source('cli/main.ts'), true)];
      parts = {entry, firstFrame, shared: new Set([...firstFrame].filter((module) => modes.has(module)))};
    }
    if (parts.entry.has(id) || parts.shared.has(id)) return 'cli';
    return parts.firstFrame.has(id) ? 'interactive' : null;
  };
}

/** The patches of scripts/patches.js that this build applied (each must be). */
const applied = new Set();

// Build beside dist/ and swap in: a CLI already running from dist/ (tests run in parallel) keeps finding
// its chunks. Chunk names carry a content hash, so old and new chunks can sit side by side for a moment.
const dist = path.join(root, 'dist');
const next = path.join(root, 'node_modules', '.cache', 'debt-privacy-check', `dist-${process.pid}`);
rmSync(next, {recursive: true, force: true});
try {
  const bundle = await rollup({
    input: {cli: path.join(root, 'source/cli.ts')},
    // The entry exports nothing anyone imports: Rollup may add to it what the chunks take from it.
    preserveEntrySignatures: false,
    // Node's modules stay outside the bundle, but for signal-exit's `assert`, replaced by `stubs`.
    external: (id, importer) => isBuiltin(id) && !(id === 'assert' && from(importer, 'signal-exit')),
    plugins: [
      stubs,
      patchRollupPlugin(applied),
      typescript,
      nodeResolve({preferBuiltins: true, exportConditions: ['node']}),
      json(),
      // A CommonJS library's require() of a built-in stays a call, made when the library makes it, answered
      // by the `require` below (REQUIRE); signal-exit's `assert` is bundled, replaced by `stubs`.
      commonjs({ignore: (id) => isBuiltin(id) && id !== 'assert', ignoreDynamicRequires: true}),
    ],
    onwarn(warning, warn) {
      // Libraries' own import cycles, and `this` at the top of their ES modules: theirs, and harmless here.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  });
  const {output} = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].mjs',
    manualChunks: firstFrameChunks(),
  });
  await bundle.close();
  // BUILD_REPORT=path writes what went into each file, module by module, before minifying (start-up work).
  if (process.env.BUILD_REPORT) {
    const report = output.map((c) => ({file: c.fileName, imports: c.imports, modules: Object.fromEntries(Object.entries(c.modules ?? {}).map(([id, m]) => [path.relative(root, id), m.renderedLength]))}));
    writeFileSync(process.env.BUILD_REPORT, JSON.stringify(report, null, 1));
  }
  const outputs = [];
  for (const chunk of output) {
    if (chunk.type !== 'chunk') throw new Error(`build: unexpected asset ${chunk.fileName}`);
    const minified = process.env.MINIFY === '0' ? chunk.code : (await transform(chunk.code, {minify: true, format: 'esm', target: 'node20', legalComments: 'none'})).code;
    const text = builtinsByGetter(minified, chunk.fileName);
    const withRequire = `${/\brequire\b/.test(text) ? REQUIRE : ''}${text}`;
    outputs.push({path: path.join(next, chunk.fileName), text: chunk.isEntry ? `#!/usr/bin/env node\n${withRequire}` : withRequire});
  }
  const entryFile = path.join(next, 'cli.js');
  const {LANGS} = await languages();
  for (const lang of LANGS) {
    for (const name of ['start', 'main', 'documents'].map((part) => `generated-${lang}-${part}.json`)) {
      outputs.push({path: path.join(next, 'content', name), text: readFileSync(path.join(root, 'source/content', name), 'utf8')});
    }
  }
  for (const file of outputs) {
    mkdirSync(path.dirname(file.path), {recursive: true});
    writeFileSync(file.path, file.text);
  }
  chmodSync(entryFile, 0o755);
  const missed = PATCHES.filter((p) => !applied.has(p));
  if (missed.length > 0) throw new Error(`build: patches not applied (library not bundled?): ${missed.map((p) => p.why).join('; ')}`);
  // Swap in: new chunks beside the old for a moment, then the entry, then the old chunks go.
  const fresh = new Set(outputs.map((file) => path.relative(next, file.path)));
  for (const name of fresh) {
    if (name === 'cli.js') continue;
    mkdirSync(path.dirname(path.join(dist, name)), {recursive: true});
    renameSync(path.join(next, name), path.join(dist, name));
  }
  renameSync(entryFile, path.join(dist, 'cli.js'));
  for (const name of readdirSync(dist, {recursive: true})) {
    const full = path.join(dist, name);
    if (!fresh.has(name) && !statSync(full).isDirectory()) rmSync(full, {force: true});
  }
  // Folders left empty by an older layout.
  for (const name of readdirSync(dist, {recursive: true}).sort().reverse()) {
    const full = path.join(dist, name);
    if (statSync(full).isDirectory() && readdirSync(full).length === 0) rmSync(full, {recursive: true});
  }
  for (const name of readdirSync(dist)) {
    if (!['cli.js', 'chunks', 'content', 'web'].includes(name)) rmSync(path.join(dist, name), {recursive: true, force: true});
  }
} finally {
  rmSync(next, {recursive: true, force: true});
}
if (!existsSync(path.join(dist, 'cli.js'))) throw new Error('build: no dist/cli.js');
