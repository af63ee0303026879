// Which Chromium the UI tests, the benchmarks and the Chromium preview run in. Plain Node
// (ensure-deps.mjs uses it before node_modules exists); playwright.config.ts reads the same
// answer, so the tests run in the browser `npm test` announced.
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';

/** Where Playwright itself looks for an installed Chrome or Edge (its "channels"). */
const CHANNEL_PATHS = {
  chrome: {
    linux: ['/opt/google/chrome/chrome'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['Google\\Chrome\\Application\\chrome.exe'],
  },
  msedge: {
    linux: ['/opt/microsoft/msedge/msedge'],
    darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    win32: ['Microsoft\\Edge\\Application\\msedge.exe'],
  },
};
const CHANNEL_NAMES = { chrome: 'Google Chrome', msedge: 'Microsoft Edge' };
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function channelInstalled(channel, { platform, env, exists }) {
  const paths = CHANNEL_PATHS[channel][platform] ?? [];
  if (platform !== 'win32') return paths.some(exists);
  const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
  return roots.some((root) => paths.some((path) => exists(win32.join(root, path))));
}

/**
 * The first of: CHROMIUM_PATH, the system's Chromium (Debian: /usr/bin/chromium), an
 * installed Chrome, an installed Edge, Playwright's own download. Only looks; installs
 * nothing (see ensureBrowser in ensure-deps.mjs).
 */
export function findBrowser({
  env = process.env,
  platform = process.platform,
  exists = existsSync,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return { kind: 'path', path: env.CHROMIUM_PATH, label: `${env.CHROMIUM_PATH} (CHROMIUM_PATH)` };
  }
  const system = SYSTEM_CHROMIUM.find(exists);
  if (system) return { kind: 'path', path: system, label: `the system's Chromium (${system})` };
  for (const channel of ['chrome', 'msedge']) {
    if (channelInstalled(channel, { platform, env, exists })) {
      return {
        kind: 'channel',
        channel,
        label: `the installed ${CHANNEL_NAMES[channel]} (Playwright channel "${channel}")`,
      };
    }
  }
  return { kind: 'bundled', label: "Playwright's own Chromium" };
}

/** Playwright launch options for a choice: an executable, a channel, or its default. */
export function launchOptionsFor(choice) {
  if (choice.kind === 'path') return { executablePath: choice.path };
  if (choice.kind === 'channel') return { channel: choice.channel };
  return {};
}
