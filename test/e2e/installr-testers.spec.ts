import { expect, test } from './fixtures';

test('invites testers: an invalid address is pointed out, fixed, then they join the team', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Testers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Testers', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'App' })).toHaveValue('65');
  const team = page.getByRole('list', { name: 'Testers' });
  await expect(team.getByRole('listitem', { name: 'ana.lima@example.com' })).toContainText(
    'Installed',
  );
  await expect(team.getByRole('listitem', { name: 'dev.patel@example.com' })).toContainText(
    'Invite sent — waiting for them to accept',
  );

  const emails = page.getByLabel('Email addresses');
  await emails.fill('mia.rossi@example.com, noah.berg@example, olga.ivanova@example.com');
  await emails.blur();
  const problem = page.getByText('“noah.berg@example” is not an email address');
  await expect(problem).toBeVisible();
  await expect(emails).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: /^Invite/ }).click();
  await expect(problem).toBeVisible(); // nothing was sent
  await app.screenshot('installr-testers-invalid-light');

  await emails.fill(
    'mia.rossi@example.com, noah.berg@example.com, olga.ivanova@example.com\nMia.Rossi@example.com',
  );
  await expect(problem).toBeHidden();
  await expect(page.getByText('3 addresses ready · pasted twice, sent once')).toBeVisible();
  await page.getByLabel('Notify them by email').check();
  await page.getByRole('button', { name: 'Invite 3 testers' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Invited 3 testers' })).toBeVisible();
  for (const email of [
    'mia.rossi@example.com',
    'noah.berg@example.com',
    'olga.ivanova@example.com',
  ]) {
    const row = team.getByRole('listitem', { name: email });
    await expect(row).toContainText('Invite sent — waiting for them to accept');
    await expect(row.getByRole('button', { name: /Copy invite link/ })).toBeVisible();
  }
  await expect(emails).toHaveValue('');
  await app.screenshot('installr-testers-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('installr-testers-dark');
});

test('adds testers silently to an older build', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Testers', exact: true }).click();
  await page.getByRole('combobox', { name: 'App' }).selectOption({ label: 'Parcel Tracker' });
  await page.getByRole('combobox', { name: 'Build' }).selectOption({ label: '2.0.0 (200)' });
  const team = page.getByRole('list', { name: 'Testers' });
  await expect(team.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Email addresses').fill('quiet@example.com');
  await page.getByLabel('Add silently').check();
  await page.getByRole('button', { name: 'Invite 1 tester' }).click();
  await expect(page.getByText('Added 1 tester without an email.')).toBeVisible();
  await expect(team.getByRole('listitem', { name: 'quiet@example.com' })).toContainText(
    'Has access — not emailed yet',
  );
});
