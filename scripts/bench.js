// long-file: one script that bundles the peers, times every measure interleaved on each Node version and
// prints the tables; split up, its parts would only pass the same state between files.
// Startup and footprint benchmark (`npm run bench`, `npm run bench -- --quick`), on Node 22 and 24, the
// versions the program is tuned for: this machine's node if it is one of them, the others fetched from
// the npm registry with `npx -y node@N`, as CI does (Node 20 is tested, not tuned). For
// each version it times the built CLI against a bare `node` that prints one line, and the first prompt of
// two small questionnaires built on @clack/prompts and @inquirer/prompts (scripts/peers/, bundled here by
// esbuild into one minified file each, Node's built-ins taken as scripts/build.js takes them), interleaved
// run by run, and prints median times and ratios.
// A benchmark, not a test: it exits 0 whatever the numbers, non-zero only if it cannot run at all.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtinsByGetter} from './builtins.js';
import {LENDER} from './peers/question.js';
import {REQUIRE} from './patches.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 15;
/** The Node versions measured (the engines field says >= 20; CI tests 20, 22 and 24). */
const MAJORS = [22, 24];
/**
 * The welcome screen's first words (tui.welcome.purpose in English, read from the built content so that a
 * change of wording does not stop the bench): the first frame is complete once they are on screen.
 */
const WELCOME = (() => {
  const start = JSON.parse(readFileSync(path.join(root, 'dist', 'content', 'generated-en-start.json'), 'utf8'));
  const find = (node) => {
    if (!node || typeof node !== 'object') return undefined;
    if (node['tui.welcome.purpose']) return node['tui.welcome.purpose'].en;
    for (const value of Object.values(node)) {
      const found = find(value);
      if (found) return found;
    }
    return undefined;
  };
  const purpose = find(start);
  if (!purpose) {
    console.error('bench: tui.welcome.purpose is not in dist/content/generated-en-start.json; run `npm run build`.');
    process.exit(1);
  }
  return purpose.split(' ').slice(0, 5).join(' ');
})();
const RESULTS = 'Your result';
const ANSI = /\u001B(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007]*\u0007|[@-Z\\-_])/g;
/**
 * Budgets (see docs/performance.md): ratios to bare node, and a peak memory no higher than at the start of
 * the round that set them (2026-12-01: the highest of that day's runs, per Node major version).
 */
const BUDGET = {firstFrame: 1.6, version: 1.2, help: 1.3, answers: 1.4, rssMb: {22: 81, 24: 90}};

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

/**
 * The environment every measured run starts from: this one, without what would make each Node process do
 * work that a user's does not. NODE_EXTRA_CA_CERTS makes Node read a certificate bundle at start (Node 20
 * parses all of it, 30 ms and more); NODE_OPTIONS could add anything to every run.
 */
const CLEARED = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'].filter((key) => key in process.env);
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CLEARED.includes(key)));

const tmp = mkdtempSync(path.join(os.tmpdir(), 'dpc-bench-'));
process.on('exit', () => rmSync(tmp, {recursive: true, force: true}));
const answers = path.join(tmp, 'answers.json');
// A complete case: public calibration case B (a high-cost app with contact access, overdue, threats).
const {B} = JSON.parse(readFileSync(path.join(root, 'test/fixtures/public-cases.json'), 'utf8'));
writeFileSync(answers, JSON.stringify({lang: 'en', answers: B.answers}));

/**
 * The peers, each bundled like the CLI (one minified ESM file, React-style production define, the same
 * `require` banner for CommonJS inside ESM), so the comparison is with what their users would ship.
 * A peer that cannot be built is left out with one line; the CLI's rows do not depend on it.
 */
async function buildPeers() {
  const peers = [
    {name: '@clack/prompts', source: 'clack.js'},
    {name: '@inquirer/prompts', source: 'inquirer.js'},
  ];
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (error) {
    console.log(`bench: peer rows left out: esbuild cannot load (${error.message}).`);
    return [];
  }
  const built = [];
  for (const peer of peers) {
    const file = path.join(tmp, peer.source.replace(/\.js$/, '.mjs'));
    try {
      const result = await esbuild.build({
        entryPoints: [path.join(root, 'scripts', 'peers', peer.source)],
        outfile: file,
        write: false,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        minify: true,
        legalComments: 'none',
        define: {'process.env.NODE_ENV': '"production"'},
        banner: {js: REQUIRE},
        logLevel: 'silent',
      });
      // Node's built-ins taken as the CLI's build takes them (scripts/builtins.js).
      writeFileSync(file, builtinsByGetter(result.outputFiles[0].text, peer.source));
      // Both peers ask the same first question; the prompt is complete once its last option is there.
      built.push({...peer, file, needles: [LENDER.message, LENDER.options.at(-1).label]});
    } catch (error) {
      console.log(`bench: peer row ${peer.name} left out: cannot bundle scripts/peers/${peer.source} (${error.message.split('\n')[0]}).`);
    }
  }
  return built;
}

