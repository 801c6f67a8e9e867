// Hardening (issue 5): whatever an answers file holds, `--answers` ends with exit 0 or 2 and a calm message:
// never exit 1, never a stack trace, nothing on stdout when it refuses, Object.prototype untouched.
// Property-based through run() in-process (fast), then a few real files through the built binary.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {run} from '../../source/cli/command.js';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {answerFor} from '../support/answers.js';
import {requireBuiltCli} from '../support/pty.js';

const HINT = t(content, 'cli.hint', 'en');
const STACK = /\n\s+at /;
const QUESTION_IDS = content.questions.map((q) => q.id);
const cfg = mkdtempSync(path.join(tmpdir(), 'dpc-fuzz-cfg-'));

interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function runWith(text: string | Buffer, extraArgs: string[] = []): Promise<Ran> {
  let out = '';
  let err = '';
  const stdin = Object.assign(Readable.from([typeof text === 'string' ? Buffer.from(text) : text]), {isTTY: false});
  const code = await run(['--answers', '-', ...extraArgs], {
    env: {LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: cfg},
    stdout: {write: (s: string) => (out += s), isTTY: false},
    stderr: {write: (s: string) => (err += s)},
    stdin,
  });
  return {code, out, err};
}

/** The contract every run must keep, whatever the input. */
function checkContract(r: Ran, input: string): void {
  const where = `input: ${input.slice(0, 300)}\nstderr: ${r.err.slice(0, 600)}`;
  expect([0, 2], where).toContain(r.code);
  expect(r.err, where).not.toMatch(STACK);
  expect(r.err, where).not.toMatch(/^\s+at /m);
  const lines = r.err.split('\n');
  expect(lines.at(-1), `stderr ends with a newline\n${where}`).toBe('');
  const body = lines.slice(0, -1);
  if (r.code === 2) {
    expect(r.out, where).toBe('');
    // One sentence naming the file and what is wrong with it; the hint to --help is for command-line mistakes.
    expect(body, `stderr is one line\n${where}`).toHaveLength(1);
    expect(body[0], where).not.toBe(HINT);
    expect(body[0]!.trim().length, where).toBeGreaterThan(0);
  } else {
    expect(r.out.length, where).toBeGreaterThan(0);
    // At most the one "ignored answers" warning line.
    expect(body.length, where).toBeLessThanOrEqual(1);
  }
}

const protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
function checkNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'answers', 'lang', 'lenders', 'isAdmin', ...QUESTION_IDS]) expect(probe[k]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** JSON object text from entries, so keys like "__proto__" become real own keys after JSON.parse. */
function objectText(entries: ReadonlyArray<readonly [string, string]>): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

const nastyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'answers', 'lang'),
  fc.constantFrom(...QUESTION_IDS),
  fc.string({maxLength: 20}),
  fc.string({unit: 'binary', maxLength: 20}),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({maxDepth: 3}),
  fc.constantFrom(null, true, false, 0, -1, 1e308, '', [], {}, [[]], [null], [1, 2], ['none', 'none'], {__proto__: null}),
  fc.integer({min: 1, max: 5000}).map((n) => 'x'.repeat(n)),
);
const junkText = junk.map((v) => JSON.stringify(v) ?? 'null');

/** A value for a real question: valid, almost valid or junk. */
const answerValue = (id: string): fc.Arbitrary<string> => {
  const q = content.questions.find((x) => x.id === id)!;
  const values = q.options.map((o) => o.value);
  return fc
    .oneof(
      answerFor(q),
      fc.constantFrom(...values).map((v) => (q.type === 'single' ? [v] : v)), // wrong container
      fc.subarray(values, {minLength: 2}), // exclusive combined with others
      fc.array(fc.constantFrom(...values), {minLength: 2, maxLength: 4}), // duplicates
      fc.string({maxLength: 12}),
      fc.array(fc.string({maxLength: 12}), {maxLength: 3}),
      junk,
    )
    .map((v) => JSON.stringify(v) ?? 'null');
};
const answersObjectText = fc
  .array(
    fc.oneof(
      nastyKey.chain((k) => junkText.map((v) => [k, v] as const)),
      fc.constantFrom(...QUESTION_IDS).chain((k) => answerValue(k).map((v) => [k, v] as const)),
    ),
    {maxLength: 8},
  )
  .map(objectText);

const RUNS = {numRuns: 150};

