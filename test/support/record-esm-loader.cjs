// Preloaded (node --require) by test/cli/entry.test.ts: at exit, writes to $ESM_LOG the parts of Node's
// ES-module loader that this run started, one per line (none when everything ran as CommonJS).
const {writeFileSync} = require('node:fs');
process.on('exit', () => {
  writeFileSync(process.env.ESM_LOG, process.moduleLoadList.filter((m) => /esm\/(module_job|translators)/.test(m)).join('\n'));
});
