import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { acceptOpenedFiles } from '../../main/open-files';
import { expect, FIXTURE_BUILDS, test } from './fixtures';
import { FULL_APP, PLAIN_APP } from '../fixtures/android/apps';

// The shell's real open-files code, with an emitter standing in for Electron's `app`:
// argv, `open-file` and a second instance's argv go through main/open-files.ts, the core's
// event bus and the page's bridge to the Upload view.
const POLITE = join(FIXTURE_BUILDS, 'android-full.apk');
const HELLO = join(FIXTURE_BUILDS, 'android-plain.apk');

/** What macOS sends when a build is opened from Finder. */
function openFile(app: EventEmitter, path: string) {
  app.emit('open-file', { preventDefault: () => {} }, path);
}

async function leaveUploadView(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

async function expectInUploadView(page: Page, appName: string, fileName: string) {
  await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByText(appName).first()).toBeVisible();
  await expect(summary.getByText(fileName, { exact: true })).toBeVisible();
}

test('a build on the command line at launch waits for the window, then is shown', async ({
  app,
}) => {
  const { page, harness } = app;
  const electronApp = new EventEmitter();
  const files = acceptOpenedFiles(electronApp);
  files.fromArgv(['/opt/Dropship/dropship', POLITE]);
  let loaded = () => {};
  files.attach(harness.core, new Promise<void>((resolve) => (loaded = resolve)));
  await leaveUploadView(page);
  await page.waitForTimeout(300);
  // Held: the window has not said it loaded.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  loaded();
  await expectInUploadView(page, FULL_APP.label, 'android-full.apk');
});

test('open-file before and after the window loads, and a second instance’s argv', async ({
  app,
}) => {
  const { page, harness } = app;
  const electronApp = new EventEmitter();
  const files = acceptOpenedFiles(electronApp);
  openFile(electronApp, POLITE); // macOS sends it before the app is ready
  files.attach(harness.core, Promise.resolve());
  await expectInUploadView(page, FULL_APP.label, 'android-full.apk');

  await leaveUploadView(page);
  openFile(electronApp, HELLO);
  await expectInUploadView(page, PLAIN_APP.label, 'android-plain.apk');

  await leaveUploadView(page);
  electronApp.emit('second-instance', {}, ['/opt/Dropship/dropship', POLITE], '/home/me');
  await expectInUploadView(page, FULL_APP.label, 'android-full.apk');
});
