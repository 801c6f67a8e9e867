// Bundles the CLI into dist/ with every library inside (no runtime dependencies): dist/cli.js is the entry,
// one CommonJS file, and what only some paths need (the interactive UI with React, Ink and yoga; the phone
// check; the clipboard) is bundled apart into dist/chunks/ and loads on demand, so --version, --help and
// --answers compile about 90 kB of JavaScript instead of about 750 kB (see README, Performance).
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {PATCHES} from './patches.js';

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

const applied = new Set();
const startupPatches = {
  name: 'startup-patches',
  setup(b) {
    b.onLoad({filter: /[\\/]node_modules[\\/].*\.js$/}, (args) => {
      const mine = PATCHES.filter((p) => p.file === args.path);
      if (mine.length === 0) return undefined;
      let source = readFileSync(args.path, 'utf8');
      for (const patch of mine) {
        const next = patch.apply(source);
        if (next === source) throw new Error(`build: patch "${patch.why}" no longer applies to ${args.path}; review it`);
        source = next;
        applied.add(patch);
      }
      return {contents: source, loader: 'js'};
    });
  },
};

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
// The entry, dist/cli.js, is one CommonJS file: everything --version, --help, --answers, --letter and the
// first frame need. Node runs CommonJS without starting its ES-module loader, a start-up 2-4 ms shorter
// (README, Performance). What only some runs need is bundled on its own as ES modules into chunks/<name>/
// (.mjs) and imported when needed: the interactive interface (React, Ink, yoga), the phone check and the
// clipboard (clipboardy alone is 180 kB). Each carries its own copies of the few modules it shares with
// the entry (the frame, the text layout, the strings): a few kB.
const APART = [
  {name: 'ui', entry: path.join(root, 'source/ui/run.tsx')},
  {name: 'phone', entry: path.join(root, 'source/cli/phone.ts')},
  {name: 'clipboard', entry: path.join(root, 'source/cli/clipboard.ts')},
];
const placeholder = (part) => `./__apart__/${part.name}.mjs`;
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
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
};
/** In the entry, an import of a part built apart stays an import, of a placeholder linked afterwards. */
const partsApart = {
  name: 'parts-apart',
  setup(b) {
    b.onResolve({filter: /\.js$/}, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.resolve(args.resolveDir, args.path).replace(/\.js$/, '');
      const part = APART.find((p) => p.entry.replace(/\.tsx?$/, '') === target);
      return part ? {path: placeholder(part), external: true} : undefined;
    });
  },
};
// CommonJS code inside an ES-module chunk calls `require` for Node's built-in modules. Only the files that
// refer to it get one, and it loads nothing at start: importing node:module for createRequire costs a
// start-up several milliseconds. process.getBuiltinModule is in Node >= 20.16; before that, the chunk
// imports node:module after all.
const REQUIRE =
  'const require = globalThis.process.getBuiltinModule ? (id) => globalThis.process.getBuiltinModule(id) : (await import("node:module")).createRequire(import.meta.url);\n';
// CommonJS has no import.meta: the content loader's `import.meta.url` is the entry's own file URL.
const META_URL = 'const __importMeta = {get url() { return require("node:url").pathToFileURL(__filename).href; }};\n';

let outputs;
try {
  const main = await build({
    ...common,
    entryPoints: [path.join(root, 'source/cli.ts')],
    outfile: path.join(next, 'cli.js'),
    format: 'cjs',
    define: {...common.define, CONTENT_DIR: JSON.stringify('./content/'), 'import.meta.url': '__importMeta.url'},
    plugins: [inkDevtoolsStub, startupPatches, signalExitAssert, partsApart],
  });
  const builtApart = [];
  for (const part of APART) {
    const result = await build({
      ...common,
      entryPoints: [part.entry],
      outdir: path.join(next, 'chunks', part.name),
      format: 'esm',
      splitting: true,
      outExtension: {'.js': '.mjs'},
      entryNames: '[name]-[hash]',
      chunkNames: '[name]-[hash]',
      define: {...common.define, CONTENT_DIR: JSON.stringify('../../content/')},
      plugins: [inkDevtoolsStub, startupPatches, signalExitAssert, clipboardImageStub],
    });
    const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint && path.join(root, o.entryPoint) === part.entry);
    if (!entry) throw new Error(`build: ${part.name} has no entry chunk`);
    builtApart.push({part, result, link: `./chunks/${part.name}/${path.basename(entry[0])}`});
  }
  const entryFile = path.join(next, 'cli.js');
  const linked = new Map();
  outputs = [main, ...builtApart.map((b) => b.result)].flatMap((r) => r.outputFiles).map((file) => {
    let text = file.text;
    for (const {part, link} of builtApart) {
      if (!text.includes(placeholder(part))) continue;
      // The placeholder is linked relative to dist/, where the entry is: only the entry imports a part.
      if (file.path !== entryFile) throw new Error(`build: ${part.name} is imported from ${file.path}`);
      text = text.replaceAll(placeholder(part), link);
      linked.set(part.name, (linked.get(part.name) ?? 0) + 1);
    }
    if (file.path === entryFile) {
      // After the "use strict" prologue, which must stay first to count.
      const meta = text.includes('__importMeta.url') ? META_URL : '';
      return {path: file.path, text: `#!/usr/bin/env node\n${text.startsWith('"use strict";') ? text.replace('"use strict";', `"use strict";${meta}`) : meta + text}`};
    }
    return {path: file.path, text: `${/\brequire\b/.test(text) ? REQUIRE : ''}${text}`};
  });
  for (const {part} of builtApart) {
    if (linked.get(part.name) !== 1) throw new Error(`build: ${part.name} should be imported once, from the entry; found ${linked.get(part.name) ?? 0}`);
  }
  // The content loader finds the language files by a path relative to its own file (CONTENT_DIR above):
  // make sure it is bundled at the depth that path assumes.
  const LOADER = 'source/content/load.ts';
  for (const [result, dir] of [[main, next], ...builtApart.map((b) => [b.result, path.join(next, 'chunks', b.part.name)])]) {
    for (const [out, o] of Object.entries(result.metafile.outputs)) {
      if (o.inputs[LOADER] && path.dirname(path.resolve(root, out)) !== dir) throw new Error(`build: ${LOADER} is bundled into ${out}`);
    }
  }
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const name of ['start', 'rest', 'documents'].map((part) => `generated-${lang}-${part}.json`)) {
      outputs.push({path: path.join(next, 'content', name), text: readFileSync(path.join(root, 'source/content', name), 'utf8')});
    }
  }
  // The package is "type": "module"; in dist/, a .js file is CommonJS (the entry), the chunks are .mjs.
  outputs.push({path: path.join(next, 'package.json'), text: `${JSON.stringify({type: 'commonjs'})}\n`});
  for (const file of outputs) {
    mkdirSync(path.dirname(file.path), {recursive: true});
    writeFileSync(file.path, file.text);
  }
  chmodSync(entryFile, 0o755);
  // METAFILE=path writes esbuild's account of what went into each file (for start-up work).
  if (process.env.METAFILE) writeFileSync(process.env.METAFILE, JSON.stringify({main: main.metafile, ...Object.fromEntries(builtApart.map((b) => [b.part.name, b.result.metafile]))}));
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
  for (const name of readdirSync(dist)) {
    if (!['cli.js', 'package.json', 'chunks', 'content', 'web'].includes(name)) rmSync(path.join(dist, name), {recursive: true, force: true});
  }
} finally {
  rmSync(next, {recursive: true, force: true});
}
if (!existsSync(path.join(dist, 'cli.js'))) throw new Error('build: no dist/cli.js');
