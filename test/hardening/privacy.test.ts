// Hardening (issue 5), privacy proven: the built CLI opens no network socket (under strace), saved progress
// holds ids only, and what is copied or exported says nothing about the person beyond the checklist.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {checklistText} from '../../source/output/render.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {anyAnswers, keyFor} from '../support/answers.js';
import {answerShortestPath, baseEnv, KEY, requireBuiltCli, start} from '../support/pty.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {fakePhone, killRealAdbServer, REAL_ADB, realAdbEnv, syntheticSet} from '../support/phone.js';
import {deadDisplay} from '../support/x-display.js';

const STRACE = '/usr/bin/strace';
const hasStrace = existsSync(STRACE) && spawnSync(STRACE, ['-o', '/dev/null', 'true']).status === 0;

let cli: string;
beforeAll(() => {
  cli = requireBuiltCli();
});

/**
 * Network syscalls in an strace -f -e trace=network log that are not in the baseline of a bare `node -e 1`
 * (which makes none): AF_UNIX socketpairs are how Node talks to child processes and is allowed; any socket(),
 * connect(), bind(), sendto()/sendmsg() of another family, or any connect() at all, is not.
 */
function networkUse(log: string): string[] {
  const calls = log.split('\n').filter((line) => /\b(socket|socketpair|connect|bind|listen|accept4?|sendto|sendmsg|sendmmsg)\(/.test(line));
  return calls.filter((line) => {
    if (/\bsocketpair\(AF_UNIX\b/.test(line)) return false;
    if (/\bsocket\(AF_UNIX\b/.test(line) && !/\bconnect\(/.test(line)) return false;
    return true;
  });
}

function traced(args: string[], opts: {input?: string; env?: Record<string, string>} = {}): {log: string; status: number | null; stdout: string} {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-strace-')), 'trace.txt');
  const r = spawnSync(STRACE, ['-f', '-e', 'trace=network', '-o', log, ...args], {
    input: opts.input ?? '',
    env: opts.env ?? baseEnv(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {log: existsSync(log) ? readFileSync(log, 'utf8') : '', status: r.status, stdout: r.stdout};
}

const CASE_C = {lang: 'en', answers: PUBLIC_CASES.C.answers};

/**
 * The pids of an `strace -f -e trace=network,process` log that belong to adb: those that exec'd an adb binary,
 * and everything they started. What is left is this program (its threads included).
 */
function adbPids(log: string): Set<number> {
  const parent = new Map<number, number>();
  const adb = new Set<number>();
  for (const line of log.split('\n')) {
    const pid = Number(/^(\d+)\s/.exec(line)?.[1]);
    const child = /\b(?:clone3?|fork|vfork)(?:\(.*\)|\s+resumed>.*)\s+=\s+(\d+)\s*$/.exec(line)?.[1];
    if (child) parent.set(Number(child), pid);
    if (/\bexecve\("[^"]*\/adb"/.test(line) && !/= -1/.test(line)) adb.add(pid);
  }
  const isAdb = (pid: number): boolean => adb.has(pid) || (parent.has(pid) && isAdb(parent.get(pid)!));
  return new Set([...parent.keys(), ...adb].filter(isAdb));
}

describe.skipIf(!hasStrace)('no network, ever (strace -f -e trace=network; skipped when strace is absent)', () => {
  it('the detector works: a bare node makes no network call, a node that connects is caught', () => {
    const bare = traced([process.execPath, '-e', '1']);
    expect(bare.status).toBe(0);
    expect(networkUse(bare.log)).toEqual([]);
    const bad = traced([process.execPath, '-e', "require('net').connect(9, '127.0.0.1').on('error', () => {})"]);
    expect(networkUse(bad.log).join('\n')).toMatch(/AF_INET/);
    const dns = traced([process.execPath, '-e', "require('dns').lookup('example.invalid', () => {})"]);
    expect(networkUse(dns.log).length, 'a DNS lookup is caught too').toBeGreaterThan(0);
  });

  it('--answers (text, markdown, json, from a file and stdin), --letter, --version, --help, --where open no socket', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpc-strace-in-'));
    const file = path.join(dir, 'c.json');
    writeFileSync(file, JSON.stringify(CASE_C));
    const runs: Array<[string[], string?]> = [
      [['--answers', file]],
      [['--answers', file, '--format', 'markdown']],
      [['--answers', '-', '--format', 'json'], JSON.stringify(CASE_C)],
      [['--answers', '-'], '{not json'],
      [['--letter', 'deletion']],
      [['--version']],
      [['--help']],
      [['--where']],
      [['--forget']],
      [[]], // not a terminal: refuses
    ];
    for (const [args, input] of runs) {
      const r = traced([process.execPath, cli, ...args], input === undefined ? {} : {input});
      expect(r.log.length, `strace wrote a log for ${args.join(' ')}`).toBeGreaterThan(0);
      expect(networkUse(r.log), args.join(' ')).toEqual([]);
    }
  });

  it('an interactive session in a pty (start, answer to the results, export, quit) opens no socket', async () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-strace-tty-')), 'trace.txt');
    const s = start({file: STRACE, args: ['-f', '-e', 'trace=network', '-o', log, process.execPath, cli]});
    await s.waitFor(/Enter start/, 30_000);
    await s.press(KEY.enter, /Question 1,/);
    await answerShortestPath(s);
    await s.press('e', /Exported to/);
    s.write('q');
    expect((await s.waitExit(30_000)).exitCode).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/exited with 0/);
    expect(networkUse(text)).toEqual([]);
  });

  // xsel and xclip connect over TCP when DISPLAY names a host (WSL, remote X): the clipboard helper is run
  // only for a local display, so copying falls back to OSC 52 (docs/contract.md, copy and export).
  // A stand-in xsel (and xclip, wl-copy) first on the PATH does what the real one does with such a DISPLAY:
  // it connects to the display's host over TCP, so strace sees it whether or not xsel is installed here.
  const standIn = (): string => {
    const bin = mkdtempSync(path.join(tmpdir(), 'dpc-fake-xsel-'));
    const script = `#!${process.execPath}
const [host, n] = (process.env.DISPLAY || ':0').split(':');
require('node:net').connect(6000 + Number.parseInt(n || '0', 10), host || '127.0.0.1').on('error', () => {});
setTimeout(() => process.exit(1), 50);
`;
    for (const name of ['xsel', 'xclip', 'wl-copy']) writeFileSync(path.join(bin, name), script, {mode: 0o755});
    return bin;
  };

  it('the stand-in xsel is caught: run with DISPLAY naming a host, it connects', () => {
    const bin = standIn();
    const r = traced([path.join(bin, 'xsel')], {env: baseEnv({DISPLAY: '192.0.2.1:0'})});
    expect(networkUse(r.log).some((line) => /connect\(.*192\.0\.2\.1/.test(line))).toBe(true);
  });

  // A local display with no server on it (a stale DISPLAY): xsel would reach for 127.0.0.1:600n.
  for (const display of ['192.0.2.1:0', 'localhost:10.0', deadDisplay()]) {
    it(`copying (c) on the results with DISPLAY=${display} opens no socket and says where the text went`, async () => {
      const log = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-strace-display-')), 'trace.txt');
      const bin = standIn();
      const env = baseEnv({DISPLAY: display, PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`});
      const s = start({file: STRACE, args: ['-f', '-e', 'trace=network', '-o', log, process.execPath, cli], env});
      await s.waitFor(/Enter start/, 30_000);
      await s.press(KEY.enter, /Question 1,/);
      await answerShortestPath(s);
      await s.press('c', /Sent to your terminal's clipboard/, 30_000);
      s.write('q');
      expect((await s.waitExit(30_000)).exitCode).toBe(0);
      const text = readFileSync(log, 'utf8');
      expect(text).toMatch(/exited with 0/);
      expect(networkUse(text)).toEqual([]);
    });
  }
});

describe.skipIf(!hasStrace)('--phone opens no socket of its own (strace -f)', () => {
  it('with the stand-in adb: the whole run, the stand-in included, makes no network call', () => {
    const phone = fakePhone(
      syntheticSet([{name: 'com.jd.jrapp', permissions: {'android.permission.READ_CONTACTS': true}, accesses: {READ_CONTACTS: '-1h'}}]),
    );
    const r = traced([process.execPath, cli, '--phone', '--format', 'json'], {env: baseEnv(phone.env)});
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).apps).toHaveLength(1);
    expect(r.log).toMatch(/socketpair\(AF_UNIX/); // the pipes to the stand-in: it ran, and was traced too
    expect(networkUse(r.log)).toEqual([]);
  });

  it.skipIf(!REAL_ADB)('with the real adb: adb talks to its server on loopback; this program itself makes no network call', () => {
    killRealAdbServer();
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-strace-adb-')), 'trace.txt');
    // adb's server outlives the client that started it; the program stops it (kill-server), so strace ends.
    const r = spawnSync(STRACE, ['-f', '-e', 'trace=network,process', '-o', log, process.execPath, cli, '--phone'], {
      env: realAdbEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    killRealAdbServer();
    expect(r.status).toBe(3); // no phone here
    const text = readFileSync(log, 'utf8');
    const adb = adbPids(text);
    const calls = networkUse(text).map((line) => ({pid: Number(/^(\d+)/.exec(line)?.[1]), line}));
    expect(adb.size).toBeGreaterThan(0);
    expect(calls.filter((c) => adb.has(c.pid)).length, 'adb connects to its server: the check sees sockets').toBeGreaterThan(0);
    expect(calls.filter((c) => adb.has(c.pid)).every((c) => /127\.0\.0\.1|::1|AF_UNIX|AF_NETLINK/.test(c.line) || !/connect\(/.test(c.line))).toBe(true);
    expect(calls.filter((c) => !adb.has(c.pid)).map((c) => c.line)).toEqual([]);
  });
});

const ID = /^[a-z][a-z0-9_]*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const VERSION = /^\d+\.\d+\.\d+$/;

describe('saved data holds ids only', () => {
  it('after an interactive run, config.json has only known keys, ids of real questions and options, numbers, an ISO date and a version', async () => {
    const env = baseEnv();
    const s = start({env});
    await s.waitFor(/Enter start/);
    await s.press(KEY.enter, /Question 1,/);
    const lenders = ['unknown_app', 'private'];
    await s.press(keyFor('lenders', 'unknown_app'), /\[x\] Small loan app/);
    await s.press(keyFor('lenders', 'private'), /\[x\] Money borrowed/);
    await s.press(KEY.enter, /Question 2,/);
    // lender_of_record (content version 3): not checked; then leave at the next question.
    await s.press(keyFor('lender_of_record', 'not_checked', {lenders}), /\[x\] I haven't checked/);
    // Wait for the prompt itself: the header can arrive in an earlier chunk than the rest of the frame.
    await s.press(KEY.enter, /How long overdue is your most overdue debt/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const file = path.join(env.XDG_CONFIG_HOME!, 'debt-privacy-check', 'config.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(saved).sort()).toEqual(expect.arrayContaining(['answers', 'contentVersion', 'done', 'lang', 'schemaVersion', 'updatedAt']));
    for (const key of Object.keys(saved)) expect(['answers', 'contentVersion', 'current', 'done', 'lang', 'schemaVersion', 'updatedAt']).toContain(key);
    const leaves: Array<[string, unknown]> = [];
    const walk = (where: string, value: unknown) => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(`${where}[${i}]`, v);
      } else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${where}.${k}`, v);
      else leaves.push([where, value]);
    };
    walk('', saved);
    for (const [where, value] of leaves) {
      const ok =
        typeof value === 'number' ||
        (typeof value === 'string' && (ID.test(value) || ISO.test(value) || VERSION.test(value) || (LANGS as readonly string[]).includes(value)));
      expect(ok, `${where} = ${JSON.stringify(value)}`).toBe(true);
    }
    expect(saved.answers).toEqual({lenders: ['unknown_app', 'private'], lender_of_record: ['not_checked']});
    for (const [q, v] of Object.entries(saved.answers as Record<string, string | string[]>)) {
      const question = content.questions.find((x) => x.id === q)!;
      expect(question, q).toBeDefined();
      for (const one of [v].flat()) expect(question.options.map((o) => o.value)).toContain(one);
    }
    expect(content.questions.map((q) => q.id)).toContain(saved.current);
  });
});

describe('copied and exported text identify no one', () => {
  // The answers most telling about a person's life: who was contacted, what was said, what they shared.
  // (Checklist texts may say "many people in your contacts" in general words; the labels of what the person
  // handed over to lenders, and what was said about them, are never repeated.)
  const personal = ['shared_info', 'what_they_said'];
  const labels = content.questions
    .filter((q) => personal.includes(q.id))
    .flatMap((q) => q.options.filter((o) => !o.exclusive).flatMap((o) => LANGS.map((lang) => o.label[lang])))
    .filter((label) => label.length >= 8);
  // Question ids that are not plain words ("phone" and "evidence" are), and every question=option pair.
  const ids = content.questions.flatMap((q) => [...(q.id.includes('_') ? [q.id] : []), ...q.options.map((o) => `${q.id}=${o.value}`)]);

  it('checklist text (copy) and Markdown (export), any answers, all languages: no answer ids, no option labels, no "you answered"', () => {
    fc.assert(
      fc.property(anyAnswers(content), fc.constantFrom(...LANGS), fc.constantFrom('plain' as const, 'markdown' as const), (answers, lang, format) => {
        const view = present(content, assess(content, answers), lang);
        const text = checklistText(content, view, {done: [], date: '2026-11-28', format});
        for (const id of ids) expect(text.includes(id), id).toBe(false);
        for (const label of labels) expect(text.includes(label), `option label "${label}" copied`).toBe(false);
        expect(text).not.toMatch(/\b[a-z_]+=[a-z0-9_]+\b/);
        // The reasons' "(you answered: ...)" lines belong to the report, not to what is copied or exported.
        expect(text).not.toContain('(you answered:');
        expect(text).not.toContain('你的回答：');
        expect(text).not.toContain('你的回答:');
      }),
      {numRuns: 120},
    );
  });

  it('the exported file from the results screen: owner-only .md, no paths, user name or answer ids', async () => {
    const env = baseEnv({USER: 'wang-xiaoming', LOGNAME: 'wang-xiaoming'});
    const cwd = mkdtempSync(path.join(tmpdir(), 'dpc-export-'));
    const s = start({env, cwd});
    await s.waitFor(/Enter start/);
    await s.press(KEY.enter, /Question 1,/);
    await answerShortestPath(s);
    await s.press('e', /Exported to/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    const files = readdirSync(cwd);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.md$/);
    const file = path.join(cwd, files[0]!);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/- \[ \]/);
    for (const bad of ['wang-xiaoming', env.HOME!, env.XDG_CONFIG_HOME!, 'config.json', 'lenders', 'app_permissions', 'wellbeing']) {
      expect(text.includes(bad), bad).toBe(false);
    }
  });
});
