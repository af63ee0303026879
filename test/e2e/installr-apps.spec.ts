import { CALL_RETRY_POLICY } from '../../main/core/http/client';
import { expect, test } from './fixtures';

test('lists apps, shows builds and activity, and opens a build’s testers', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Apps', exact: true }).click();
  const apps = page.getByRole('listbox', { name: 'Apps' });
  await expect(apps.getByRole('option')).toHaveCount(3);
  await expect(apps.getByRole('option', { name: /Field Notes/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const builds = page.getByRole('list', { name: 'Builds' });
  await expect(builds.getByRole('listitem')).toHaveCount(3);
  await expect(builds.getByRole('listitem').first()).toContainText('1.4.0 (45)');
  await expect(builds.getByRole('listitem').first()).toContainText('Latest');
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(
    'uploaded new build: Field Notes 1.4.0 (45)',
  );
  await app.screenshot('installr-apps-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('installr-apps-dark');

  await apps.getByRole('option', { name: /Parcel Tracker/ }).click();
  await expect(builds.getByRole('listitem').first()).toContainText('2.1.0 (210)');
  await page.getByRole('button', { name: 'Testers of 2.0.0 (200)' }).click();
  await expect(page.getByRole('heading', { name: 'Testers', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Build' })).toHaveValue('150');
  await expect(
    page
      .getByRole('list', { name: 'Testers' })
      .getByRole('listitem', { name: 'dev.patel@example.com' }),
  ).toContainText('Installed');
});

test('an Installr outage shows a clear error with a retry', async ({ app }) => {
  const { page, harness } = app;
  // More 503s than the HTTP client's own retries of a GET.
  harness.sandbox.services.installr!.emulator.faults.failNext(CALL_RETRY_POLICY.maxAttempts, {
    status: 503,
    pathIncludes: '/apps.json',
  });
  await page.getByRole('button', { name: 'Apps', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Installr had an internal problem (HTTP 503).');
  await expect(alert).toContainText('try again in a moment');
  await app.screenshot('installr-apps-outage-light');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('listbox', { name: 'Apps' }).getByRole('option')).toHaveCount(3);
});
