import { connectBitbarWithPassword } from '../support/bitbar-sign-in';
import { expect, test } from './fixtures';

test('when the Bitbar session ends, asks for the password and finishes what the person was doing', async ({
  app,
}) => {
  const { page, harness } = app;
  const { connected, emulator } = await connectBitbarWithPassword(harness);
  expect(connected.ok).toBe(true);

  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(page.getByRole('region', { name: 'My groups' })).toContainText('Smoke test phones');

  // The refresh token stops working while the person fills in a form.
  emulator.bitbar.auth.revokeSessions();
  await page.getByRole('button', { name: 'New device group' }).click();
  await page.getByLabel('Group name').fill('Made after sign-in');
  await page.getByRole('button', { name: 'Create group' }).click();

  const dialog = page.getByRole('dialog', { name: 'Sign in to Bitbar again' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('demo@bitbar.example');
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Bitbar did not accept the e-mail and password.',
  );
  await app.screenshot('bitbar-sign-in-light');
  await dialog.getByLabel('Password').fill(emulator.demoUser.password);
  await dialog.getByRole('button', { name: 'Sign in' }).click();

  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Made after sign-in', level: 2, exact: true }),
  ).toBeVisible();
  expect(JSON.stringify(await page.evaluate(() => document.body.innerText))).not.toContain(
    emulator.demoUser.password,
  );
});
