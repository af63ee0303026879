import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { expect, test } from './fixtures';

test('shows the latest build for an app token, and says when a token is unknown', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'App status', exact: true }).click();
  const token = page.getByLabel('App token');
  await token.fill(SEED_APP_TOKENS.fieldNotesIos);
  await page.getByRole('button', { name: 'Check' }).click();
  const card = page.getByRole('definition').first().locator('xpath=ancestor::section');
  await expect(page.getByRole('heading', { name: 'Field Notes' })).toBeVisible();
  await expect(card).toContainText('1.4.0');
  await expect(card).toContainText('45');
  await expect(card).toContainText('Photo attachments.');
  await expect(card).toContainText('/tester/install/148');
  await expect(page.getByRole('button', { name: /Copy install link/ })).toBeVisible();
  await app.screenshot('installr-status-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('installr-status-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await token.fill('NotARealAppToken42');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toContainText('No Installr app has this app token.');
  await expect(page.getByRole('alert')).toContainText('Settings tab');
  await app.screenshot('installr-status-unknown-light');

  await token.fill('');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Paste the app token from the app’s Settings tab')).toBeVisible();
});
