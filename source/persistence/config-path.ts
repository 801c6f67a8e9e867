// Where saved progress lives: the folder conf 15 would use with projectName 'debt-privacy-check' and
// projectSuffix '' (env-paths' `config` path), computed here so the store needs neither conf nor env-paths.
import os from 'node:os';
import path from 'node:path';

export const PROJECT_NAME = 'debt-privacy-check';
export const CONFIG_FILE = 'config.json';

export interface PathEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
}

/**
 * ~/.config/debt-privacy-check (XDG_CONFIG_HOME honoured), ~/Library/Preferences/… on macOS, %APPDATA%\…\Config
 * on Windows; undefined when the home folder is empty or relative (HOME="" or HOME=rel): saving there would
 * put a `.config` in whatever folder the program was started from.
 */
export function defaultConfigDir(
  {env, platform, homedir}: PathEnv = {env: process.env, platform: process.platform, homedir: os.homedir()},
): string | undefined {
  const home = path.isAbsolute(homedir) ? homedir : undefined;
  if (platform === 'darwin') return home && path.join(home, 'Library', 'Preferences', PROJECT_NAME);
  if (platform === 'win32') {
    const appData = env.APPDATA && path.isAbsolute(env.APPDATA) ? env.APPDATA : home && path.join(home, 'AppData', 'Roaming');
    return appData && path.join(appData, PROJECT_NAME, 'Config');
  }
  // The XDG spec says relative paths in XDG_CONFIG_HOME are invalid and must be ignored (env-paths keeps them).
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : home && path.join(home, '.config');
  return base && path.join(base, PROJECT_NAME);
}
