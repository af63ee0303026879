import { dropFiles, expect, test } from './fixtures';

const apk = { name: 'android-plain.apk', buffer: Buffer.from('PK') };

test('a failed Send moves focus to the first bad field; every bad field looks the same', async ({
  app,
}) => {
  const { page } = app;
  await dropFiles(page, 'main', [apk]);
  await page.getByRole('checkbox', { name: /^Bitbar/ }).check();
  await page.getByRole('checkbox', { name: /^Product Science/ }).check();
  const project = page.getByRole('combobox', { name: 'Project', exact: true });
  await project.selectOption('');
  await page.getByRole('button', { name: 'Send to 2 services' }).click();

  await expect(project).toBeFocused();
  await expect(project).toHaveAttribute('aria-invalid', 'true');
  const psProject = page.getByRole('textbox', { name: /^Project/ });
  await expect(psProject).toHaveAttribute('aria-invalid', 'true');
  const border = (el: Element) => getComputedStyle(el).borderTopColor;
  expect(await project.evaluate(border)).toBe(await psProject.evaluate(border));
  await app.screenshot('upload-invalid-fields-light');
});

test('after Send, the new deliveries are scrolled to and focused', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 600 });
  await dropFiles(page, 'main', [apk]);
  await page.getByRole('checkbox', { name: /^Installr/ }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  const drop = page.getByRole('group', { name: 'Drop of android-plain.apk' });
  await expect(drop).toBeFocused();
  await expect(drop).toBeInViewport();
  await app.screenshot('upload-after-send-light');
});

test('a refusal that trying again cannot fix does not make Try again the main button', async ({
  app,
}) => {
  const { page, harness } = app;
  harness.sandbox.services.installr!.emulator.faults.failNext(1, {
    status: 400,
    method: 'POST',
    pathIncludes: '/apps.json',
    body: { result: 'failure', message: 'The build is not valid for this app' },
  });
  await dropFiles(page, 'main', [apk]);
  await page.getByRole('checkbox', { name: /^Installr/ }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  const card = page.getByRole('article', { name: 'Installr upload' });
  const again = card.getByRole('button', { name: 'Try again' });
  await expect(again).toBeVisible({ timeout: 20_000 });
  await expect(again).not.toHaveClass(/primary/);
});
