import type { Page } from '@playwright/test';
import { dropFiles, expect, test } from './fixtures';

const projectOptions = async (page: Page) =>
  (await page.getByLabel('Project', { exact: true }).locator('option').allTextContents()).sort();

test('an .ipa is offered iOS Bitbar projects only, an .apk Android ones only', async ({ app }) => {
  const { page } = app;
  await dropFiles(page, 'main', [{ name: 'ios-binary-plist.ipa', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: /^Bitbar/ }).check();
  await expect(page.getByText('Showing iOS projects: this build is an iOS app.')).toBeVisible();
  const ios = await projectOptions(page);
  expect(ios).toContain('Movies app (iOS)');
  expect(ios).not.toContain('Movies app (Android)');
  expect(ios).not.toContain('Checkout UIAutomator');
  await page.getByLabel('Project', { exact: true }).selectOption('new');
  await expect(page.getByLabel('Platform')).toHaveValue('IOS');
  await expect(page.getByLabel('Platform')).toBeDisabled();
  await app.screenshot('upload-bitbar-ios-projects-light');

  await page.getByRole('button', { name: 'Drop another' }).click();
  await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
  await page.getByRole('checkbox', { name: /^Bitbar/ }).check();
  await expect(page.getByText('Showing Android projects')).toBeVisible();
  const android = await projectOptions(page);
  expect(android).toContain('Movies app (Android)');
  expect(android).toContain('Checkout UIAutomator');
  expect(android).not.toContain('Movies app (iOS)');
});

test('an Android group lists Android devices to add; a refusal shows beside Add', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 700 });
  await page.getByRole('button', { name: 'Devices' }).click();
  await page
    .getByRole('region', { name: 'My groups' })
    .getByRole('option', { name: /Smoke test phones/ })
    .click();
  await page.getByRole('button', { name: 'Add devices' }).click();
  const catalog = page.getByRole('region', { name: 'Device catalog' });
  const osChoice = catalog.getByRole('group', { name: 'Operating system' });
  await expect(osChoice.getByRole('button', { name: 'Android' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await catalog.getByLabel('Search devices').fill('iphone');
  await expect(catalog.getByText('No device matches')).toBeVisible();

  await osChoice.getByRole('button', { name: 'All' }).click();
  const boxes = catalog.getByRole('list', { name: 'Devices' }).getByRole('checkbox');
  await boxes.first().check();
  await catalog.getByRole('button', { name: 'Add 1 device' }).click();
  const refusal = catalog.getByRole('alert');
  await expect(refusal).toContainText('takes Android devices only');
  await expect(refusal).toBeInViewport();
  await app.screenshot('devices-group-refusal-light');
});
