import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFiles, expect, FIXTURE_BUILDS, test } from './fixtures';
import { writePaddedZip } from '../fixtures/encode/pad-zip';

test('cancel a transfer mid-way, then try again', async ({ app }) => {
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'dropship-e2e-'));
  const big = join(dir, 'Slow.apk');
  await writePaddedZip(join(FIXTURE_BUILDS, 'android-plain.apk'), big, 42 << 20);
  await app.registerFile('Slow.apk', big);
  const installr = app.harness.sandbox.services.installr!.emulator;

  await dropFiles(page, 'main', [{ name: 'Slow.apk', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  installr.faults.latencyMs = 4000; // the service takes nothing for a while
  await page.getByRole('button', { name: 'Send to Installr' }).click();

  const card = page.getByRole('article', { name: 'Installr upload' });
  // The service reads nothing yet: a few bytes are out, the rest waits behind them.
  await expect(card.getByText(/ of 44 MB/)).toBeVisible({ timeout: 20_000 });
  await expect(card.getByText('Sending')).toBeVisible();
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(page.getByText('Installr cancelled.')).toBeVisible();
  await app.screenshot('upload-cancelled-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-cancelled-dark');

  installr.faults.latencyMs = 0;
  await card.getByRole('button', { name: 'Try again' }).click();
  await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
  expect(installr.received).toHaveLength(1);
  await rm(dir, { recursive: true, force: true });
});
