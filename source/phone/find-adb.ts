// Finds adb through $ADB or the PATH. Apart from adb.ts, so the questionnaire can look for it at start
// without loading node:child_process (several milliseconds) before anyone asks to check a phone.
import {fs} from '../platform/node.js';
import path from 'node:path';

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `$ADB` when it names an executable file, else the first `adb` on the PATH. */
export function findAdb(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.ADB) return isExecutableFile(env.ADB) ? env.ADB : undefined;
  const names = process.platform === 'win32' ? ['adb.exe', 'adb'] : ['adb'];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const file = path.join(dir, name);
      if (isExecutableFile(file)) return file;
    }
  }
  return undefined;
}
