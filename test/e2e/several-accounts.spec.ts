import type { InstallrEmulator } from '../../main/sandbox/installr/emulator';
import { dropFiles, expect, test } from './fixtures';
import { PLAIN_APP } from '../fixtures/android/apps';

/**
 * Issue 12 §6 in the window: a second Installr account added in Settings (the sandbox's
 * second team), picked in Upload, recorded in History, and switched to in a view.
 */
test('a second Installr account: added in Settings, picked in Upload, shown in History and Apps', async ({
  app,
}) => {
  const { page } = app;
  const installr = app.harness.sandbox.services.installr!;
  const emulator = installr.emulator as InstallrEmulator;

  await page.getByRole('button', { name: 'Settings' }).click();
  const card = page
    .locator('.card')
    .filter({ has: page.getByRole('heading', { name: 'Installr', exact: true }) });
  // The first real account replaces the sandbox; the second joins it.
  await card.getByRole('button', { name: 'Connect Installr' }).click();
  await expect(card.getByLabel('Account name')).toHaveValue('Default');
  await card.getByLabel('Account name').fill('Team A');
  await card.getByLabel('Address').fill(installr.baseUrl);
  await card.getByLabel(/API token/).fill(emulator.demoToken);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  const teamA = card.getByRole('group', { name: 'Installr account Team A' });
  await expect(teamA).toContainText('Team A');

  await card.getByRole('button', { name: 'Add another Installr account' }).click();
  const name = card.getByLabel('Account name');
  await expect(name).toHaveValue('');
  // A taken name is refused before anything is sent.
  await name.fill('team a');
  await card.getByLabel('Address').fill(installr.baseUrl);
  await card.getByLabel(/API token/).fill(emulator.secondToken);
  await card.getByRole('button', { name: 'Check and connect' }).click();
  await expect(card.getByText('Another Installr account is called “team a”')).toBeVisible();
  await name.fill('Team B');
  await card.getByRole('button', { name: 'Check and connect' }).click();
  const teamB = card.getByRole('group', { name: 'Installr account Team B' });
  await expect(teamB).toContainText('Connected');
  await expect(teamB).toContainText('Shown in the views');
  await expect(page.locator('body')).not.toContainText(emulator.secondToken);
  await app.screenshot('settings-two-installr-accounts');
  // The views go back to Team A; the upload below still goes to Team B.
  await teamA.getByRole('button', { name: 'Show in the views' }).click();
  await expect(teamB).not.toContainText('Shown in the views');

  // Upload: Installr has two accounts now, so the card asks which; Team A is preselected.
  await page.getByRole('button', { name: 'Upload' }).click();
  await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  const account = page.getByRole('group', { name: 'Installr' }).getByLabel('Installr account');
  await expect(account.locator('option:checked')).toHaveText('Team A');
  await account.selectOption({ label: 'Team B' });
  await app.screenshot('upload-account-picker');
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  await expect(page.getByText('Delivered', { exact: true })).toHaveCount(1, { timeout: 30_000 });
  expect(emulator.secondAccount.apps.map((a) => a.appId)).toEqual([PLAIN_APP.packageName]);
  expect(emulator.account.apps.some((a) => a.appId === PLAIN_APP.packageName)).toBe(false);

  // History says which account received it.
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('table')).toContainText('Team B');

  // Apps says it shows Team A (the demo team); switching to Team B shows its one app.
  await page.getByRole('button', { name: 'Apps' }).click();
  const switcher = page.getByLabel('Installr account');
  await expect(switcher.locator('option:checked')).toHaveText('Team A');
  await expect(page.getByText('Parcel Tracker').first()).toBeVisible();
  await switcher.selectOption({ label: 'Team B' });
  await expect(page.getByText('Parcel Tracker')).toHaveCount(0);
  await expect(page.getByText('Hello Dropship').first()).toBeVisible();
  await app.screenshot('apps-account-switcher');
  const teamBId = app.harness.core.ctx.accounts.find('installr', 'Team B')!.id;
  expect(app.harness.settings.read().activeAccounts.installr).toBe(teamBId);
});
