// Command-line values and file names are data (docs/architecture.md, the layers): an escape sequence, an OSC 52
// clipboard write, a carriage return or a bidi override in an argument used to be echoed raw and in full.
// Every message that repeats one shows it through untrusted(): nothing a terminal acts on, a bounded length.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {UNSAFE_CHARACTER} from '../../source/text/untrusted.js';
import {baseEnv, requireBuiltCli} from '../support/pty.js';
import {cli} from '../support/run-cli.js';

const OSC52 = '\u001B]52;c;aGVsbG8=\u0007';
const NASTY = `x${OSC52}\u001B[2J\r\u202Eevil${'A'.repeat(5000)}`;

/** What the person sees on stderr: no control character, no bidi override, and not 5000 characters of it. */
function expectSafe(text: string) {
  for (const line of text.split('\n')) {
    expect(line).not.toMatch(UNSAFE_CHARACTER);
    expect(line.length).toBeLessThan(600);
  }
}

describe('a hostile value in every place one is repeated', () => {
  const cases: [string, string[]][] = [
    ['an unknown flag', [`--${NASTY}`]],
    ['a flag value', ['--lang', NASTY]],
    ['a flag value given with =', [`--lang=${NASTY}`]],
    ['--format', ['--answers', '-', '--format', NASTY]],
    ['--letter', ['--letter', NASTY]],
    ['an unexpected argument', [NASTY]],
    ['a missing answers file', ['--answers', path.join(os.tmpdir(), NASTY.slice(0, 200))]],
  ];
  for (const [what, argv] of cases) {
    test(`${what}: exit 2, the value escaped and cut`, async () => {
      const {code, err} = await cli(argv);
      expect(code).toBe(2);
      expectSafe(err);
      expect(err).toContain('\\u001b');
    });
  }

  test('an answers file whose name and content carry escapes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dpc-untrusted-'));
    const file = path.join(dir, `answers${OSC52}.json`);
    fs.writeFileSync(file, `{"answers": {"lenders": ["${'\\u001b]52;c;aGk=\\u0007'}"]}}`);
    const {code, err} = await cli(['--answers', file]);
    expect(code).toBe(2);
    expectSafe(err);
    fs.writeFileSync(file, `{"answers": ${OSC52}}`);
    const broken = await cli(['--answers', file]);
    expect(broken.code).toBe(2);
    expectSafe(broken.err);
  });

  test('--where and --forget with XDG_CONFIG_HOME carrying an escape: the explanation is escaped', async () => {
    const config = fs.mkdtempSync(path.join(os.tmpdir(), `dpc-cfg-${OSC52}-`));
    const where = await cli(['--where'], {env: {XDG_CONFIG_HOME: config}});
    expect(where.code).toBe(0);
    expectSafe(where.err);
    // Piped stdout is for scripts: the path as it is.
    expect(where.out).toBe(`${path.join(config, 'debt-privacy-check', 'config.json')}\n`);
    const forget = await cli(['--forget'], {env: {XDG_CONFIG_HOME: config}});
    expect(forget.code).toBe(0);
    expectSafe(forget.out + forget.err);
  });
});

// The built CLI as the adversarial tester ran it: every byte written is printable or a newline, and short.
describe('the built CLI with the values an adversarial test used', () => {
  const long = 'a'.repeat(5000);
  const cases: [string, string[], Record<string, string>?][] = [
    ['--lang with an OSC title', ['--lang', '\u001B]0;pwned\u0007']],
    ['--format clearing the screen', ['--format', '\u001B[2J']],
    ['--letter with an OSC 52 clipboard write', ['--letter', '\u001B]52;c;Y3VybA==\u0007']],
    ['an unknown flag with colour', ['--\u001B[31mbogus']],
    ['a 5000-character --lang', ['--lang', long]],
    ['a 5000-character --format', ['--format', long]],
    ['a 5000-character --letter', ['--letter', long]],
    ['a 5000-character unknown flag', [`--unknown${long}`]],
    ['--where with XDG_CONFIG_HOME carrying an OSC title (stderr)', ['--where'], {XDG_CONFIG_HOME: '/tmp/\u001B]0;x\u0007'}],
  ];
  for (const [what, argv, env = {}] of cases) {
    test(what, () => {
      const r = spawnSync(process.execPath, [requireBuiltCli(), ...argv], {env: baseEnv(env), encoding: 'utf8', input: ''});
      // Piped stdout of --where is the bare path, for scripts (docs/cli.md); everything else is checked whole.
      const shown = argv[0] === '--where' ? r.stderr : r.stdout + r.stderr;
      expect(shown.length).toBeGreaterThan(0);
      expect([...shown].filter((c) => (c.codePointAt(0)! < 0x20 && c !== '\n') || c === '\u007F')).toEqual([]);
      expect(shown.length).toBeLessThan(800);
    });
  }
});
