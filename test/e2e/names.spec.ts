import { expect, test } from './fixtures';

test('each view’s title is the name it has in the sidebar', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation').first();
  for (const name of ['Upload', 'Status board', 'Apps', 'Testers', 'Devices', 'Bitbar runs']) {
    await sidebar.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
});
