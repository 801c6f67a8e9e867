// Text from outside is data (docs/architecture.md, The layers): no control character survives.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {UNSAFE_CHARACTER, untrusted} from '../../source/text/untrusted.js';

describe('untrusted', () => {
  it('leaves ordinary text, CJK and emoji as they are', () => {
    expect(untrusted('Xiaomi 23013RK75C')).toBe('Xiaomi 23013RK75C');
    expect(untrusted('小米 Redmi Note 12「測試」😀')).toBe('小米 Redmi Note 12「測試」😀');
  });

  it('shows an escape sequence, OSC 52 and a carriage return as visible text', () => {
    const osc52 = '\u001b]52;c;Y3VybCB4IHwgc2g=\u0007';
    expect(untrusted(`Pixel${osc52}`)).toBe('Pixel\\u001b]52;c;Y3VybCB4IHwgc2g=\\u0007');
    expect(untrusted('a\rb\nc\u009bd')).toBe('a\\u000db\\u000ac\\u009bd');
    expect(untrusted('\u202Eevil')).toBe('\\u202eevil');
  });

  it('cuts a long value to the given number of code points, marked with …', () => {
    expect(untrusted('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(untrusted('测'.repeat(5), 3)).toBe('测测测…');
  });

  it('replaces a lone surrogate and keeps a pair', () => {
    expect(untrusted('a\uD800b')).toBe('a\uFFFDb');
    expect(untrusted('a\uDC00')).toBe('a\uFFFD');
    expect(untrusted('\uD83D\uDE00')).toBe('😀');
  });

  it('no control character survives, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.integer({min: 1, max: 400}), (text, max) => {
        const out = untrusted(text, max);
        expect(UNSAFE_CHARACTER.test(out)).toBe(false);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      {numRuns: 2000},
    );
  });
});
