// Dropship in Chromium, for machines where Electron cannot run (see start.mjs). Same
// renderer, same core, same sandbox; settings and tokens live in memory for the session.
//
// A page is not told where a dropped or chosen file lives, only its name, so those are
// read from one folder: the repository's own test builds (test/fixtures/builds) when it
// has them, else the folder `npm start` was typed in. A build from anywhere else opens
// from the command line, as the OS would hand it to the app: `npm start -- ~/app.apk`.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { MemoryVault } from '../core/accounts/vault';
import { createCore } from '../core/create-core';
import { MemorySettingsStore } from '../core/settings-store';
import { sandboxEndpoints, startSandbox } from '../sandbox';
import { findBrowser, launchOptionsFor } from './browser-choice.mjs';
import { hostCoreInPage } from './browser-host';
import { serveDirectory } from './static-server';

const REPO_BUILDS = resolve('test/fixtures/builds');
const filesDir = existsSync(REPO_BUILDS) ? REPO_BUILDS : (process.env.INIT_CWD ?? process.cwd());
const opened = process.argv.slice(2).filter((path) => {
  if (existsSync(path)) return true;
  console.log(`There is no file at ${path}; Dropship opens without it.`);
  return false;
});

const headless =
  !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux';
const sandbox = await startSandbox();
const core = createCore({
  settings: new MemorySettingsStore(),
  vault: new MemoryVault(),
  sandbox: sandboxEndpoints(sandbox),
  dataDir: await mkdtemp(join(tmpdir(), 'dropship-preview-')),
  // As the app: main speaks the OS's language (Node reads it as Chromium does, from the
  // environment) unless Settings → Language says otherwise.
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
});
const site = await serveDirectory(resolve('dist/renderer'));
const browser = await chromium.launch({
  ...launchOptionsFor(findBrowser()),
  headless,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await hostCoreInPage(page, core, filesDir);
await page.goto(site.url);
await page.getByRole('region', { name: 'Choose a build' }).waitFor();
for (const path of opened) core.ctx.events.emit('app.openFile', { path, fileName: basename(path) });

if (headless) {
  const shot = resolve('dist/preview.png');
  await page.waitForTimeout(opened.length > 0 ? 1500 : 500);
  await page.screenshot({ path: shot });
  console.log(`No display here, so Dropship runs headless. A screenshot is at ${shot}.`);
}
console.log(`Builds you drop or choose are read from ${filesDir}.`);
console.log('Dropship is running on the sandbox. Press Ctrl+C to quit.');

const quit = async () => {
  await browser.close().catch(() => undefined);
  await site.close();
  await core.dispose();
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', () => void quit());
process.on('SIGTERM', () => void quit());
page.on('close', () => void quit());
