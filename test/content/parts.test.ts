// The content files a run reads (scripts/build-content.js, source/platform/content-files.ts): the first
// frame's part, the whole but the documents' texts, and those texts. Whatever a run reads of a language is
// that language's content, as source/content/generated.ts holds it for every language at once.
import {describe, expect, it} from 'vitest';
import {mergeLanguages} from '../../source/content/assemble.js';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {loadAllContent, loadContent, loadStartContent, readContent} from '../../source/platform/content-files.js';

describe('content files', () => {
  it('every language read with its documents, merged, is the whole content', async () => {
    expect(await loadAllContent()).toEqual(content);
  });

  it('without the documents, a language is the same but for the documents, which keep their ids, titles and conditions', async () => {
    for (const lang of LANGS) {
      const withTexts = readContent(lang, {documents: true});
      const without = await loadContent(lang);
      const {documents: bare, ...rest} = without;
      const {documents: full, ...same} = withTexts;
      expect(rest).toEqual(same);
      expect(bare).toEqual(full.map(({id, title, when}) => ({id, title, when})));
      expect(bare.some((d) => 'body' in d || Object.keys(d).length > 3)).toBe(false);
    }
  });

  it("the first frame's part is the language's questions and the interface's strings, and the checklist's ids only", async () => {
    for (const lang of LANGS) {
      const start = await loadStartContent(lang);
      const whole = readContent(lang);
      expect(start.questions).toEqual(whole.questions);
      expect(start.sections).toEqual(whole.sections);
      expect(start.version).toBe(content.version);
      const keys = Object.keys(start.ui);
      expect(keys.length).toBeGreaterThan(0);
      // The interface's strings, and --help's text (read by --help from here).
      const isStart = (key: string) => /^(tui|store)\./.test(key) || key === 'cli.help';
      expect(keys.every(isStart)).toBe(true);
      expect(keys).toContain('cli.help');
      for (const key of keys) expect(start.ui[key]).toEqual(whole.ui[key]);
      expect(Object.keys(whole.ui).filter(isStart).sort()).toEqual([...keys].sort());
      expect(start.checklist).toEqual(whole.checklist.map(({id}) => ({id})));
    }
  });

  it('merging languages gives each text its languages back', () => {
    const [a, b] = [readContent('en'), readContent('zh-Hans')];
    const merged = mergeLanguages([a, b]);
    expect(merged.ui['cli.hint']).toEqual({en: a.ui['cli.hint']!.en, 'zh-Hans': b.ui['cli.hint']!['zh-Hans']});
  });
});
