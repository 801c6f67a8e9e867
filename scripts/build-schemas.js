// `npm run schemas`: writes the parts of docs/ made from the content (scripts/contract.ts): the answers-file
// and result schemas and the tables of docs/contract.md. Run it after changing questions/; a test fails
// while a committed copy is out of date.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cache = path.join(root, 'node_modules', '.cache', 'debt-privacy-check');
mkdirSync(cache, {recursive: true});
const bundle = path.join(cache, 'build-schemas.mjs');
await build({
  stdin: {
    contents: "export {compileContent, ContentError} from './source/content/compile.ts';\nexport {contractFiles} from './scripts/contract.ts';\n",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const {compileContent, ContentError, contractFiles} = await import(pathToFileURL(bundle).href);
let content;
try {
  content = compileContent(path.join(root, 'questions'));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const read = (file) => readFileSync(path.join(root, file), 'utf8');
for (const [file, text] of Object.entries(contractFiles(content, read))) {
  const full = path.join(root, file);
  let old;
  try {
    old = read(file);
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  writeFileSync(full, text);
  console.log(`schemas: wrote ${file}`);
}
