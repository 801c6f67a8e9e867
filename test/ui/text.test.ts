import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {displayWidth, PLAIN} from '../../source/output/width.js';
import {bar, hanging, wrap, wrapPath} from '../../source/ui/text.js';

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
    // "。" goes down with the character before it (and one more, so the last line is not two characters).
    expect(lines).toEqual(['会直接伤害你的隐私和', '名誉。']);
    for (const line of lines) expect(line).not.toMatch(/^[，。、；：？！）」]/u);
  });

  test('a path longer than the line is cut, paragraphs are kept', () => {
    expect(wrap('/tmp/abcdefghij/config.json', 10)).toEqual(['/tmp/abcde', 'fghij/conf', 'ig.json']);
    expect(wrap('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  test('a path is broken after a "/" where it can be; a name wider than the line is cut', () => {
    expect(wrapPath('/tmp/tmp.XyZ12345/debt-privacy-check/config.json', 24)).toEqual([
      '/tmp/tmp.XyZ12345/',
      'debt-privacy-check/',
      'config.json',
    ]);
    expect(wrapPath('/a/abcdefghijkl/b', 6)).toEqual(['/a/', 'abcdef', 'ghijkl', '/b']);
    expect(wrapPath('/short/path', 40)).toEqual(['/short/path']);
    const lines = hanging([{text: '  '}], '/tmp/tmp.XyZ12345/debt-privacy-check/config.json', 22, {}, wrapPath);
    expect(lines.map((line) => line.map((s) => s.text).join(''))).toEqual([
      '  /tmp/tmp.XyZ12345/',
      '  debt-privacy-check/',
      '  config.json',
    ]);
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

describe('kinsoku: brackets stay with their text', () => {
  const OPENING = /[（「『《〈【‘“([{]$/u;
  const CLOSING = /^[，。、；：？！）」』》〉】’”,.;:?!)\]}]/u;

  test('an opening bracket before a word longer than the line stays with the word (found by the property below)', () => {
    const lines = wrap('「AppSSHAppApp', 12);
    expect(lines.join('')).toBe('「AppSSHAppApp');
    for (const line of lines) expect(line).not.toMatch(OPENING);
  });

  test('an opening bracket never ends a line; it moves down with the text it opens', () => {
    // 9 characters, then "（" would be the 10th at width 20.
    const lines = wrap('一二三四五六七八九（十一十二）', 20);
    for (const line of lines) expect(line).not.toMatch(OPENING);
    expect(lines[0]).toBe('一二三四五六七八九');
    expect(lines.join('')).toBe('一二三四五六七八九（十一十二）');
  });

  test('a closing quote followed by a colon is not left to start a line ("」：")', () => {
    const lines = wrap('请在设置里找到「通讯录」：然后关掉', 22);
    for (const line of lines) expect(line).not.toMatch(CLOSING);
    expect(lines.join('')).toBe('请在设置里找到「通讯录」：然后关掉');
  });

  test('a short bracketed phrase like （可多选） is kept on one line', () => {
    const lines = wrap('借款 App 拿到过你手机的哪些权限？（可多选）', 36);
    expect(lines).toEqual(['借款 App 拿到过你手机的哪些权限？', '（可多选）']);
    expect(wrap('你现在有哪些借款？（可多选）', 24)).toEqual(['你现在有哪些借款？', '（可多选）']);
  });

  test('text that fits is left alone', () => {
    expect(wrap('你现在有哪些借款？（可多选）', 40)).toEqual(['你现在有哪些借款？（可多选）']);
  });

  test('property: no line ends with an opening bracket or starts with closing punctuation', () => {
    const piece = fc.constantFrom('通讯录', '隐私', '权限', '，', '。', '：', ' ', 'App', 'SSH', '「', '」', '（', '）', '可多选', 'a');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.integer({min: 12, max: 60}), (parts, width) => {
        const text = parts.join('');
        // Runs of punctuation longer than the line cannot be placed by any rule; real text has none.
        // Real text never puts a space inside a bracket, or starts or ends with the wrong kind.
        fc.pre(!/[「」（），。：]{3,}/u.test(text) && !/[「（] | [」），。：]/u.test(text));
        fc.pre(!/^ *[，。：」）]|[「（] *$/u.test(text));
        const lines = wrap(text, width);
        for (const line of lines) {
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(OPENING);
        }
        for (const line of lines.slice(1)) expect(line).not.toMatch(CLOSING);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
      // A fixed seed keeps CI deterministic; enough runs to have found the two cases tested above.
      {numRuns: 5000, seed: 20261201},
    );
  });
});

describe('display width', () => {
  test('plain text, measured code point by code point, agrees with string-width (ambiguous counted wide)', async () => {
    const {default: stringWidth} = await import('string-width');
    const fc = (await import('fast-check')).default;
    // CJK, full-width punctuation and forms, Latin, Latin-1, general punctuation, symbols: no clusters.
    const plain = fc.oneof(
      fc.integer({min: 0x20, max: 0x7e}),
      fc.integer({min: 0xa0, max: 0x2ff}),
      fc.integer({min: 0x2010, max: 0x2027}),
      fc.integer({min: 0x3000, max: 0x303f}),
      fc.integer({min: 0x4e00, max: 0x9fff}),
      fc.integer({min: 0xff01, max: 0xff5e}),
      fc.integer({min: 0x2460, max: 0x24ff}),
    );
    fc.assert(
      fc.property(fc.array(plain, {maxLength: 30}), (codes) => {
        const text = String.fromCodePoint(...codes);
        expect(displayWidth(text)).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
      }),
      {numRuns: 2000},
    );
  });

  // The build measures and splits plain text code point by code point in Ink's libraries too (its patches to
  // string-width and ansi-tokenize): every plain code point is its own grapheme beside any other, and its
  // width there is what string-width finds, with ambiguous characters narrow as Ink asks and wide as we do.
  test('every plain code point is a grapheme of its own, and string-width gives it its East Asian width', async () => {
    const {default: stringWidth} = await import('string-width');
    const {eastAsianWidth} = await import('get-east-asian-width');
    const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
    let checked = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (!PLAIN.test(c)) continue;
      checked++;
      // Beside a letter on each side and beside itself: no Extend, SpacingMark, Prepend, jamo or RI.
      expect([...segmenter.segment(`a${c}${c}\u4e00`)].length, code.toString(16)).toBe(4);
      for (const ambiguousIsNarrow of [true, false]) {
        const ours = code < 0x7f ? 1 : eastAsianWidth(code, {ambiguousAsWide: !ambiguousIsNarrow});
        expect(stringWidth(c, {ambiguousIsNarrow}), code.toString(16)).toBe(ours);
      }
    }
    expect(checked).toBeGreaterThan(29_000);
  });

  test('clustered text (combining marks, emoji, joiners) is measured by its graphemes', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👍🏽')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('通讯录')).toBe(6);
    expect(displayWidth('“借款 App”')).toBe(12);
  });
});

describe('no widows in Chinese', () => {
  test('a paragraph never ends on a line of one or two characters, at any width from 12 to 60', () => {
    const text = '根据《中华人民共和国个人信息保护法》第十五条、第四十四条和第四十七条第二款的规定，请删除我的个人信息。';
    for (let width = 12; width <= 60; width++) {
      const lines = wrap(text, width);
      expect(lines.join(''), `width ${width}`).toBe(text);
      if (lines.length > 1) expect([...lines.at(-1)!].length, `width ${width}: ${lines.join(' | ')}`).toBeGreaterThanOrEqual(3);
      for (const line of lines) expect(displayWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
    }
  });

  test('property: CJK paragraphs end on three characters or more, keep every character and the width', () => {
    const char = fc.constantFrom(...'通讯录催收借款平台个人信息保护法第条款删除申请函。，、：（）“”');
    fc.assert(
      fc.property(fc.array(char, {minLength: 3, maxLength: 80}), fc.integer({min: 12, max: 50}), (chars, width) => {
        const text = chars.join('');
        const lines = wrap(text, width);
        expect(lines.join('')).toBe(text);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        if (lines.length > 1 && [...lines.at(-1)!].length < 3) {
          // Only where the rules forbid the move: the characters above are not all plain characters.
          expect(/[（）“”，。、：]/.test(lines.at(-2)!.slice(-2) + lines.at(-1)!)).toBe(true);
        }
      }),
      {numRuns: 2000, seed: 20261201},
    );
  });
});

test('closing punctuation after closing punctuation goes down with the character before both (found by the property)', () => {
  const lines = wrap('（App。：a），', 12);
  expect(lines.join('')).toBe('（App。：a），');
  for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：？！）」』》〉】’”]/u);
});