/**
 * The Node binaries to measure: this machine's node, then each other major of MAJORS through
 * `npx -y node@N`, resolved once per run. Without a registry npm would retry for over a minute per
 * version; one quick retry is enough here, and a binary already in npm's cache still serves.
 */
function nodeBinaries() {
  const own = {major: Number(process.versions.node.split('.')[0]), version: process.version, bin: process.execPath, how: "this machine's node"};
  const list = MAJORS.includes(own.major) ? [own] : [];
  const npx = (major, flags) =>
    spawnSync('npx', [...flags, '-y', `node@${major}`, '-e', 'console.log(process.execPath, process.version)'], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 150_000,
    });
  for (const major of MAJORS.filter((m) => m !== own.major)) {
    const online = npx(major, ['--fetch-retries=1', '--fetch-retry-mintimeout=2000', '--fetch-retry-maxtimeout=5000', '--fetch-timeout=60000']);
    const r = online.status === 0 ? online : npx(major, ['--offline']);
    const [bin, version] = (r.status === 0 ? r.stdout.trim().split('\n').pop() : '').split(' ');
    if (bin && existsSync(bin) && version?.startsWith(`v${major}.`)) {
      list.push({major, version, bin, how: `npx node@${major}`});
    } else {
      const why = online.error?.message ?? online.stderr.split('\n').find((l) => /error/i.test(l)) ?? `exit ${online.status}`;
      console.log(`bench: Node ${major} not measured: \`npx -y node@${major}\` failed (${why.trim()}).`);
    }
  }
  return list;
}

