import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { expect, test } from './fixtures';

// In Electron the page holds no clipboard permission, so Copy goes through main
// (system.copyText → the platform's clipboard). The headless platform records it.
test('Copy puts the install link on the clipboard through main, and says "Copied"', async ({
  app,
}) => {
  const { page, harness } = app;
  await page.getByRole('button', { name: 'App status', exact: true }).click();
  await page.getByLabel('App token').fill(SEED_APP_TOKENS.fieldNotesIos);
  await page.getByRole('button', { name: 'Check' }).click();
  const copy = page.getByRole('button', { name: /Copy install link/ });
  const label = await copy.getAttribute('aria-label');
  const link = label!.replace(/^Copy install link: /, '');
  expect(link).toMatch(/^https?:\/\/.*\/tester\/install\/148$/);

  await copy.click();
  await expect(copy).toHaveText('Copied');
  const copied = (harness.core.ctx.platform as unknown as { copied: string[] }).copied;
  expect(copied).toEqual([link]);
  await app.screenshot('copy-install-link');
  await expect(copy).toHaveText('Copy install link', { timeout: 5000 });
});
