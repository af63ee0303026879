import { chooseAllFourServices, dropFiles, expect, test } from './fixtures';

const apk = { name: 'android-plain.apk', buffer: Buffer.from('PK') };

test('one service failing its lookup does not stop the other three', async ({ app }) => {
  const { page } = app;
  const { installr, bitbar } = app.harness.sandbox.services;
  await dropFiles(page, 'main', [apk]);
  await chooseAllFourServices(page);

  // Installr's app lookup (made inside its delivery, before the upload) is refused for good;
  // Bitbar's upload meets a 502 once and is retried.
  installr!.emulator.faults.failNext(1, { status: 403, method: 'GET', pathIncludes: 'apps.json' });
  bitbar!.emulator.faults.failNext(1, { status: 502, method: 'POST', pathIncludes: '/files/' });
  await page.getByRole('button', { name: 'Send to 4 services' }).click();

  for (const service of ['Test IO', 'Bitbar', 'Product Science']) {
    const card = page.getByRole('article', { name: `${service} upload` });
    await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
  }
  const failed = page.getByRole('article', { name: 'Installr upload' });
  await expect(failed.getByText('Failed', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Delivered to 3 of 4; Installr failed.')).toBeVisible();
  await app.screenshot('upload-one-fails-alone-light');
});
