// A locale or a browser's language tag read as a language (source/i18n/index.ts): one reading for the
// terminal's LANG and the web edition's navigator.languages, by the languages table's tags.
import {describe, expect, it} from 'vitest';
import {detectLang, langOfLocale} from '../../source/i18n/index.js';
import {langFromTags} from '../../source/web/model.js';

describe('langOfLocale', () => {
  it('reads the table\'s tags, with a region or more after the script, in any case and with _ or -', () => {
    expect(langOfLocale('zh_TW')).toBe('zh-Hant');
    expect(langOfLocale('zh-Hant-TW')).toBe('zh-Hant');
    expect(langOfLocale('zh_HK_x')).toBe('zh-Hant');
    expect(langOfLocale('zh-SG')).toBe('zh-Hans');
    expect(langOfLocale('zh-Hans-CN')).toBe('zh-Hans');
    expect(langOfLocale('EN_gb')).toBe('en');
  });

  it('takes any other Chinese as Simplified, and nothing else it does not know', () => {
    expect(langOfLocale('zh')).toBe('zh-Hans');
    expect(langOfLocale('zh-XY')).toBe('zh-Hans');
    expect(langOfLocale('fr-FR')).toBeUndefined();
    expect(langOfLocale('zu')).toBeUndefined();
    expect(langOfLocale('')).toBeUndefined();
  });

  it('the terminal and the web edition read a tag the same way', () => {
    for (const tag of ['zh_TW', 'zh-HK', 'zh-Hant', 'zh-CN', 'zh', 'en-US', 'zh-XY']) {
      expect(langFromTags([tag])).toBe(detectLang({LANG: `${tag}.UTF-8`}));
    }
    // The browser's list is read best first, past languages the tool is not in; none: English.
    expect(langFromTags(['fr-FR', 'zh-MO'])).toBe('zh-Hant');
    expect(langFromTags(['fr-FR', 'de'])).toBe('en');
    expect(detectLang({LANG: 'fr_FR.UTF-8'})).toBe('en');
  });
});
