#!/usr/bin/env node
// A stand-in for adb in tests. It replays a recording set and logs every command it receives.
//   FAKE_ADB_SET    folder with getprop.txt, pm-list-packages-3.txt, dumpsys-package.txt, dumpsys-appops.txt
//   FAKE_ADB_LOG    file that gets one JSON array (the arguments) per call
//   FAKE_ADB_STATE  file where revoked permissions are kept, so a second read shows them off
//   FAKE_ADB_MODE   comma-separated: nodevice, unauthorized, offline, several, server-start, refuse-revoke,
//                   unplug-after-devices (listed, then gone), hang:<words of the shell command>,
//                   hang-child:<words> (hangs, and so does a child it started, in the same process group;
//                   the child's pid is written to FAKE_ADB_CHILD_PID), refuse:<words of the shell command>,
//                   fail:<words> (exits 1 with nothing on stdout, as a phone whose dumpsys crashed),
//                   wait:<words> (answers only once the file FAKE_ADB_GO exists: a test holds the reading)
// A set may also hold devices.txt (what `adb devices -l` prints, replacing the generated listing; its
// serials are the ones `-s` accepts) and devices-error.txt (printed on stderr by `adb devices -l`, exit 1).
// After its time limit the caller kills the stand-in's process group; a hung one never answers.
// The wording of adb's own messages is that of adb 1.0.41.
import {spawn} from 'node:child_process';
import {appendFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const env = process.env;
if (env.FAKE_ADB_LOG) appendFileSync(env.FAKE_ADB_LOG, `${JSON.stringify(args)}\n`);
const modes = (env.FAKE_ADB_MODE ?? '').split(',').filter(Boolean);
const has = (mode) => modes.includes(mode);
const out = (text) => process.stdout.write(text);
const err = (text) => process.stderr.write(text);
const setFile = (name) => path.join(env.FAKE_ADB_SET ?? '', name);
const DEVICES = existsSync(setFile('devices.txt')) ? readFileSync(setFile('devices.txt'), 'utf8') : undefined;
const SERIALS = DEVICES
  ? DEVICES.split('\n')
      .slice(1)
      .map((line) => line.split(/[\t ]/)[0])
      .filter(Boolean)
  : has('several')
    ? ['FAKE0001', 'FAKE0002']
    : ['FAKE0001'];
const STATE = has('unauthorized') ? 'unauthorized' : has('offline') ? 'offline' : 'device';

function revoked() {
  return env.FAKE_ADB_STATE && existsSync(env.FAKE_ADB_STATE) ? JSON.parse(readFileSync(env.FAKE_ADB_STATE, 'utf8')) : [];
}

function recording(name) {
  const file = path.join(env.FAKE_ADB_SET ?? '', name);
  if (!existsSync(file)) {
    err(`fake-adb: the recording set has no ${name}\n`);
    process.exit(97);
  }
  return readFileSync(file, 'utf8');
}

/** The dumpsys package recording with this session's revoked permissions switched to granted=false. */
function dumpsysPackage() {
  const gone = revoked();
  let pkg;
  return recording('dumpsys-package.txt')
    .split('\n')
    .map((line) => {
      const m = /^\s*Package \[([^\]]+)\]/.exec(line);
      if (m) pkg = m[1];
      const p = /^(\s*)([\w.]+): granted=true/.exec(line);
      if (p && gone.some(([a, b]) => a === pkg && b === p[2])) return line.replace('granted=true', 'granted=false');
      return line;
    })
    .join('\n');
}

if (args[0] === 'devices') {
  if (has('server-start')) err('* daemon not running; starting now at tcp:5037\n* daemon started successfully\n');
  if (existsSync(setFile('devices-error.txt'))) {
    err(readFileSync(setFile('devices-error.txt'), 'utf8'));
    process.exit(1);
  }
  if (DEVICES !== undefined) {
    out(DEVICES);
    process.exit(0);
  }
  out('List of devices attached\n');
  if (!has('nodevice')) for (const s of SERIALS) out(`${s}\t${STATE} usb:1-1 product:fake model:Fake_Phone device:fake transport_id:1\n`);
  out('\n');
  process.exit(0);
}
if (args[0] === 'kill-server') process.exit(0);

let rest = args;
if (rest[0] === '-s') {
  if (has('unplug-after-devices') || !SERIALS.includes(rest[1]) || has('nodevice')) {
    err(`error: device '${rest[1]}' not found\n`);
    process.exit(1);
  }
  rest = rest.slice(2);
}
if (rest[0] !== 'shell') {
  err(`fake-adb: unexpected command ${JSON.stringify(args)}\n`);
  process.exit(98);
}
const command = rest.slice(1).join(' ');
if (modes.some((mode) => mode.startsWith('wait:') && command === mode.slice(5)) && !existsSync(env.FAKE_ADB_GO ?? '')) {
  const go = setInterval(() => {
    if (!existsSync(env.FAKE_ADB_GO ?? '')) return;
    clearInterval(go);
    answer();
  }, 20);
} else answer();

/** Answers one shell command as the recording set says. */
function answer() {
  if (modes.some((mode) => mode.startsWith('hang:') && command === mode.slice(5))) {
    setInterval(() => {}, 1000); // a hung phone: never answers, until the caller's time limit kills it
  } else if (modes.some((mode) => mode.startsWith('hang-child:') && command === mode.slice(11))) {
    // An adb wrapper whose own child hangs too: killing only the wrapper would leave the child running.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'});
    if (env.FAKE_ADB_CHILD_PID) writeFileSync(env.FAKE_ADB_CHILD_PID, String(child.pid));
    setInterval(() => {}, 1000);
  } else if (modes.some((mode) => mode.startsWith('fail:') && command === mode.slice(5))) {
    err(`fake-adb: ${command} failed\n`);
    process.exit(1);
  } else if (modes.some((mode) => mode.startsWith('refuse:') && command === mode.slice(7))) {
    err('Security exception: Permission Denial\n');
    process.exit(255);
  } else if (command === 'getprop') out(recording('getprop.txt'));
  else if (command === 'pm list packages -3') out(recording('pm-list-packages-3.txt'));
  else if (command === 'dumpsys package packages') out(dumpsysPackage());
  else if (command === 'dumpsys appops') out(recording('dumpsys-appops.txt'));
  else if (rest[1] === 'pm' && rest[2] === 'revoke' && rest.length === 5) {
    if (has('refuse-revoke')) {
      // What Xiaomi phones print without "USB debugging (Security settings)" (its PROVENANCE.md).
      err(readFileSync(new URL('../fixtures/adb/xiaomi-revoke-refusal/pm-revoke-stderr.txt', import.meta.url), 'utf8'));
      process.exit(255);
    }
    if (env.FAKE_ADB_STATE) writeFileSync(env.FAKE_ADB_STATE, JSON.stringify([...revoked(), [rest[3], rest[4]]]));
    process.exit(0);
  } else {
    err(`fake-adb: unexpected shell command ${JSON.stringify(command)}\n`);
    process.exit(99);
  }
}
