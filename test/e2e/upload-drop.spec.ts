import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseAllFourServices, dropFiles, expect, test } from './fixtures';
import { PLAIN_APP } from '../fixtures/android/apps';
import { writePaddedZip } from '../fixtures/encode/pad-zip';
import { fixture } from '../fixtures/index';

const PLAIN_SHA = createHash('sha256')
  .update(readFileSync(fixture('android-plain.apk')))
  .digest('hex');
const apk = (name = 'android-plain.apk') => ({ name, buffer: Buffer.from('PK') });

test('drop a build: icon and metadata, then progress and the result', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
  await expect(page.getByText('Drop a build anywhere on this window')).toBeVisible();
  await app.screenshot('upload-empty-light');

  // A 40 MB build, and an Installr that takes its time: the transfer is seen in flight.
  const dir = await mkdtemp(join(tmpdir(), 'dropship-e2e-'));
  const big = join(dir, 'HelloDropship-1.0.apk');
  await writePaddedZip(fixture('android-plain.apk'), big, 42 << 20);
  await app.registerFile('HelloDropship-1.0.apk', big);

  await dropFiles(page, 'main', [apk('HelloDropship-1.0.apk')]);
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByRole('img', { name: `${PLAIN_APP.label} icon` })).toBeVisible();
  await expect(summary.getByRole('heading', { name: PLAIN_APP.label })).toBeVisible();
  await expect(summary.getByText(PLAIN_APP.packageName)).toBeVisible();
  await expect(summary.getByText('1.0 (build 1)')).toBeVisible();
  await expect(summary.getByTestId('build-sha256')).toHaveText(/^[0-9a-f]{64}$/);

  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByLabel('Release notes').fill('Fixes the crash on launch');
  app.harness.sandbox.services.installr!.emulator.faults.latencyMs = 1500;
  await page.getByRole('button', { name: 'Send to Installr' }).click();

  const card = page.getByRole('article', { name: 'Installr upload' });
  await expect(card.getByRole('progressbar')).toBeVisible();
  // Bytes the socket accepted so far, of the whole body ("262 bytes of 44 MB", "4.2 MB of 44 MB").
  await expect(card.getByText(/ of 44 MB/)).toBeVisible({ timeout: 20_000 });
  await app.screenshot('upload-in-flight-light');
  app.harness.sandbox.services.installr!.emulator.faults.latencyMs = 0;

  await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(/1\.0 \(1\) is on Installr/)).toBeVisible();
  await expect(card.getByText('App', { exact: true })).toBeVisible();
  await expect(card.getByText('Build id')).toHaveCount(0);
  await expect(page.getByText('Delivered to Installr.')).toBeVisible();
  await app.screenshot('upload-done-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-done-dark');
  await rm(dir, { recursive: true, force: true });
});

test('a dropped .txt is refused with a clear message before anything is sent', async ({ app }) => {
  const { page } = app;
  await dropFiles(page, 'main', [{ name: 'notes.txt', buffer: Buffer.from('hello') }]);
  await expect(page.getByRole('alert')).toContainText('notes.txt is not a build');
  await expect(page.getByRole('region', { name: 'Dropped build' })).toHaveCount(0);
  const posts = app.harness.sandbox.services.installr!.emulator.requests.filter(
    (r) => r.method === 'POST',
  );
  expect(posts).toHaveLength(0);
  await app.screenshot('upload-refused-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-refused-dark');
});

test('send to all four services: four progress bars, four results', async ({ app }) => {
  const { page } = app;
  await dropFiles(page, 'main', [apk()]);
  await expect(page.getByTestId('build-sha256')).toHaveText(PLAIN_SHA);
  await chooseAllFourServices(page);
  await expect(page.getByLabel('Build name')).toHaveValue('1.0');
  await app.screenshot('upload-four-services-light');
  await page.getByRole('button', { name: 'Send to 4 services' }).click();

  for (const service of ['Installr', 'Test IO', 'Bitbar', 'Product Science']) {
    const card = page.getByRole('article', { name: `${service} upload` });
    await expect(card.getByRole('progressbar')).toBeVisible();
    await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(card.getByText('SHA-256')).toHaveCount(0);
  }
  // The checksum is said once for the build, and once for the drop, not per service.
  await expect(page.getByText(PLAIN_SHA)).toHaveCount(1);
  await expect(page.getByTestId('drop-sha256')).toHaveAttribute('title', PLAIN_SHA);
  for (const jargon of ['Route', 'File id', 'Upload state', 'Binary app id', 'Size on Bitbar'])
    await expect(page.getByText(jargon, { exact: true })).toHaveCount(0);
  await expect(page.getByText('Delivered to all 4 services.')).toBeVisible();
  await app.screenshot('upload-four-done-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-four-done-dark');
});
