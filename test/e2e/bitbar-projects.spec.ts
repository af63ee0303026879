import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, FIXTURE_BUILDS, test } from './fixtures';

test.use({ sandboxOptions: { bitbar: { stepMs: 60 } } });

test('creates a project, validates its config per mode, uploads a file, shares it and sets notifications', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Bitbar runs' }).click();
  await expect(page.getByText('4 of 4 projects')).toBeVisible();

  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill('Kiosk');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'Kiosk', level: 2 })).toBeVisible();
  await expect(page.getByText('Not ready: upload the app (and tests)')).toBeVisible();

  // Mode rules: UIAutomator needs test classes; FULL_RUN-only options disappear.
  await expect(page.getByLabel('Only tests with the annotation')).toBeVisible();
  await page.getByLabel('What runs').selectOption({ label: 'UIAutomator tests' });
  await expect(page.getByLabel('Only tests with the annotation')).toHaveCount(0);
  await expect(page.getByLabel('Launch the app when the tests start')).toBeVisible();
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByText('UIAutomator runs need at least one test class')).toBeVisible();
  await page.getByLabel('Test classes').fill('com.example.kiosk.LobbyTest');
  await page.getByLabel('Device language').fill('fi_FI');
  await page.getByRole('button', { name: 'Save config' }).click();
  await expect(page.getByText('Config saved. New runs use it.')).toBeVisible();

  // Parameters.
  await page.getByLabel('Key').fill('env');
  await page.getByLabel('Value').fill('staging');
  await page.getByRole('button', { name: 'Add parameter' }).click();
  await expect(page.getByRole('list', { name: 'Parameters' })).toContainText('env = staging');
  await app.screenshot('bitbar-config-light');

  // Files: upload through the transfer engine, then it is listed.
  await page.getByRole('tab', { name: 'Files' }).click();
  await expect(page.getByText('No files yet')).toBeVisible();
  const apk = resolve(FIXTURE_BUILDS, 'android-full-v2.apk');
  await page.getByLabel('File on this computer').fill(apk);
  await page.getByRole('button', { name: 'Upload file' }).click();
  await expect(page.getByText('android-full-v2.apk: Delivered')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'Project files' })).toContainText(
    'android-full-v2.apk',
  );
  const received = app.harness.sandbox.services.bitbar!.emulator.received.at(-1)!;
  expect(received).toMatchObject({
    field: 'file',
    filename: 'android-full-v2.apk',
    size: statSync(apk).size,
  });

  // Sharing and notifications.
  await page.getByRole('tab', { name: 'Sharing and notifications' }).click();
  await expect(page.getByText('Only you')).toBeVisible();
  await page.getByLabel('Share with (e-mail)').fill('nobody@example.com');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(
    page.getByText('Bitbar could not find a Bitbar user with the e-mail nobody@example.com.'),
  ).toBeVisible();
  await page.getByLabel('Share with (e-mail)').fill('ana@example.com');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Shared with' })).toContainText('ana@example.com');
  const notifications = page.getByRole('list', { name: 'Notifications' });
  await expect(notifications).toContainText('demo@bitbar.example'); // account-wide, from the seed
  await page.getByLabel('E-mail', { exact: true }).fill('ops@example.com');
  await page.getByRole('button', { name: 'Add notification' }).click();
  await expect(notifications).toContainText('ops@example.com');
  await page
    .getByLabel('When ops@example.com gets an e-mail')
    .selectOption({ label: 'After every run' });
  await page.getByRole('button', { name: 'Remove notification for ops@example.com' }).click();
  await expect(notifications).not.toContainText('ops@example.com');
  await app.screenshot('bitbar-people-light');

  // Rename, describe, delete with confirmation.
  await page.getByRole('button', { name: 'Rename or describe' }).click();
  await page.getByLabel('Project name').fill('Kiosk app');
  await page.getByLabel('Description').fill('Lobby tablets');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kiosk app', level: 2 })).toBeVisible();
  await expect(page.getByText('Android UIAutomator', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete project' }).click();
  await expect(page.getByRole('heading', { name: 'Kiosk app', level: 2 })).toHaveCount(0);
  await expect(page.getByText('4 of 4 projects')).toBeVisible();
});

test('lists every run, shows the success chart and tags a run', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Bitbar runs' }).click();
  await expect(
    page.getByRole('img', { name: /Success ratio of recent runs: run 1/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'All runs' }).click();
  const runs = page.getByRole('list', { name: 'Test runs' });
  await expect(runs.getByRole('listitem')).toHaveCount(11);
  await expect(runs).toContainText('Movies app (iOS)');
  await runs.getByRole('button', { name: /Nightly latest/ }).click();
  await expect(page.getByRole('heading', { name: /Run 8 · Nightly latest/ })).toBeVisible();
  await page.getByLabel('New tag').fill('release');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'release' })).toBeVisible();
  await page.getByRole('button', { name: 'Prepare screenshots (ZIP)' }).click();
  await expect(page.getByRole('button', { name: 'Download screenshots (ZIP)' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove tag release' }).click();
  await expect(page.getByText('No tags')).toBeVisible();
  await page.getByRole('button', { name: '← All runs' }).click();
  await expect(runs).toBeVisible();
});