describe('answers file fuzzing through run() (in-process)', () => {
  afterAll(() => checkNoPollution());

  it('any JSON value as the whole file: exit 0 or 2, one line + hint, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        checkContract(await runWith(text), text);
      }),
      RUNS,
    );
    checkNoPollution();
  });

  it('objects with random and dangerous keys (__proto__, constructor, prototype) at both levels', async () => {
    const top = fc.tuple(
      fc.array(nastyKey.chain((k) => junkText.map((v) => [k, v] as const)), {maxLength: 3}),
      answersObjectText,
      fc.option(fc.oneof(fc.constantFrom('"en"', '"zh-Hans"', '"zh-Hant"'), junkText), {nil: undefined}),
    );
    await fc.assert(
      fc.asyncProperty(top, async ([extra, answers, lang]) => {
        const entries: Array<readonly [string, string]> = [['answers', answers], ...extra];
        if (lang !== undefined) entries.push(['lang', lang]);
        const text = objectText(entries);
        checkContract(await runWith(text), text);
        checkNoPollution();
      }),
      RUNS,
    );
  });

  it('valid question ids with junk, wrong-typed, duplicated or combined-exclusive values', async () => {
    await fc.assert(
      fc.asyncProperty(answersObjectText, fc.constantFrom<string[]>([], ['--format', 'json'], ['--format', 'markdown']), async (answers, args) => {
        const text = objectText([['answers', answers]]);
        checkContract(await runWith(text, args), text);
      }),
      RUNS,
    );
    checkNoPollution();
  });

  it('__proto__ answers cannot pollute Object.prototype or sneak past validation', async () => {
    for (const text of [
      '{"answers":{"__proto__":{"polluted":"yes","lenders":["none"]}}}',
      '{"__proto__":{"polluted":"yes"},"answers":{}}',
      '{"answers":{"constructor":{"prototype":{"polluted":"yes"}}}}',
      '{"answers":{"lenders":["none"],"__proto__":["none"]}}',
      '{"lang":"en","answers":{"prototype":"x"},"constructor":{"prototype":{"polluted":1}}}',
    ]) {
      const r = await runWith(text);
      checkContract(r, text);
      expect(r.code, text).toBe(2);
      checkNoPollution();
    }
  });

  it('raw text that is not JSON (truncated, garbage, control characters): exit 2, one line', async () => {
    const truncated = fc
      .jsonValue()
      .map((v) => JSON.stringify({answers: v}))
      .chain((s) => fc.nat({max: Math.max(0, s.length - 1)}).map((n) => s.slice(0, n)));
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncated, fc.string({maxLength: 200}), fc.string({unit: 'binary', maxLength: 200})), async (text) => {
        const r = await runWith(text);
        checkContract(r, text);
      }),
      RUNS,
    );
  });

  it('invalid JSON whose text spans several lines still gives one line (the parser quotes the input)', async () => {
    // V8's JSON.parse messages quote the text around the error, newlines included.
    for (const text of ['{"answers":\n\n{\n"lenders": [none]\n}\n}', 'x\ny\nz', '{\n  "answers": {\n    "phone": iphone\n  }\n}\n']) {
      const r = await runWith(text);
      checkContract(r, text);
    }
  });

  it('keys and values with newlines or escape codes are not echoed raw (one line, no terminal control codes)', async () => {
    const evil = ['line1\nline2', '\u001B]52;c;SGVsbG8=\u0007', '\u001B[2J\u001B[H', 'a\rb', '\u009B31m'];
    const texts = evil.flatMap((s) => [
      objectText([
        ['answers', '{}'],
        [s, '1'],
      ]),
      objectText([['answers', objectText([[s, '"x"']])]]),
      objectText([['answers', objectText([['phone', JSON.stringify(s)]])]]),
      objectText([['answers', objectText([['lenders', JSON.stringify([s])]])]]),
      objectText([
        ['answers', '{}'],
        ['lang', JSON.stringify(s)],
      ]),
    ]);
    for (const text of texts) {
      const r = await runWith(text);
      checkContract(r, text);
      expect(r.err, `raw control characters echoed to the terminal for ${JSON.stringify(text)}`).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    }
  });

  it('huge strings and deeply nested arrays anywhere: exit 0 or 2, never 1', async () => {
    const big = 'x'.repeat(900_000);
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const texts = [
      JSON.stringify({answers: {phone: big}}),
      JSON.stringify({answers: {[big.slice(0, 100_000)]: 'x'}}),
      JSON.stringify({answers: {lenders: [big.slice(0, 400_000)]}}),
      JSON.stringify({answers: {}, lang: big.slice(0, 400_000)}),
      `{"answers":{"lenders":${deep(50_000)}}}`,
      `{"answers":{"phone":${deep(50_000)}}}`,
      `{"answers":{},"lang":${deep(50_000)}}`,
      `{"answers":${deep(100_000)}}`,
      deep(200_000),
      `{"answers":{"a":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}}`,
    ];
    for (const text of texts) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
      const r = await runWith(text);
      checkContract(r, `${text.slice(0, 80)}… (${text.length} chars)`);
      expect(r.code).toBe(2);
      expect(r.err.length, 'the message stays short').toBeLessThan(2000);
    }
  });

  it('more than 1 MB on stdin is refused with exit 2', async () => {
    const text = JSON.stringify({answers: {}, pad: 'x'.repeat(1024 * 1024)});
    const r = await runWith(text);
    checkContract(r, 'over 1 MB');
    expect(r.code).toBe(2);
  });
});

