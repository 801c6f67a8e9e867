// A phone session over the real adb for the interface, loaded on the first phone check only: PhoneSession
// with the adb runner, every call but kill-server stoppable when the person leaves the screen.
import {type AdbResult, type AdbRunner, adbRunner, adbTimeout} from '../phone/adb.js';
import {PhoneSession} from '../phone/scan.js';
import type {LinkSession} from './phone-link.js';

const STOPPED: AdbResult = {code: null, stdout: '', stderr: 'stopped', timedOut: false, tooLarge: false, failedToStart: true};

export function openAdbSession(file: string, env: Readonly<Record<string, string | undefined>>): LinkSession {
  const stop = new AbortController();
  const base = adbRunner(file, env);
  // Stopping adb's server must still work after the rest was stopped.
  const run: AdbRunner = (args, options) => {
    if (args[0] === 'kill-server') return base(args, options);
    return stop.signal.aborted ? Promise.resolve(STOPPED) : base(args, {...options, signal: stop.signal});
  };
  const session = new PhoneSession({run, ...adbTimeout(env)});
  return {
    connect: () => session.connect(),
    scan: (progress) => session.scan(progress),
    revoke: (app, group) => session.revoke(app, group),
    close: () => session.close(),
    abort: () => stop.abort(),
  };
}
