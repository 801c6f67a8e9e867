// Displays for tests that run the built CLI: the clipboard helper (xsel) is run only for a local X display
// whose socket is there (docs/contract.md, copy and export), so a test that wants it run listens on one.
import {chmodSync, existsSync, mkdirSync} from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const X11_UNIX = '/tmp/.X11-unix';

/** A local display `:n` with a listening socket at /tmp/.X11-unix/X<n> (nothing answers on it); close() ends it. */
export async function listeningDisplay(): Promise<{display: string; close(): Promise<void>}> {
  if (!existsSync(X11_UNIX)) {
    mkdirSync(X11_UNIX, {recursive: true});
    chmodSync(X11_UNIX, 0o1777); // as an X server makes it: any user may add a display
  }
  for (let n = 90; n < 190; n++) {
    const at = path.join(X11_UNIX, `X${n}`);
    if (existsSync(at)) continue;
    const server = net.createServer((socket) => socket.destroy());
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false)); // another test took it first
      server.listen(at, () => resolve(true));
    });
    if (listening) return {display: `:${n}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
  }
  throw new Error(`no free display in ${X11_UNIX}`);
}

/** A local display `:n` no server listens on (a stale DISPLAY): /tmp/.X11-unix/X<n> does not exist. */
export function deadDisplay(): string {
  for (let n = 7; n < 400; n++) if (!existsSync(path.join(X11_UNIX, `X${n}`))) return `:${n}`;
  throw new Error(`every display in ${X11_UNIX} is taken`);
}
