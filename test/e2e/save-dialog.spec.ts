import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { expect, test } from './fixtures';

// The desktop's save dialog is the core's DesktopPlatform; in tests it is the headless
// one, which answers with <dataDir>/downloads/<suggested name>.
test('Choose… fills the export location from the save dialog, and the page is written there', async ({
  app,
}) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'Status board' }).click();
  await page.getByRole('button', { name: 'Add an app' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add an app to the board' });
  await add.getByLabel('App token').fill(SEED_APP_TOKENS.fieldNotesIos);
  await add.getByRole('button', { name: 'Add to board' }).click();
  await expect(page.getByRole('article', { name: 'Field Notes' })).toBeVisible();
  await page.getByRole('button', { name: 'Export as a web page' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as a web page' });
  const field = dialog.getByLabel('Save to');
  await expect(field).toHaveValue(/dropship-status-.*\.html$/);
  const suggested = (await field.inputValue()).split('/').pop()!;
  await dialog.getByRole('button', { name: 'Choose…' }).click();
  const chosen = join(harness.dataDir, 'downloads', suggested);
  await expect(field).toHaveValue(chosen);
  await dialog.getByRole('button', { name: 'Save the page' }).click();
  await expect(dialog.getByRole('status')).toContainText(chosen);
  expect((await stat(chosen)).size).toBeGreaterThan(500);
});
