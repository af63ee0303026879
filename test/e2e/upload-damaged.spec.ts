import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFiles, expect, FIXTURE_BUILDS, test } from './fixtures';

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-damaged-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a truncated build is an error, and is sent only when the person insists', async ({ app }) => {
  const { page } = app;
  const whole = await readFile(join(FIXTURE_BUILDS, 'android-plain.apk'));
  const broken = join(dir, 'Broken.apk');
  await writeFile(broken, whole.subarray(0, Math.floor(whole.length / 2)));
  await app.registerFile('Broken.apk', broken);

  await dropFiles(page, 'main', [{ name: 'Broken.apk', buffer: Buffer.from('PK') }]);
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByRole('alert')).toContainText('Dropship could not read this build.');
  const installr = page.getByRole('checkbox', { name: /^Installr/ });
  await expect(installr).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: /^Test IO/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Choose where to send it' })).toBeDisabled();
  await app.screenshot('upload-damaged-light');

  await page.getByRole('checkbox', { name: /Send it anyway/ }).check();
  await expect(installr).toBeEnabled();
  await installr.check();
  await expect(page.getByRole('button', { name: 'Send to Installr' })).toBeEnabled();
  await page.getByRole('checkbox', { name: /Send it anyway/ }).uncheck();
  await expect(installr).not.toBeChecked();
  await expect(installr).toBeDisabled();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-damaged-dark');
});

test('an empty file is refused in words that match: it cannot be sent', async ({ app }) => {
  const { page } = app;
  const empty = join(dir, 'Empty.apk');
  await writeFile(empty, '');
  await app.registerFile('Empty.apk', empty);

  await dropFiles(page, 'main', [{ name: 'Empty.apk', buffer: Buffer.from('') }]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Empty.apk is empty (0 bytes), so it cannot be a build');
  await expect(alert).not.toContainText('can still be sent');
  await expect(page.getByRole('region', { name: 'Dropped build' })).toHaveCount(0);
  await expect(page.getByText('Drop a build anywhere on this window')).toBeVisible();
  await app.screenshot('upload-empty-file-light');
});
