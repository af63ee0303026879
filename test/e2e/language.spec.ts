import { expect, test } from './fixtures';

test.describe('on a German computer', () => {
  test.use({ locale: 'de-DE' });

  test('Dropship speaks German; the Settings choice switches live and outlasts a reload', async ({
    app,
  }) => {
    const { page, harness } = app;
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByRole('button', { name: 'Einstellungen', exact: true }).click();
    const language = page.getByLabel('Sprache von Dropship');
    await expect(language).toHaveValue('system');
    await expect(language.locator('option:checked')).toHaveText('Wie dieser Computer (Deutsch)');

    await language.selectOption('en');
    await expect(page.getByLabel('Language of Dropship')).toHaveValue('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect
      .poll(async () => {
        const reply = await harness.core.dispatch('settings.get', undefined);
        return reply.ok ? (reply.value as { language: string }).language : reply;
      })
      .toBe('en');

    // The settings file is the record: without the page's own memory it is still English.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Language of Dropship')).toHaveValue('en');

    await page.getByLabel('Language of Dropship').selectOption('system');
    await expect(page.getByLabel('Sprache von Dropship')).toHaveValue('system');
  });
});

test('an English computer gets English', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Language of Dropship')).toHaveValue('system');
  await expect(page.getByLabel('Language of Dropship').locator('option:checked')).toHaveText(
    'Same as this computer (English)',
  );
});
