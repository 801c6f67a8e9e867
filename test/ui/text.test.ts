import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {bar, displayWidth, hanging, wrap} from '../../source/ui/text.js';

describe('wrap by display width', () => {
  test('CJK breaks between characters, Latin words stay whole', () => {
    expect(wrap('已发送到终端的剪贴板（大多数终端和 SSH 连接都支持）。', 20)).toEqual([
      '已发送到终端的剪贴板',
      '（大多数终端和 SSH',
      '连接都支持）。',
    ]);
    expect(wrap('Send nothing anywhere', 10)).toEqual(['Send', 'nothing', 'anywhere']);
  });

  test('closing punctuation never starts a line', () => {
    const lines = wrap('会直接伤害你的隐私和名誉。', 24);
    expect(lines).toEqual(['会直接伤害你的隐私和名', '誉。']);
    for (const line of lines) expect(line).not.toMatch(/^[，。、；：？！）」]/u);
  });

  test('a path longer than the line is cut, paragraphs are kept', () => {
    expect(wrap('/tmp/abcdefghij/config.json', 10)).toEqual(['/tmp/abcde', 'fghij/conf', 'ig.json']);
    expect(wrap('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  test('property: no line is wider than asked, and no text is lost', () => {
    const piece = fc.constantFrom('通讯录', '隐私', '，', '。', ' ', 'App', 'SSH', '12356', 'collectors', '「', '」', 'a');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.integer({min: 4, max: 60}), (parts, width) => {
        const text = parts.join('');
        const lines = wrap(text, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  test('hanging indent and the ASCII bar', () => {
    const lines = hanging([{text: '- '}], 'one two three four', 10);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['- one two', '  three', '  four']);
    expect(bar(0.5, 12)).toBe('[#####-----]');
    expect(displayWidth(bar(0.3, 42))).toBe(42);
  });
});

test('an indented path longer than the line starts on its own line without a blank line before it', () => {
  expect(wrap('alone:\n  /tmp/abcdefghij/config.json', 12)).toEqual(['alone:', '  /tmp/abcde', 'fghij/config', '.json']);
});
