// Preloaded (node --require) by test/e2e/plain-text-no-icu.test.ts: writes one line to $SEGMENTER_LOG for
// every Intl.Segmenter made, with the granularity asked for, so a test can see whether ICU's break
// iterators were started.
const {appendFileSync} = require('node:fs');
const Original = Intl.Segmenter;
Intl.Segmenter = class extends Original {
  constructor(locales, options) {
    super(locales, options);
    appendFileSync(process.env.SEGMENTER_LOG, `${options?.granularity ?? 'grapheme'}\n`);
  }
};
