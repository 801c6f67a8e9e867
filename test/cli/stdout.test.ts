// Standard output without its stream (source/platform/stdout.ts): the runs that print and leave write to
// descriptor 1 directly; the stream is made only when the interface asks for it, and from then on takes
// every write; a failed write is reported once; a descriptor someone left non-blocking still gets the whole
// output, in order.
import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {createStdout} from '../../source/platform/stdout.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {app, fakePhone, syntheticSet} from '../support/phone.js';
import {requireBuiltCli, toLeftReader, until} from '../support/pty.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'dpc-stdout-'));

/** A stand-in for process.stdout that records what it was given. */
function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  const stream = {
    isTTY,
    write(chunk: string | Uint8Array) {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
    on() {
      return stream;
    },
  };
  return {stream: stream as unknown as NodeJS.WriteStream, written};
}

describe('standard output, written to its descriptor', () => {
  test('writes go to the descriptor, byte for byte, and no stream is made', () => {
    const file = path.join(scratch(), 'out');
    const fd = openSync(file, 'w');
    let opened = 0;
    const out = createStdout({fd, open: () => {
        opened++;
        return fakeStream(false).stream;
      }, onError: () => {}, direct: true});
    out.write('欠京东金融会爆通讯录吗？\n');
    out.write('second line\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('欠京东金融会爆通讯录吗？\nsecond line\n');
    expect(opened).toBe(0);
    expect(out.stream).toBeUndefined();
  });

  test('asking isTTY makes the stream once, and every later write goes through it, in order', () => {
    const file = path.join(scratch(), 'out');
    const fd = openSync(file, 'w');
    const fake = fakeStream(true);
    let opened = 0;
    const out = createStdout({fd, open: () => {
        opened++;
        return fake.stream;
      }, onError: () => {}, direct: true});
    out.write('before\n');
    expect(out.isTTY).toBe(true);
    out.write('after\n');
    expect(out.isTTY).toBe(true);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('before\n');
    expect(fake.written).toEqual(['after\n']);
    expect(opened).toBe(1);
    expect(out.stream).toBe(fake.stream);
  });

  test('where writing directly is not right (Windows), every write goes through the stream', () => {
    const fake = fakeStream(false);
    const out = createStdout({fd: -1, open: () => fake.stream, onError: () => {}, direct: false});
    out.write('one\n');
    expect(fake.written).toEqual(['one\n']);
  });

  test('a short write is followed by the rest, byte for byte, even inside a character', () => {
    const got: number[] = [];
    const threeAtATime = (_fd: number, bytes: Uint8Array, offset: number) => {
      if (got.length > 100) throw new Error('written more than was asked');
      const part = bytes.subarray(offset, offset + 3 - (got.length % 2));
      got.push(...part);
      return part.length;
    };
    const out = createStdout({fd: 1, open: () => fakeStream(false).stream, onError: () => {}, direct: true, writeSync: threeAtATime});
    out.write('通讯录 risk 风险\n');
    expect(Buffer.from(got).toString('utf8')).toBe('通讯录 risk 风险\n');
  });

  test('a failed write is reported once, after the code that wrote has gone on; what follows is dropped', async () => {
    const file = path.join(scratch(), 'read-only');
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    const errors: string[] = [];
    const fake = fakeStream(false);
    const out = createStdout({fd, open: () => fake.stream, onError: (e) => errors.push(e.code ?? '?'), direct: true});
    out.write('nowhere to go\n');
    out.write('nor this\n');
    // Not yet: the caller's cleanup (the code after the write, its finally blocks) runs first.
    expect(errors).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    closeSync(fd);
    expect(errors).toEqual(['EBADF']);
    expect(fake.written).toEqual([]);
  });
});

describe('the built CLI', () => {
  const answers = path.join(scratch(), 'answers.json');
  writeFileSync(answers, JSON.stringify({lang: 'en', answers: PUBLIC_CASES.B.answers}));
  const env = () => ({PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: scratch()});

  // At exit, the preload tells (on descriptor 2, making no stream itself) whether Node's stream and net
  // modules were loaded.
  const preload = path.join(scratch(), 'streams.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + process.moduleLoadList.filter((m) => m === 'NativeModule stream' || m === 'NativeModule net').join(',')));\n",
  );
  const loaded = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, ['--require', preload, ...args], {env: env(), encoding: 'utf8'});
    return {status: r.status, stdout: r.stdout, loaded: r.stderr.split('\nLOADED ').at(-1)};
  };

  test('a bare console.log to a pipe loads the stream machinery, so the checks below can fail', () => {
    expect(loaded(['-e', 'console.log(1)']).loaded).toBe('NativeModule stream,NativeModule net');
  });

  for (const args of [['--version'], ['--help'], ['--answers', answers, '--format', 'json'], ['--letter', 'deletion', '--answers', answers], ['--letter', 'list']]) {
    test(`${args.join(' ')}: prints its output without making the stream`, () => {
      const run = loaded([requireBuiltCli(), ...args]);
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(20);
      expect(run.loaded).toBe('');
    });
  }

  test('--phone to a reader that has left: exit 0, nothing on stderr, and the adb server this run started is stopped', async () => {
    const phone = fakePhone(syntheticSet([app('com.jd.jrapp', {READ_CONTACTS: true})]), 'server-start');
    expect(await toLeftReader(['--phone'], {...env(), ...phone.env})).toEqual({code: 0, stderr: ''});
    await until(() => phone.calls().some((c) => c.includes('kill-server')), 'kill-server');
  });

  test.skipIf(!existsSync('/dev/full'))('a full disk: one line naming the failure, exit 1', () => {
    const fd = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [requireBuiltCli(), '--version'], {env: env(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8'});
    closeSync(fd);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^debt-privacy-check: ENOSPC[^\n]*\n$/);
  });

  // Node's child_process makes a child's descriptors blocking; python does not, so it can hand over a
  // non-blocking pipe, shrunk to 4 kB and not read until the program has found it full.
  const python = spawnSync('python3', ['--version']).status === 0;
  test.skipIf(!python || process.platform !== 'linux')('a non-blocking pipe that fills up still gets the whole output, in order', () => {
    const script = [
      'import os, fcntl, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, 1031, 4096)  # F_SETPIPE_SZ',
      'os.set_blocking(w, False)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(0.5)',
      "data = b''",
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    data += chunk',
      'sys.stdout.buffer.write(data)',
      'sys.exit(p.wait())',
    ].join('\n');
    const args = [requireBuiltCli(), '--answers', answers, '--format', 'json'];
    const through = spawnSync('python3', ['-c', script, process.execPath, ...args], {env: env(), encoding: 'utf8', maxBuffer: 1 << 24});
    const plain = spawnSync(process.execPath, args, {env: env(), encoding: 'utf8', maxBuffer: 1 << 24});
    expect(through.status, through.stderr).toBe(0);
    expect(plain.stdout.length).toBeGreaterThan(4096 * 2);
    expect(through.stdout).toBe(plain.stdout);
  });
});
