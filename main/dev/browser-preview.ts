// Dropship in Chromium, for machines where Electron cannot run (see start.mjs). Same
// renderer, same core, same sandbox; settings and tokens live in memory for the session.
import { chromium } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MemoryVault } from '../core/accounts/vault';
import { createCore } from '../core/create-core';
import { MemorySettingsStore } from '../core/settings-store';
import { sandboxEndpoints, startSandbox } from '../sandbox';
import { hostCoreInPage } from './browser-host';
import { serveDirectory } from './static-server';

const headless = !process.env.DISPLAY && process.platform === 'linux';
const sandbox = await startSandbox();
const core = createCore({
  settings: new MemorySettingsStore(),
  vault: new MemoryVault(),
  sandbox: sandboxEndpoints(sandbox),
  dataDir: await mkdtemp(join(tmpdir(), 'dropship-preview-')),
});
const site = await serveDirectory(resolve('dist/renderer'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
await hostCoreInPage(page, core, resolve('../shared/fixtures/builds'));
await page.goto(site.url);

if (headless) {
  const shot = resolve('dist/preview.png');
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot });
  console.log(`No display here, so Dropship runs headless. A screenshot is at ${shot}.`);
}
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
