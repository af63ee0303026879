import { CALL_RETRY_POLICY } from '../../main/core/http/client';
import { expect, test } from './fixtures';

/** A view that fails to load must show the failure and wait, not ask again and again. */

test('Testers during an Installr outage: one error with Try again, no request storm', async ({
  app,
}) => {
  const { page, harness } = app;
  const installr = harness.sandbox.services.installr!.emulator;
  installr.faults.failNext(10_000, { status: 503, pathIncludes: '/apps.json' });
  const before = installr.requests.length;

  await page.getByRole('button', { name: 'Testers', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Installr had an internal problem (HTTP 503).');
  await page.waitForTimeout(3000);
  const asked = installr.requests.slice(before).filter((r) => r.path.includes('/apps.json'));
  // One load: the first request and the client's quick retries of it, then nothing more.
  expect(asked.length).toBeLessThanOrEqual(CALL_RETRY_POLICY.maxAttempts);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await app.screenshot('testers-outage-light');

  installr.faults.reset();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('combobox', { name: 'App' })).toHaveValue('65');
});

test('Testers with Installr disconnected: says so once, no call storm', async ({ app }) => {
  const { page, harness } = app;
  await harness.core.dispatch('accounts.disconnect', { service: 'installr' });
  let calls = 0;
  const dispatch = harness.core.dispatch.bind(harness.core);
  harness.core.dispatch = (channel, input) => {
    if (channel.startsWith('installr.')) calls += 1;
    return dispatch(channel, input);
  };

  await page.getByRole('button', { name: 'Testers', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Installr is not connected.');
  await page.waitForTimeout(3000);
  expect(calls).toBeLessThanOrEqual(2);
  await app.screenshot('testers-disconnected-light');
});
