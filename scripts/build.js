// Bundles the CLI into dist/ with every library inside (no runtime dependencies), as ES modules: dist/cli.js
// is the entry, and each `import()` in the source is split by esbuild into dist/chunks/, loaded on demand:
// the first frame, the other modes (--answers, --phone and the rest), the interactive interface (React,
// Ink, yoga) and clipboardy, with the modules they share in chunks of their own. --version and --help load
// the entry and the three small chunks it imports (see docs/performance.md). The content's JSON
// files are copied to dist/content/, which the entry names (source/platform/content-files.ts).
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {builtinsByGetter} from './builtins.js';
import {languages} from './languages.js';
import {PATCHES, patchPlugin, REQUIRE} from './patches.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Ink imports react-devtools-core lazily when DEV=true; esbuild would make that static. Replace it. */
const inkDevtoolsStub = {
  name: 'ink-devtools-stub',
  setup(b) {
    b.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
      args.importer.includes(`${path.sep}ink${path.sep}`) ? {path: 'ink-devtools', namespace: 'stub'} : undefined,
    );
    b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
    b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {};', loader: 'js'}));
  },
};

/** The patches of scripts/patches.js that this build applied (each must be). */
const applied = new Set();

/**
 * clipboardy's image functions come from clipboard-image (with run-jxa, a second execa, semver: about 70 kB
 * of the clipboard chunk). Only text is ever copied here (source/services/clipboard.ts): its image
 * functions say so instead. test/package/pack.test.ts holds the package to its size budget.
 */
const clipboardImageStub = {
  name: 'clipboard-image-stub',
  setup(b) {
    b.onResolve({filter: /^clipboard-image$/}, (args) =>
      /[\\/]clipboardy[\\/]/.test(args.importer) ? {path: 'clipboard-image', namespace: 'clipboard-image-stub'} : undefined,
    );
    b.onLoad({filter: /.*/, namespace: 'clipboard-image-stub'}, () => ({
      contents:
        "const unsupported = async () => { throw new Error('debt-privacy-check copies text only'); };\n" +
        'export const writeClipboardImages = unsupported;\nexport const readClipboardImages = unsupported;\nexport const hasClipboardImages = async () => false;\n',
      loader: 'js',
    }));
  },
};

/** signal-exit 3 (under Ink and restore-cursor) loads `assert` (5-10 ms) for one argument check. */
const signalExitAssert = {
  name: 'signal-exit-assert',
  setup(b) {
    b.onResolve({filter: /^assert$/}, (args) =>
      /[\\/]signal-exit[\\/]/.test(args.importer) ? {path: 'assert', namespace: 'signal-exit-assert'} : undefined,
    );
    b.onLoad({filter: /.*/, namespace: 'signal-exit-assert'}, () => ({
      contents:
        'const equal = (a, b, message) => { if (a != b) throw new Error(message); };\n' +
        'module.exports = Object.assign((value, message) => equal(!!value, true, message), {equal});',
      loader: 'js',
    }));
  },
};

// Build beside dist/ and swap in: a CLI already running from dist/ (tests run in parallel) keeps finding
// its chunks. Chunk names carry a content hash, so old and new chunks can sit side by side for a moment.
const dist = path.join(root, 'dist');
const next = path.join(root, 'node_modules', '.cache', 'debt-privacy-check', `dist-${process.pid}`);
rmSync(next, {recursive: true, force: true});
try {
  const result = await build({
    entryPoints: {cli: path.join(root, 'source/cli.ts')},
    outdir: next,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    // Chunks are .mjs: ES modules by their name, so Node loads each without looking for the package.json
    // that would say so (a few file lookups per chunk; docs/performance.md). The entry stays cli.js, the bin.
    outExtension: {'.js': '.mjs'},
    minify: process.env.MINIFY !== '0',
    legalComments: 'none',
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      // Ink's dev mode (DEV=true) reads ../package.json and loads devtools: neither exists in the bundle.
      "process.env['DEV']": '"false"',
      'process.env.DEV': '"false"',
    },
    logLevel: 'warning',
    metafile: true,
    write: false,
    plugins: [inkDevtoolsStub, patchPlugin(applied), signalExitAssert, clipboardImageStub],
  });
  const entryFile = path.join(next, 'cli.js');
  const outputs = result.outputFiles.map((file) => {
    const text = builtinsByGetter(file.text, path.relative(next, file.path));
    if (file.path === path.join(next, 'cli.mjs')) return {path: entryFile, text: `#!/usr/bin/env node\n${text}`};
    return {path: file.path, text: `${/\brequire\b/.test(text) ? REQUIRE : ''}${text}`};
  });
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
  // METAFILE=path writes esbuild's account of what went into each file (for start-up work).
  if (process.env.METAFILE) writeFileSync(process.env.METAFILE, JSON.stringify(result.metafile));
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
