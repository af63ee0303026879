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

test('Bitbar can be connected with e-mail and password (OAuth)', async ({ app }) => {
  const { page, harness } = app;
  const bitbar = harness.sandbox.services.bitbar!;
  const { email, password } = (
    bitbar.emulator as unknown as { demoUser: { email: string; password: string } }
  ).demoUser;
  await page.getByRole('button', { name: 'Settings' }).click();
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Bitbar' }) });
  await card.getByRole('button', { name: 'Connect Bitbar' }).click();
  await card.getByLabel('Address').fill(bitbar.baseUrl);
  await card.getByRole('button', { name: 'E-mail and password' }).click();
  await card.getByLabel('E-mail').fill('not an email');
  await card.getByLabel('Password').fill('wrong');
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Enter the e-mail you sign in with')).toBeVisible();
  await card.getByLabel('E-mail').fill(email);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByRole('alert')).toContainText('Bitbar');
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Connected', { exact: true })).toBeVisible();
  await expect(card.getByText(`connected as ${email}`)).toBeVisible();
  await expect(card.getByRole('status')).toHaveText('Checked with Bitbar and saved.');
  expect(JSON.stringify(harness.settings.read())).not.toContain(password);
});
