// The e2e project's global setup: rebuild dist/ (npm run build) when it is missing or older than anything
// it is built from, so an e2e test never runs against a stale build.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What the build reads: the source, the content, the build scripts and the locked libraries. */
const INPUTS = ['source', 'questions', 'scripts/build.js', 'scripts/build-content.js', 'scripts/build-web.js', 'scripts/patches.js', 'scripts/builtins.js', 'scripts/languages.js', 'package-lock.json'];

function newest(file: string): number {
  const info = statSync(file);
  if (!info.isDirectory()) return info.mtimeMs;
  // The generated files are the build's own output.
  const names = (readdirSync(file, {recursive: true}) as string[]).filter((name) => !path.basename(name).startsWith('generated'));
  return Math.max(0, ...names.map((name) => statSync(path.join(file, name)).mtimeMs));
}

/** Whether dist/cli.js is missing or older than one of its inputs. */
export function isStale(): boolean {
  const cli = path.join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return true;
  const built = statSync(cli).mtimeMs;
  return INPUTS.some((input) => newest(path.join(root, input)) > built);
}

export default function setup(): void {
  if (!isStale()) return;
  process.stderr.write('e2e: dist/ is older than the source; running npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});
}
