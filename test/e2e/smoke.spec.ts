import { expect, test } from './fixtures';

test('opens on the sandbox and shows every service in Settings', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  for (const service of ['Installr', 'Test IO', 'Bitbar', 'Product Science']) {
    await expect(page.getByRole('heading', { name: service, level: 2 })).toBeVisible();
  }
  // Every service has an emulator, so a fresh app is entirely on demo data.
  await expect(page.getByText('Using the sandbox (demo data)')).toBeVisible();
  await app.screenshot('settings-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('settings-dark');
});

test('connecting with a wrong token says so and keeps the sandbox', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  const card = page.locator('section.card', {
    has: page.getByRole('heading', { name: 'Installr' }),
  });
  await card.getByRole('button', { name: 'Connect Installr' }).click();
  await card.getByLabel('Address').fill(app.harness.sandbox.services.installr!.baseUrl);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Paste your token')).toBeVisible();
  await card.getByLabel(/API token/).fill('not-a-real-token');
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByRole('alert')).toContainText('Installr');
  await expect(card.getByText('Sandbox', { exact: true })).toBeVisible();
});
