// Bundles the CLI into dist/ with every library inside (no runtime dependencies): dist/cli.js is the entry,
// and what only some paths need (the interactive UI with React, Ink and yoga; the progress store; the
// clipboard) is split into chunks under dist/chunks/ that load on demand, so --version, --help and
// --answers compile ~250 KB of JavaScript instead of ~850 KB (see README, Performance).
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

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

/**
 * yoga-layout's Emscripten loader fetch()es its inlined wasm as a data: URL, which makes Node load its
 * whole fetch implementation (undici) at start, 15-30 ms. Take the loader's own no-fetch path instead
 * (it decodes the same base64 synchronously).
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replaceAll('"function"!=typeof fetch', 'true');
      if (patched === source) throw new Error(`build: yoga-layout's loader changed; review ${args.path}`);
      return {contents: patched, loader: 'js'};
    });
  },
};

// Build beside dist/ and swap in: a CLI already running from dist/ (tests run in parallel) keeps finding
// its chunks. Chunk names carry a content hash, so old and new chunks can sit side by side for a moment.
const dist = path.join(root, 'dist');
const next = path.join(root, 'node_modules', '.cache', 'debt-privacy-check', `dist-${process.pid}`);
rmSync(next, {recursive: true, force: true});
const result = await build({
  entryPoints: [path.join(root, 'source/cli.ts')],
  outdir: next,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: process.env.MINIFY !== '0',
  legalComments: 'none',
  splitting: true,
  jsx: 'automatic',
  define: {
    'process.env.NODE_ENV': '"production"',
    // Ink's dev mode (DEV=true) reads ../package.json and loads devtools: neither exists in the bundle.
    "process.env['DEV']": '"false"',
    'process.env.DEV': '"false"',
  },
  banner: {
    js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
  },
  plugins: [inkDevtoolsStub, yogaWithoutFetch],
  logLevel: 'warning',
  metafile: true,
});
mkdirSync(path.join(dist, 'chunks'), {recursive: true});
const fresh = new Set();
for (const name of readdirSync(path.join(next, 'chunks'))) {
  fresh.add(name);
  renameSync(path.join(next, 'chunks', name), path.join(dist, 'chunks', name));
}
renameSync(path.join(next, 'cli.js'), path.join(dist, 'cli.js'));
for (const name of readdirSync(path.join(dist, 'chunks'))) {
  if (!fresh.has(name)) rmSync(path.join(dist, 'chunks', name), {force: true});
}
for (const name of readdirSync(dist)) {
  if (name !== 'cli.js' && name !== 'chunks') rmSync(path.join(dist, name), {recursive: true, force: true});
}
rmSync(next, {recursive: true, force: true});
if (Object.keys(result.metafile.outputs).length !== fresh.size + 1 || !existsSync(path.join(dist, 'cli.js'))) {
  throw new Error('build: unexpected output files');
}
