import { dropFiles, expect, test } from './fixtures';

const file = (name: string) => ({ name, buffer: Buffer.from('PK') });

test('dropping several files opens the first build and says the others were not opened', async ({
  app,
}) => {
  const { page } = app;
  await dropFiles(page, 'main', [
    file('notes.txt'),
    file('android-plain.apk'),
    file('android-full.apk'),
  ]);
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByText('android-plain.apk', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'one build at a time' })).toHaveText(
    'Dropship sends one build at a time, so it opened android-plain.apk only; notes.txt and android-full.apk were not opened. Drop them one by one once this one is on its way.',
  );
  await app.screenshot('upload-several-files-light');

  await summary.getByRole('button', { name: 'Drop another' }).click();
  await expect(page.getByText('one build at a time')).toHaveCount(0);
});
