// Startup and footprint benchmark (`npm run bench`, `npm run bench -- --quick`): times the built CLI
// against a bare `node` that prints one line, interleaved run by run, and prints median times and ratios.
// A benchmark, not a test: it exits 0 whatever the numbers, non-zero only if it cannot run at all.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const node = process.execPath;
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 15;
/** The welcome screen's first sentence (questions/ui-tui.yaml, tui.welcome.purpose, English). */
const WELCOME = 'This tool estimates how likely';
const RESULTS = 'Your result';
const ANSI = /\u001B(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;

if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}
let pty;
try {
  pty = (await import('@lydell/node-pty')).default;
} catch (error) {
  console.error(`bench: @lydell/node-pty cannot load (${error.message}); run \`npm ci\`.`);
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'dpc-bench-'));
process.on('exit', () => rmSync(tmp, {recursive: true, force: true}));
const answers = path.join(tmp, 'answers.json');
// A complete case (PRODUCT.md calibration case B: a high-cost app with contact access, overdue, threats).
const {B} = JSON.parse(readFileSync(path.join(root, 'test/fixtures/public-cases.json'), 'utf8'));
writeFileSync(answers, JSON.stringify({lang: 'en', answers: B.answers}));

function ptyEnv() {
  const env = {...process.env, XDG_CONFIG_HOME: mkdtempSync(path.join(tmp, 'cfg-')), LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8'};
  delete env.CI;
  delete env.DEBUG;
  return env;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Spawns `args` in an 80x24 pty; resolves with ms from spawn to the first output containing `needle`. */
function timeToText(args, needle, timeoutMs = 15_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = pty.spawn(node, args, {name: 'xterm-256color', cols: 80, rows: 24, cwd: tmp, env: ptyEnv()});
    let out = '';
    let done = false;
    const timer = setTimeout(() => finish(new Error(`no "${needle}" within ${timeoutMs} ms: ${JSON.stringify(out.slice(-300))}`)), timeoutMs);
    const finish = (error, ms) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        p.kill('SIGKILL');
      } catch {}
      if (error) reject(error);
      else resolve(ms);
    };
    p.onData((d) => {
      out += d;
      if (out.replace(ANSI, '').includes(needle)) finish(undefined, performance.now() - t0);
    });
    p.onExit(() => setTimeout(() => finish(new Error(`exited before "${needle}": ${JSON.stringify(out.slice(-300))}`)), 50));
  });
}

