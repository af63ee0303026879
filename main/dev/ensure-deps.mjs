// Installs what a fresh checkout needs, using only Node built-ins (it runs before
// node_modules exists): npm packages from the lockfile; a Chromium for the UI tests and the
// Chromium preview (Debian's package where apt-get can run, else an installed Chrome or
// Edge, else Playwright's own download); Debian's aapt for the benchmarks.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findBrowser } from './browser-choice.mjs';

/** Something the machine lacks and we could not install: `message` is one sentence for a person. */
export class MissingTool extends Error {}

const run = (command, options = {}) =>
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    ...options,
  });

export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
  if (stale) {
    console.log('Installing dependencies (npm ci)…');
    run('npm ci --no-audit --no-fund');
  }
}

/** apt-get can install packages here: Debian or Ubuntu, as root. */
export function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(pkg) {
  run(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} >/dev/null`,
  );
}

function bundledChromiumInstalled() {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    return existsSync(require('playwright-core').chromium.executablePath());
  } catch {
    return false;
  }
}

function whatToInstall(purpose) {
  if (process.platform === 'linux') {
    return `To run ${purpose}, install Chromium (Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable, then try again.`;
  }
  return `To run ${purpose}, install Google Chrome or Microsoft Edge (or connect to the internet so Playwright can download its Chromium), then try again.`;
}

/**
 * Returns the browser to use (see browser-choice.mjs), installing one when none is there:
 * Debian's Chromium where apt-get can run, else (when `download`) Playwright's Chromium.
 * Throws MissingTool, with one sentence saying what to install, when neither can.
 */
export function ensureBrowser({ purpose, download }) {
  const found = findBrowser();
  if (found.kind === 'path' && existsSync(found.path)) return found;
  if (found.kind === 'path') {
    throw new MissingTool(`CHROMIUM_PATH is set to ${found.path}, which does not exist.`);
  }
  if (found.kind === 'channel' || bundledChromiumInstalled()) return found;
  if (canApt()) {
    console.log(`Installing Debian's Chromium for ${purpose} (apt-get)…`);
    try {
      aptInstall('chromium');
      return findBrowser();
    } catch {
      throw new MissingTool(whatToInstall(purpose));
    }
  }
  if (download) {
    console.log("Downloading Playwright's Chromium (npx playwright install chromium)…");
    try {
      run('npx playwright install chromium');
      return found;
    } catch {
      throw new MissingTool(whatToInstall(purpose));
    }
  }
  throw new MissingTool(whatToInstall(purpose));
}

/** For `npm test`: the browser the UI tests run in, said out loud; one sentence and exit if none. */
export function ensureChromium() {
  try {
    const choice = ensureBrowser({ purpose: 'the UI tests', download: true });
    console.log(`UI tests run in ${choice.label}.`);
    return choice;
  } catch (error) {
    if (!(error instanceof MissingTool)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * For `npm run bench`: Debian's aapt, to compare our inspection with. Returns undefined
 * when it is there (or was just installed), else why the comparison cannot run.
 */
export function ensureAapt() {
  const found = () => {
    try {
      execSync('aapt version', { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (found()) return undefined;
  if (!canApt()) {
    return process.platform === 'linux'
      ? 'aapt is not installed and apt-get needs root here (sudo apt-get install aapt)'
      : `aapt is Debian's package and this is ${process.platform}`;
  }
  console.log("Installing Debian's aapt for the inspection comparison (apt-get)…");
  try {
    aptInstall('aapt');
  } catch {
    return 'apt-get could not install aapt (is the package index reachable?)';
  }
  return found() ? undefined : 'apt-get ran but aapt is still not on the PATH';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureNodeModules();
  if (process.argv.includes('--chromium')) ensureChromium();
}