describe('answers files through the built binary', () => {
  let cli: string;
  let dir: string;
  const valid = JSON.stringify({lang: 'en', answers: {lenders: ['none'], phone: 'xiaomi', app_permissions: ['contacts'], permissions_now: 'still_on', wellbeing: 'coping'}});
  beforeAll(() => {
    cli = requireBuiltCli();
    dir = mkdtempSync(path.join(tmpdir(), 'dpc-fuzz-bin-'));
  });
  const env = () => ({PATH: process.env.PATH ?? '', HOME: dir, LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: path.join(dir, 'cfg')});
  const viaStdin = (input: Buffer | string, args: string[] = []) =>
    spawnSync(process.execPath, [cli, '--answers', '-', ...args], {input, env: env(), encoding: 'utf8', timeout: 20_000});
  const viaFile = (name: string, data: Buffer | string, args: string[] = []) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return spawnSync(process.execPath, [cli, '--answers', file, ...args], {env: env(), encoding: 'utf8', timeout: 20_000});
  };
  const contract = (r: ReturnType<typeof viaStdin>, what: string) => {
    checkContract({code: r.status ?? -1, out: r.stdout, err: r.stderr}, what);
  };

  it('exactly valid files, from a file and from stdin, exit 0 with a result', () => {
    for (const r of [viaFile('ok.json', valid), viaStdin(valid), viaFile('ok2.json', valid, ['--format', 'json'])]) {
      contract(r, 'valid');
      expect(r.status).toBe(0);
    }
    expect(JSON.parse(viaStdin(valid, ['--format', 'json']).stdout).level).toBe('low');
  });

  it('a UTF-8 BOM before valid JSON is accepted', () => {
    for (const r of [viaFile('bom.json', `\uFEFF${valid}`), viaStdin(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]))]) {
      contract(r, 'bom');
      expect(r.status).toBe(0);
    }
  });

  it('invalid UTF-8 bytes and an empty file: exit 2, one line', () => {
    const bad = Buffer.concat([Buffer.from('{"answers":{"phone":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}}')]);
    for (const [what, r] of [
      ['invalid utf-8 (file)', viaFile('bad.json', bad)],
      ['invalid utf-8 (stdin)', viaStdin(bad)],
      ['raw bytes', viaStdin(Buffer.from([0x80, 0x81, 0xff, 0x00, 0x0a]))],
      ['empty file', viaFile('empty.json', '')],
      ['empty stdin', viaStdin('')],
    ] as const) {
      contract(r, what);
      expect(r.status, what).toBe(2);
    }
  });

  it('exactly 1 MB is read; 1 MB + 1 byte is refused with exit 2 (file and stdin)', () => {
    const limit = 1024 * 1024;
    const padded = (size: number) => {
      const base = valid.slice(0, -1);
      return `${base}${' '.repeat(size - base.length - 1)}}`;
    };
    expect(Buffer.byteLength(padded(limit))).toBe(limit);
    const atLimit = viaFile('limit.json', padded(limit));
    contract(atLimit, 'exactly 1 MB');
    expect(atLimit.status).toBe(0);
    for (const r of [viaFile('over.json', padded(limit + 1)), viaStdin(padded(limit + 1))]) {
      contract(r, '1 MB + 1');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/1 MB/);
    }
  });

  it('a folder, a missing file and an unreadable path: exit 2, one line', () => {
    for (const target of [dir, path.join(dir, 'missing.json'), path.join(dir, 'ok.json', 'below')]) {
      const r = spawnSync(process.execPath, [cli, '--answers', target], {env: env(), encoding: 'utf8', timeout: 20_000});
      contract(r, target);
      expect(r.status).toBe(2);
    }
  });
});
