import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropFiles, expect, test } from './fixtures';
import { PLAIN_APP } from '../fixtures/android/apps';
import { delivery } from '../support/deliveries';

test('History: a real delivery appears, is filtered, exported as CSV and sent again', async ({
  app,
}) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('Nothing delivered yet')).toBeVisible();
  await app.screenshot('history-empty-light');

  await page.getByRole('button', { name: 'Upload' }).click();
  await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  const card = page.getByRole('article', { name: 'Installr upload' });
  await expect(card.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('button', { name: 'History' }).click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2); // header + the delivery
  const row = rows.nth(1);
  await expect(row).toContainText(PLAIN_APP.label);
  await expect(row).toContainText('1.0 (build 1)');
  await expect(row).toContainText('Installr');
  await expect(row).toContainText('Delivered');
  await app.screenshot('history-one-light');

  await page.getByLabel('Service').selectOption('bitbar');
  await expect(page.getByText('No deliveries match')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved 1 delivery' });
  await expect(saved).toBeVisible();
  const csvPath = (await saved.textContent())!
    .replace(/^Saved 1 delivery to /, '')
    .replace(/\.$/, '');
  expect(csvPath.startsWith(join(harness.dataDir, 'downloads'))).toBe(true);
  const csv = (await readFile(csvPath, 'utf8')).split('\r\n');
  expect(csv[0]).toMatch(/^\uFEFFFinished \(UTC\),Service,Account,Result,App id/);
  expect(csv[1]).toContain(`,Installr,`);
  expect(csv[1]).toContain(`,${PLAIN_APP.packageName},`);

  await row.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByRole('heading', { name: PLAIN_APP.label })).toBeVisible();
});

test('History pages through many deliveries and finds an app by part of its name', async ({
  app,
}) => {
  const { page, harness } = app;
  harness.core.ctx.history.recordMany(
    Array.from({ length: 120 }, (_, n) =>
      delivery(n, {
        appId: n % 2 ? 'com.example.maps' : 'com.example.notes',
        appName: n % 2 ? 'Maps' : 'Field Notes',
        outcome: n % 7 === 0 ? 'failed' : 'delivered',
        error: n % 7 === 0 ? 'Installr refused the token.' : null,
      }),
    ),
  );
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('1–50 of 120')).toBeVisible();
  await page.getByRole('button', { name: 'Older' }).click();
  await expect(page.getByText('51–100 of 120')).toBeVisible();
  await page.getByLabel('App').fill('notes');
  await expect(page.getByText('1–50 of 60')).toBeVisible();
  await expect(page.getByRole('table')).not.toContainText('Maps');
  await app.screenshot('history-many-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('history-many-dark');
});
