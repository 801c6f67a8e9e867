// "Send the Chinese version": said of a document whose reader reads Chinese, in every language of the table
// that is not Chinese, and in no Chinese one (source/content/languages.ts, `chinese`).
import {describe, expect, it} from 'vitest';
import {LANGUAGES} from '../../source/content/languages.js';
import {content} from '../../source/content/generated.js';
import {documentView, needsChineseVersion, sendChineseNote} from '../../source/output/documents.js';

describe('the note to send the Chinese version', () => {
  const forChinese = content.documents.filter((d) => d.sendInChinese);
  const others = content.documents.filter((d) => !d.sendInChinese);

  it('follows the languages table, for every document and language', () => {
    expect(forChinese.length).toBeGreaterThan(0);
    expect(LANGUAGES.some((l) => l.chinese) && LANGUAGES.some((l) => !l.chinese)).toBe(true);
    for (const {id: lang, chinese} of LANGUAGES) {
      for (const doc of forChinese) {
        expect(needsChineseVersion(content, doc.id, lang), `${doc.id} ${lang}`).toBe(!chinese);
        expect(sendChineseNote(content, doc.id, lang) !== undefined).toBe(!chinese);
        // Where it is said, it opens how to send the document.
        const first = documentView(content, doc.id, lang).parts.howToSend[0];
        if (!chinese) expect(first).toEqual({kind: 'paragraph', text: sendChineseNote(content, doc.id, lang)});
      }
      for (const doc of others) expect(needsChineseVersion(content, doc.id, lang), `${doc.id} ${lang}`).toBe(false);
    }
  });
});
