import { join } from 'node:path';
import { expect, FIXTURE_BUILDS, test } from './fixtures';

test('a build opened from the OS lands in the Upload view, inspected', async ({ app }) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // What main does on `open-file` / a second instance's argv (main/open-files.ts).
  harness.core.ctx.events.emit('app.openFile', {
    path: join(FIXTURE_BUILDS, 'android-full.apk'),
    fileName: 'android-full.apk',
  });
  await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
  await expect(page.getByText('Fixture Café 🚀').first()).toBeVisible();
  await expect(page.getByText('com.dropship.fixture', { exact: true })).toBeVisible();
});
