import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const serviceCard = (page: Page, name: string) =>
  page.locator('section.card').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('Product Science: a refused token is said so in Settings words; nothing is saved', async ({
  app,
}) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const card = serviceCard(page, 'Product Science');
  await card.getByRole('button', { name: 'Connect Product Science' }).click();
  await card.getByLabel('Address').fill(harness.sandbox.services.productscience!.baseUrl);
  await card.getByLabel('API token').fill('nope');
  await card.getByRole('button', { name: 'Check and connect' }).click();
  const alert = card.locator('.banner-bad');
  await expect(alert).toContainText('Product Science did not accept the credentials.');
  await expect(alert).toContainText('Check that you pasted the whole token');
  await expect(alert).not.toContainText('Settings');
  await expect(card).not.toContainText('Connected');
  await app.screenshot('settings-productscience-refused-light');

  // A new problem in the form replaces the service's older answer.
  await card.getByLabel('API token').fill('');
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Paste your token')).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('Disconnect asks first, and the card then says plainly what is going on', async ({ app }) => {
  const { page, harness } = app;
  const { baseUrl, secret } = harness.sandbox.services.installr!;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const card = serviceCard(page, 'Installr');
  await card.getByRole('button', { name: 'Connect Installr' }).click();
  await card.getByLabel('Address').fill(baseUrl);
  await card.getByLabel(/API token/).fill(secret);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Checked with Installr and saved.')).toBeVisible();

  await card.getByRole('button', { name: 'Disconnect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disconnect Installr?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('that use Installr stop working');
  await app.screenshot('settings-disconnect-confirm-light');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByText('Connected', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: 'Disconnect' }).click();
  await page
    .getByRole('dialog', { name: 'Disconnect Installr?' })
    .getByRole('button', { name: 'Disconnect' })
    .click();
  await expect(card.getByText('Disconnected. The token was removed')).toBeVisible();
  await expect(card.getByText('Dropship has no Installr account.')).toBeVisible();
  await expect(card.getByText('Not connected', { exact: true })).toHaveCount(1);
  await app.screenshot('settings-disconnected-light');
});
