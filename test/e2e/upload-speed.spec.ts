import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFiles, expect, FIXTURE_BUILDS, test } from './fixtures';
import { writePaddedZip } from '../fixtures/encode/pad-zip';

test('a transfer card shows the speed and the time left while it sends', async ({ app }) => {
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'dropship-e2e-'));
  const big = join(dir, 'Throttled.apk');
  await writePaddedZip(join(FIXTURE_BUILDS, 'android-plain.apk'), big, 42 << 20);
  await app.registerFile('Throttled.apk', big);
  const installr = app.harness.sandbox.services.installr!.emulator;
  // A slow uplink: the service reads about 1.5 MB a second, so the upload takes ~30 s.
  installr.faults.throttleBytesPerSecond = 1_500_000;

  await dropFiles(page, 'main', [{ name: 'Throttled.apk', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();

  const card = page.getByRole('article', { name: 'Installr upload' });
  // "12 MB of 44 MB · 1.5 MB/s · about 21 s left"
  const line = card.getByText(/ of 44 MB · /);
  await expect(line).toHaveText(
    /^\d+(\.\d)? MB of 44 MB · \d+(\.\d)? [KM]B\/s · about (\d+ min )?\d+ s left$/,
    { timeout: 20_000 },
  );
  await app.screenshot('upload-speed-light');

  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByText('Cancelled', { exact: true })).toBeVisible();
  await rm(dir, { recursive: true, force: true });
});
