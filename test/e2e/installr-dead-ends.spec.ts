import { expect, test } from './fixtures';

test('a tester who asked for access can be given it from the Testers view', async ({ app }) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'Testers', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'App' })).toHaveValue('65');
  const asked = page.getByRole('list', { name: 'Asked for access' });
  const grace = asked.getByRole('listitem', { name: 'grace.kim@example.com' });
  await expect(grace).toContainText('Asked for access — waiting for your approval');
  await app.screenshot('testers-asked-for-access-light');

  await grace.getByRole('button', { name: 'Give grace.kim@example.com access' }).click();
  const team = page.getByRole('list', { name: 'Testers' });
  await expect(team.getByRole('listitem', { name: 'grace.kim@example.com' })).toContainText(
    'Invite sent — waiting for them to accept',
  );
  await expect(page.getByRole('list', { name: 'Asked for access' })).toHaveCount(0);
  const posted = harness.sandbox.services.installr!.emulator.requests.filter(
    (r) => r.method === 'POST' && r.path.endsWith('/team.json'),
  );
  expect(posted).toHaveLength(1);
});

test('Apps says where the app token that App status needs is found', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Apps', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'App token' })).toBeVisible();
  await expect(page.getByText(/copy it from the app’s Settings tab/)).toBeVisible();
  await app.screenshot('installr-apps-token-light');
});
