import {describe, expect, it} from 'vitest';
import {parseFlags} from '../../source/cli/flags.js';

describe('flags', () => {
  it('string flags take the next argument or =value; booleans take none; the last wins', () => {
    expect(parseFlags(['--lang', 'en', '--answers=a.json', '--fresh', '--lang=zh-Hans'])).toEqual({
      ok: true,
      values: {lang: 'zh-Hans', answers: 'a.json', fresh: true},
      positionals: [],
    });
    expect(parseFlags(['-h', '-v'])).toEqual({ok: true, values: {help: true, version: true}, positionals: []});
    expect(parseFlags(['--answers', '-'])).toMatchObject({ok: true, values: {answers: '-'}});
  });

  it('positionals, and everything after -- is one', () => {
    expect(parseFlags(['extra', '--', '--lang'])).toEqual({ok: true, values: {}, positionals: ['extra', '--lang']});
  });

  it('an unknown flag, a value on a boolean, a missing value', () => {
    expect(parseFlags(['--bogus'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '--bogus'}});
    expect(parseFlags(['--bogus=1'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '--bogus'}});
    expect(parseFlags(['-x'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '-x'}});
    expect(parseFlags(['--fresh=yes'])).toMatchObject({ok: false, problem: {kind: 'unknown'}});
    expect(parseFlags(['--answers'])).toEqual({ok: false, problem: {kind: 'needsValue', flag: '--answers'}});
    expect(parseFlags(['--answers', '--lang', 'en'])).toEqual({ok: false, problem: {kind: 'needsValue', flag: '--answers'}});
    // A prototype key is not a flag.
    expect(parseFlags(['--constructor'])).toEqual({ok: false, problem: {kind: 'unknown', flag: '--constructor'}});
  });
});
