// Preloaded (node --require) by test/cli/entry.test.ts: at exit, writes to $ESM_LOG which parts of Node's
// ES-module loader this run loaded, one per line.
const {writeFileSync} = require('node:fs');
process.on('exit', () => {
  writeFileSync(process.env.ESM_LOG, process.moduleLoadList.filter((m) => m.includes('internal/modules/esm/')).join('\n'));
});
