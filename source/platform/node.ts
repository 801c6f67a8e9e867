// Node's own modules as the shell uses them, by process.getBuiltinModule (Node >= 20.16, the engines
// field), as the build takes every built-in it finds imported (scripts/builtins.js): an `import … from
// 'node:fs'` in an ES module makes Node build the module's facade, reading every export, which loads
// node:fs/promises and the stream machinery with it (docs/performance.md). child_process is taken only when
// first used. Types come from @types/node.
import type * as CHILD_PROCESS from 'node:child_process';
import type * as FS from 'node:fs';
import type * as UTIL from 'node:util';

export const fs = process.getBuiltinModule('node:fs') as typeof FS;
export const util = process.getBuiltinModule('node:util') as typeof UTIL;
/** Loaded when a process is first started (it brings Node's socket and stream machinery): only for adb. */
export const childProcess = () => process.getBuiltinModule('node:child_process') as typeof CHILD_PROCESS;
