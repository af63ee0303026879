import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder the desktop app keeps its data in (Electron's userData for "Dropship", + /data),
 * so `dropship history` on the same machine reads the app's history. DROPSHIP_DATA_DIR
 * overrides it (CI jobs, tests, a second profile).
 */
export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.DROPSHIP_DATA_DIR) return env.DROPSHIP_DATA_DIR;
  const home = homedir();
  const base =
    platform === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform === 'win32'
        ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, 'Dropship', 'data');
}
