// `npm start`: install (if needed), build, and open Dropship. Electron downloads its
// binary on first launch; where that is impossible (offline machines, CI) the same app
// opens in Chromium instead, with the same core and sandbox behind it.
import { spawn, spawnSync } from 'node:child_process';
import { ensureNodeModules } from './ensure-deps.mjs';

ensureNodeModules();
const { buildApp } = await import('./build.mjs');
console.log('Building Dropship…');
await buildApp();

const electron = spawnSync('npx', ['electron', '--version'], { encoding: 'utf8' });
if (electron.status === 0 && !process.argv.includes('--browser')) {
  const child = spawn('npx', ['electron', '.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not available on this machine; opening Dropship in Chromium instead.');
  const child = spawn('npx', ['tsx', 'main/dev/browser-preview.ts'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