function ptyEnv() {
  const env = {...baseEnv, XDG_CONFIG_HOME: mkdtempSync(path.join(tmp, 'cfg-')), LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8'};
  delete env.CI;
  delete env.DEBUG;
  return env;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * CPU time the process `pid` has used so far, all its threads, in ms (Linux: /proc/PID/task/TID/schedstat,
 * in ns); undefined where that cannot be read. Unlike wall time it does not grow when the machine lends the
 * CPU to someone else, so its ratio moves less on a busy or shared machine.
 */
function cpuMsOf(pid) {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

/**
 * Spawns `node args` in an 80x24 pty; resolves with {ms, cpu}: ms from spawn to the first moment the output
 * holds every one of `needles`, and the CPU time the process had used by then. Resolves only once the
 * process is gone, so it never overlaps the next run.
 */
function timeToText(node, args, needles, timeoutMs = 15_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = pty.spawn(node, args, {name: 'xterm-256color', cols: 80, rows: 24, cwd: tmp, env: ptyEnv()});
    let out = '';
    let outcome;
    let exited = false;
    const settle = () => {
      clearTimeout(timer);
      if (outcome.error) reject(outcome.error);
      else resolve({ms: outcome.ms, cpu: outcome.cpu});
    };
    const finish = (result) => {
      if (outcome) return;
      outcome = result;
      if (exited) return settle();
      try {
        p.kill('SIGKILL');
      } catch {}
      // If the exit is never reported, go on anyway.
      timer = setTimeout(settle, 2000);
    };
    let timer = setTimeout(
      () => finish({error: new Error(`no "${needles.join('", "')}" within ${timeoutMs} ms: ${JSON.stringify(out.slice(-300))}`)}),
      timeoutMs,
    );
    p.onData((d) => {
      out += d;
      const text = out.replace(ANSI, '');
      if (needles.every((n) => text.includes(n))) finish({ms: performance.now() - t0, cpu: cpuMsOf(p.pid)});
    });
    p.onExit(() => {
      exited = true;
      if (outcome) settle();
      // Output can still be on its way when the exit is reported.
      else setTimeout(() => finish({error: new Error(`exited before "${needles.join('", "')}": ${JSON.stringify(out.slice(-300))}`)}), 50);
    });
  });
}

/** Wall time of `node args` run to completion with pipes (no terminal): {ms}. */
function timeRun(node, args) {
  const t0 = performance.now();
  const r = spawnSync(node, args, {cwd: tmp, env: {...baseEnv, LANG: 'en_US.UTF-8'}, encoding: 'utf8'});
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return {ms};
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Drives one interactive session to the results screen (Enter on the welcome screen, then the first
 * option of every question: its number, or Space and Enter where several may be ticked) and reads the
 * process's peak RSS (VmHWM) before quitting.
 */
function sessionPeakRss(node) {
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
      await waitFor(new RegExp(WELCOME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 0);
      let frame = await key('\r', /Question \d+, |Your result/);
      for (let guard = 0; guard < 60; guard++) {
        if (frame.includes(RESULTS)) break;
        const counter = /Question (\d+), /.exec(frame);
        if (counter) seen = Math.max(seen, Number(counter[1]));
        const next = /Question \d+, [\s\S]*Pick|Your result/;
        if (/Pick all that apply|Nothing is ticked/.test(frame)) {
          // Enter only once the tick is on screen (question.ts draws a ticked option as "[x]").
          await key(' ', /\[x\]/);
          frame = await key('\r', next);
        } else {
          frame = await key('1', next);
        }
      }
      if (!text().includes(RESULTS)) throw new Error('never reached the results screen');
      // Scroll the results, open an item and the first document, so the session also renders its largest
      // screens.
      await key('\u001B[6~', /\S/);
      await key('\r', /\S/);
      await key('d', /\S/);
      await key('\r', /\S/);
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

function bareRssMb(node) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', node, '-e', 'console.log(1)'], {env: baseEnv, encoding: 'utf8'});
  const kb = Number(r.stderr?.trim().split('\n').pop());
  return r.status === 0 && kb > 0 ? kb / 1024 : undefined;
}

/**
 * Runs every task `runs` times, one run of each in turn, starting each round with the next task, so that
 * drift on the machine hits all of them alike. Resolves with each task's medians by key: {ms, cpu} (cpu
 * of the runs that could read it, when two thirds could), and its runs in order (`runs`), round by round, for comparing
 * two tasks within each round.
 */
async function interleaved(tasks) {
  const samples = Object.fromEntries(tasks.map((t) => [t.key, []]));
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < tasks.length; j++) {
      const task = tasks[(i + j) % tasks.length];
      samples[task.key].push(await task.run());
    }
  }
  return Object.fromEntries(
    tasks.map((t) => {
      const got = samples[t.key];
      // A process that exits as it prints (bare node) can be gone before its CPU time is read.
      const read = got.map((r) => r.cpu).filter((c) => c !== undefined);
      const cpu = read.length * 3 >= got.length * 2 ? median(read) : undefined;
      return [t.key, {ms: median(got.map((r) => r.ms)), cpu, runs: got}];
    }),
  );
}

const BARE = ['-e', 'console.log(1)'];

/** Measures one Node version; resolves with the table's rows and a line comparing the first frame with the peers. */
async function measure(node, peers) {
  const bin = node.bin;
  // Warm the file cache and the pty machinery once, untimed.
  await timeToText(bin, [cli], [WELCOME]);
  timeRun(bin, [cli, '--version']);
  for (const peer of peers) await timeToText(bin, [peer.file], peer.needles);

  const inPty = await interleaved([
    {key: 'bare', run: () => timeToText(bin, BARE, ['1'])},
    {key: 'first', run: () => timeToText(bin, [cli], [WELCOME])},
    ...peers.map((peer) => ({key: peer.name, run: () => timeToText(bin, [peer.file], peer.needles)})),
  ]);
  const piped = await interleaved([
    {key: 'bare', run: () => timeRun(bin, BARE)},
    {key: 'version', run: () => timeRun(bin, [cli, '--version'])},
    {key: 'help', run: () => timeRun(bin, [cli, '--help'])},
    {key: 'answers', run: () => timeRun(bin, [cli, '--answers', answers, '--format', 'json'])},
  ]);

  const rows = [];
  const row = (name, it, base, budget) => {
    const ratio = it.ms / base.ms;
    const cpu = it.cpu !== undefined && base.cpu ? `${(it.cpu / base.cpu).toFixed(2)}x` : '-';
    rows.push([name, it.ms.toFixed(0), base.ms.toFixed(0), `${ratio.toFixed(2)}x`, cpu, budget ? `<= ${budget}x` : '-', budget ? (ratio <= budget ? 'ok' : 'over') : '-']);
  };
  row('first frame (pty 80x24)', inPty.first, inPty.bare, BUDGET.firstFrame);
  for (const peer of peers) row(`${peer.name} first prompt (pty 80x24)`, inPty[peer.name], inPty.bare, undefined);
  row('--version', piped.version, piped.bare, BUDGET.version);
  row('--help', piped.help, piped.bare, BUDGET.help);
  row('--answers <file> --format json', piped.answers, piped.bare, BUDGET.answers);

  let rssNote;
  if (existsSync('/proc/self/status')) {
    try {
      const sessions = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) sessions.push(await sessionPeakRss(bin));
      const mb = median(sessions.map((s) => s.mb));
      const budget = BUDGET.rssMb[node.major];
      const bare = bareRssMb(bin);
      rows.push([
        `peak RSS, full session (${sessions[0].questions} questions)`,
        `${mb.toFixed(1)} MB`,
        bare ? `${bare.toFixed(1)} MB` : '-',
        '-',
        '-',
        budget === undefined ? '-' : `<= ${budget} MB`,
        budget === undefined ? '-' : mb <= budget ? 'ok' : 'over',
      ]);
    } catch (error) {
      rssNote = `peak RSS not measured: ${error.message}`;
    }
  } else {
    rssNote = 'peak RSS not measured: no /proc on this system';
  }

  const ratio = (it) => `${(it.ms / inPty.bare.ms).toFixed(2)}x`;
  const inquirer = inPty['@inquirer/prompts'];
  const cpuToo =
    inquirer?.cpu === undefined || inPty.first.cpu === undefined || inPty.bare.cpu === undefined
      ? ''
      : ` (in CPU time ${inPty.first.cpu < inquirer.cpu ? 'below' : 'not below'} it: ${(inPty.first.cpu / inPty.bare.cpu).toFixed(2)}x against ${(inquirer.cpu / inPty.bare.cpu).toFixed(2)}x)`;
  // Round by round (the two ran one after the other, on the same machine as it then was): how often the
  // first frame came first, and by how much, the median of the differences.
  const diffs = inquirer === undefined ? [] : inPty.first.runs.map((r, i) => r.ms - inquirer.runs[i].ms);
  const rounds = {below: diffs.filter((d) => d < 0).length, by: median(diffs)};
  const versus =
    inquirer === undefined
      ? undefined
      : `first frame ${ratio(inPty.first)} of bare node, @inquirer/prompts ${ratio(inquirer)}` +
        (inPty['@clack/prompts'] === undefined ? '' : `, @clack/prompts ${ratio(inPty['@clack/prompts'])}`) +
        `: the first frame is ${inPty.first.ms < inquirer.ms ? 'below' : 'not below'} @inquirer/prompts${cpuToo}; ` +
        `round by round it came first in ${rounds.below} of ${runs}, the median difference ${rounds.by > 0 ? '+' : ''}${rounds.by.toFixed(1)} ms.`;
  return {rows, notes: [versus, rssNote].filter(Boolean)};
}