/** Wall time of a process run to completion with pipes (no terminal), in ms. */
function timeRun(args) {
  const t0 = performance.now();
  const r = spawnSync(node, args, {cwd: tmp, env: {...process.env, LANG: 'en_US.UTF-8'}, encoding: 'utf8'});
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Drives one interactive session to the results screen (Enter on the welcome screen, then the first
 * option of every question) and reads the process's peak RSS (VmHWM) before quitting.
 */
function sessionPeakRss() {
  return new Promise((resolve, reject) => {
    const p = pty.spawn(node, [cli], {name: 'xterm-256color', cols: 80, rows: 24, cwd: tmp, env: ptyEnv()});
    let out = '';
    let seen = 0;
    let exited = false;
    p.onData((d) => {
      out += d;
    });
    p.onExit(() => {
      exited = true;
    });
    const text = () => out.replace(ANSI, '');
    /** Waits until the output after `from` contains `re`; returns the text after `from`. */
    const waitFor = async (re, from, ms = 10_000) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const t = text().slice(from);
        if (re.test(t)) return t;
        if (exited) throw new Error(`session exited: ${JSON.stringify(t.slice(-400))}`);
        await sleep(5);
      }
      throw new Error(`session stuck waiting for ${re}: ${JSON.stringify(text().slice(-400))}`);
    };
    const key = async (k, expect) => {
      const from = text().length;
      p.write(k);
      return waitFor(expect, from);
    };
    (async () => {
      await waitFor(new RegExp(WELCOME), 0);
      let frame = await key('\r', /Question \d+ of \d+|Your result/);
      for (let guard = 0; guard < 60; guard++) {
        if (frame.includes(RESULTS)) break;
        const counter = /Question (\d+) of (\d+)/.exec(frame);
        if (counter) seen = Math.max(seen, Number(counter[1]));
        const next = /Question \d+ of \d+[\s\S]*Pick|Your result/;
        if (/Pick all that apply|Nothing is ticked/.test(frame)) {
          await key(' ', /\S/);
          await sleep(20);
          frame = await key('\r', next);
        } else {
          frame = await key('1', next);
        }
      }
      if (!text().includes(RESULTS)) throw new Error('never reached the results screen');
      // Scroll the results and open the letter, so the session also renders its largest screens.
      await key('\u001B[6~', /\S/);
      await key('l', /\S/);
      await sleep(100);
      const status = readFileSync(`/proc/${p.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      p.write('q');
      const end = Date.now() + 5000;
      while (!exited && Date.now() < end) await sleep(10);
      if (!exited) p.kill('SIGKILL');
      resolve({mb: kb / 1024, questions: seen});
    })().catch((error) => {
      try {
        p.kill('SIGKILL');
      } catch {}
      reject(error);
    });
  });
}

function bareRssMb() {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, '-e', 'console.log(1)'], {encoding: 'utf8'});
  const kb = Number(r.stderr.trim().split('\n').pop());
  return r.status === 0 && kb > 0 ? kb / 1024 : undefined;
}

const BARE = ['-e', 'console.log(1)'];
const measures = [
  {name: 'first frame (pty 80x24)', budget: 2.5, run: () => timeToText([cli], WELCOME), base: () => timeToText(BARE, '1')},
  {name: '--version', budget: 1.3, run: () => timeRun([cli, '--version']), base: () => timeRun(BARE)},
  {name: '--help', budget: 1.3, run: () => timeRun([cli, '--help']), base: () => timeRun(BARE)},
  {
    name: '--answers <file> --format json',
    budget: 1.8,
    run: () => timeRun([cli, '--answers', answers, '--format', 'json']),
    base: () => timeRun(BARE),
  },
];

console.log(`debt-privacy-check bench: node ${process.version}, ${os.cpus().length} cores, ${runs} runs each${quick ? ' (--quick)' : ''}`);
const results = [];
try {
  // Warm the file cache and the pty machinery once, untimed.
  await timeToText([cli], WELCOME);
  timeRun([cli, '--version']);
  for (const m of measures) {
    const t = [];
    const b = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so drift on the machine hits both alike.
      if (i % 2) {
        b.push(await m.base());
        t.push(await m.run());
      } else {
        t.push(await m.run());
        b.push(await m.base());
      }
    }
    results.push({...m, ms: median(t), baseMs: median(b)});
  }
} catch (error) {
  console.error(`bench: cannot run: ${error.message}`);
  process.exit(1);
}

let rss;
let rssError;
if (existsSync('/proc/self/status')) {
  try {
    const sessions = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) sessions.push(await sessionPeakRss());
    rss = {mb: median(sessions.map((s) => s.mb)), questions: sessions[0].questions};
  } catch (error) {
    rssError = error.message;
  }
}

const rows = [['measure', 'median ms', 'bare node ms', 'ratio', 'budget', 'ok/over']];
for (const r of results) {
  const ratio = r.ms / r.baseMs;
  rows.push([r.name, r.ms.toFixed(0), r.baseMs.toFixed(0), `${ratio.toFixed(2)}x`, `<= ${r.budget}x`, ratio <= r.budget ? 'ok' : 'over']);
}
if (rss) {
  const bare = bareRssMb();
  rows.push([
    `peak RSS, full session (${rss.questions} questions)`,
    `${rss.mb.toFixed(1)} MB`,
    bare ? `${bare.toFixed(1)} MB` : '-',
    '-',
    '<= 90 MB',
    rss.mb <= 90 ? 'ok' : 'over',
  ]);
} else {
  rows.push(['peak RSS, full session', 'n/a', '-', '-', '<= 90 MB', rssError ? 'error' : 'n/a']);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
if (rssError) console.log(`peak RSS not measured: ${rssError}`);
