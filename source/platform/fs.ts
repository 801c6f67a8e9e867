// node:fs without its ES-module facade: an `import … from 'node:fs'` makes Node read every export to build
// the facade, which loads node:fs/promises and readline with it (thirty of Node's own modules, about 2 ms of
// a start-up). process.getBuiltinModule (Node >= 20.16) hands over the module itself; older Node requires
// it (the entry is CommonJS; the chunks built as ES modules get a `require`, see scripts/build.js).
import type * as FS from 'node:fs';

export const fs: typeof FS = (process.getBuiltinModule?.('node:fs') as typeof FS | undefined) ?? require('node:fs');
