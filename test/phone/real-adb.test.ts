// --phone with the real adb binary where it is installed (CI installs it; elsewhere these are skipped): no
// phone is connected here, so the real "no device" path. adb's server runs on a port of the test's own
// (ANDROID_ADB_SERVER_PORT, honoured by adb) so that a developer's server on 5037 is never touched, and every
// test stops the server it may have left.
import {execFileSync, spawnSync} from 'node:child_process';
import net from 'node:net';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {REAL_ADB as ADB, killRealAdbServer as killServer, realAdbEnv, REAL_ADB_PORT as PORT} from '../support/phone.js';
import {requireBuiltCli} from '../support/pty.js';

function listening(port: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe.skipIf(!ADB)('--phone with the real adb (skipped when adb is not installed)', () => {
  let cli: string;
  beforeAll(() => {
    cli = requireBuiltCli();
    killServer();
  });
  afterEach(killServer);

  const run = () => spawnSync(process.execPath, [cli, '--phone'], {env: realAdbEnv(), encoding: 'utf8', timeout: 60_000});

  it('no phone: exit 3 with the no-device line, and the server this run started is stopped again', async () => {
    expect(await listening(PORT)).toBe(false);
    const r = run();
    expect([r.status, r.stderr, r.stdout]).toEqual([3, `${t(content, 'phone.error.noDevice', 'en')}\n`, '']);
    expect(await listening(PORT)).toBe(false);
  });

  it('a server that was already running is left running', async () => {
    execFileSync(ADB!, ['start-server'], {env: realAdbEnv(), timeout: 15_000, stdio: 'ignore'});
    expect(await listening(PORT)).toBe(true);
    expect(run().status).toBe(3);
    expect(await listening(PORT)).toBe(true);
  });
});
