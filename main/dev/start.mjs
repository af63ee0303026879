// `npm start`: install what is missing, build, and open Dropship. Electron fetches its
// binary on first launch (node_modules/electron). Where Electron cannot run (offline, or a
// Linux machine without a display) the same app opens in Chromium instead, with the same
// core and sandbox behind it; Debian's Chromium is installed for that when apt-get can.
//
//   npm start                      open Dropship
//   npm start -- path/to/app.apk   open Dropship with that build in the Upload view
//   npm start -- --browser         use Chromium even where Electron could run
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ensureBrowser, ensureNodeModules, MissingTool } from './ensure-deps.mjs';

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
// npm runs scripts from the package folder; a path is meant from where npm was typed.
const from = process.env.INIT_CWD ?? process.cwd();
const builds = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map((arg) => resolve(from, arg));

/** The Electron binary, downloaded on first use; undefined where it cannot run. */
function electronBinary() {
  if (flags.includes('--browser')) return undefined;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('No display here, so Electron cannot open a window.');
    return undefined;
  }
  try {
    return createRequire(import.meta.url)('electron');
  } catch {
    console.log('Electron could not be downloaded (is this machine offline?).');
    return undefined;
  }
}

function open(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

try {
  ensureNodeModules();
  const electron = electronBinary();
  // Ask for a browser before building, so a machine that has none says so at once.
  const browser = electron
    ? undefined
    : ensureBrowser({ purpose: 'Dropship here', download: false });
  const { buildApp } = await import('./build.mjs');
  console.log('Building Dropship…');
  await buildApp();
  if (electron) {
    open(electron, ['.', ...builds]);
  } else {
    console.log(`Opening Dropship in ${browser.label}.`);
    open(process.execPath, ['--import', 'tsx', 'main/dev/browser-preview.ts', ...builds]);
  }
} catch (error) {
  if (!(error instanceof MissingTool)) throw error;
  console.error(error.message);
  process.exit(1);
}
