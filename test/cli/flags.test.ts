import {describe, expect, it} from 'vitest';
import {parseFlags, suggestFlag} from '../../source/cli/flags.js';

describe('flags', () => {
  it('string flags take the next argument or =value; booleans take none; the last wins', () => {
    expect(parseFlags(['--lang', 'en', '--answers=a.json', '--fresh', '--lang=zh-Hans'])).toEqual({
      ok: true,
      values: {lang: 'zh-Hans', answers: 'a.json', fresh: true},
      positionals: [],
      lang: 'zh-Hans',
    });
    expect(parseFlags(['-h', '-v'])).toEqual({ok: true, values: {help: true, version: true}, positionals: []});
    expect(parseFlags(['--answers', '-'])).toMatchObject({ok: true, values: {answers: '-'}});
    expect(parseFlags(['--letter', 'deletion', '--blank'])).toMatchObject({ok: true, values: {letter: 'deletion', blank: true}});
  });

  it('positionals, and everything after -- is one', () => {
    expect(parseFlags(['extra', '--', '--lang'])).toEqual({ok: true, values: {}, positionals: ['extra', '--lang']});
  });

  it('--web takes the argument right after it as its FILE, and only that one', () => {
    expect(parseFlags(['--web', 'out.html'])).toEqual({ok: true, values: {web: true}, positionals: [], webFile: 'out.html'});
    expect(parseFlags(['--web'])).toEqual({ok: true, values: {web: true}, positionals: []});
    expect(parseFlags(['--web', '--lang', 'en'])).toMatchObject({ok: true, positionals: [], lang: 'en'});
    expect(parseFlags(['--web', 'a.html', 'b.html'])).toMatchObject({ok: true, webFile: 'a.html', positionals: ['b.html']});
    expect(parseFlags(['a.html', '--web'])).toMatchObject({ok: true, positionals: ['a.html']});
    expect(parseFlags(['a.html', '--web'])).not.toHaveProperty('webFile');
  });

  it('--lang takes the usual spellings, in any case', () => {
    const cases: [string, string][] = [
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['ZH-sg', 'zh-Hans'],
      ['zh-hans', 'zh-Hans'],
      ['zh-Hans-CN', 'zh-Hans'],
      ['zh_CN', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-hk', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['zh-Hant-TW', 'zh-Hant'],
      ['EN', 'en'],
      ['en-GB', 'en'],
      ['en-us', 'en'],
    ];
    for (const [value, lang] of cases) expect(parseFlags(['--lang', value]), value).toMatchObject({ok: true, lang});
    for (const value of ['fr', 'zh-XX', 'english', 'zhs', '']) {
      expect(parseFlags([`--lang=${value}`]), value).toEqual({ok: false, problem: {kind: 'badLang', value}});
    }
  });

  it('an unknown flag, a value on a boolean, a missing value', () => {
    expect(parseFlags(['--bogus'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '--bogus'}});
    expect(parseFlags(['--bogus=1'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '--bogus'}});
    expect(parseFlags(['-x'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '-x'}});
    expect(parseFlags(['--fresh=yes'])).toMatchObject({ok: false, problem: {kind: 'unknown'}});
    expect(parseFlags(['--answers'])).toEqual({ok: false, problem: {kind: 'needsValue', flag: '--answers'}});
    expect(parseFlags(['--answers', '--lang', 'en'])).toMatchObject({ok: false, problem: {kind: 'needsValue', flag: '--answers'}});
    // A prototype key is not a flag.
    expect(parseFlags(['--constructor'])).toMatchObject({ok: false, problem: {kind: 'unknown', flag: '--constructor'}});
    // The language of the messages is known even when another flag is wrong.
    expect(parseFlags(['--bogus', '--lang', 'zh-TW'])).toMatchObject({ok: false, lang: 'zh-Hant'});
  });

  it('a mistyped flag gets the one it was probably meant to be', () => {
    expect(parseFlags(['--lnag', 'en'])).toMatchObject({ok: false, problem: {kind: 'unknown', flag: '--lnag', suggestion: '--lang'}});
    expect(suggestFlag('--anwsers')).toBe('--answers');
    expect(suggestFlag('--verison')).toBe('--version');
    expect(suggestFlag('--nosave')).toBe('--no-save');
    expect(suggestFlag('--phon')).toBe('--phone');
    expect(suggestFlag('--Fresh')).toBe('--fresh');
    // Nothing near enough: no guess.
    expect(suggestFlag('--colour')).toBeUndefined();
    expect(suggestFlag('-x')).toBeUndefined();
  });
});
