// Bundles the CLI into one ESM file, dist/cli.js, with every library inside (no runtime dependencies).
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

await build({
  entryPoints: [path.join(root, 'source/cli.ts')],
  outfile: path.join(root, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: process.env.MINIFY !== '0',
  legalComments: 'none',
  splitting: false,
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
  plugins: [inkDevtoolsStub],
  logLevel: 'warning',
});
