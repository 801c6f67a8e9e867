// The languages table (source/content/languages.ts) for the scripts, which run on Node without TypeScript:
// bundled by esbuild into the cache and imported. `const {LANGS, LANGUAGES} = await languages();`
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export async function languages() {
  const cache = path.join(root, 'node_modules', '.cache', 'debt-privacy-check');
  mkdirSync(cache, {recursive: true});
  const out = path.join(cache, `languages-${process.pid}.mjs`);
  await build({entryPoints: [path.join(root, 'source/content/languages.ts')], outfile: out, bundle: true, format: 'esm', logLevel: 'warning'});
  return import(pathToFileURL(out).href);
}