function printTable(rows) {
  const all = [['measure', 'median ms', 'bare node ms', 'ratio', 'CPU ratio', 'budget', 'ok/over'], ...rows];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  console.log(line(all[0]));
  console.log(`|${widths.map((w, c) => (c === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of all.slice(1)) console.log(line(r));
}

const peers = await buildPeers();
const nodes = nodeBinaries();
console.log(
  `debt-privacy-check bench: ${os.cpus().length} cores, ${runs} runs each${quick ? ' (--quick)' : ''}, ` +
    `Node ${nodes.map((n) => n.version.slice(1)).join(', ')}`,
);
if (CLEARED.length > 0) console.log(`bench: every run without ${CLEARED.join(' and ')} (set here; a user's Node would not do that work).`);
let measured = 0;
for (const node of nodes) {
  console.log(`\nNode ${node.version} (${node.how})`);
  try {
    const {rows, notes} = await measure(node, peers);
    printTable(rows);
    for (const note of notes) console.log(note);
    measured++;
  } catch (error) {
    console.log(`bench: Node ${node.version} not measured: ${error.message}`);
  }
}
if (measured === 0) {
  console.error('bench: cannot run: no Node version could be measured.');
  process.exit(1);
}
await (await import('./bench-web.js')).benchWeb({runs: quick ? 3 : 7});
