import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { updateSettings } from '../../main/core/settings-store';
import { expect, pickParcelTracker, test } from './fixtures';

test('a status board of two apps: add, fail, recover, export', async ({ app }) => {
  const { page, harness } = app;
  // Tests use a short interval so "recovers by itself" happens within the test.
  updateSettings(harness.settings, (draft) => {
    draft.board.refreshSeconds = 2;
  });
  await page.reload();
  await page.getByRole('button', { name: 'Status board' }).click();
  await expect(page.getByRole('heading', { name: 'Status board', level: 1 })).toBeVisible();
  await expect(page.getByText('No apps on the board yet')).toBeVisible();

  // One app from its app token only.
  await page.getByRole('button', { name: 'Add an app' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add an app to the board' });
  await dialog.getByLabel('App token').fill('NotARealToken1');
  await dialog.getByRole('button', { name: 'Add to board' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/Installr doesn’t know this app token/);
  await dialog.getByLabel('App token').fill(SEED_APP_TOKENS.fieldNotesIos);
  await dialog.getByRole('button', { name: 'Add to board' }).click();
  await expect(dialog).toBeHidden();
  const notes = page.getByRole('article', { name: 'Field Notes' });
  await expect(notes.getByText('Version 1.4.0 (build 45)')).toBeVisible();
  await expect(notes.getByRole('img', { name: 'QR code to install Field Notes' })).toBeVisible();
  await expect(notes.getByText(/Photo attachments/)).toBeVisible();

  // One picked from the connected (sandbox) account.
  await page.getByRole('button', { name: 'Add an app' }).click();
  await pickParcelTracker(dialog);
  await app.screenshot('board-add-dialog');
  await dialog.getByRole('button', { name: 'Add to board' }).click();
  await expect(dialog).toBeHidden();
  const parcel = page.getByRole('article', { name: 'Parcel Tracker' });
  await expect(parcel.getByText('Version 2.1.0 (build 210)')).toBeVisible();
  await expect(parcel.getByRole('region', { name: 'Testers’ findings' })).toContainText(
    /Testers at work|Finished/,
  );
  await expect(parcel.getByText(/\d+ open bugs?/)).toBeVisible();
  await expect(parcel.getByRole('region', { name: 'Automated tests on devices' })).toContainText(
    'Nightly latest',
  );
  await expect(parcel.getByRole('img', { name: /Passed over the last \d+ runs/ })).toBeVisible();
  await expect(notes.getByText(/Updated (just now|\d+ s ago)/)).toBeVisible();
  await app.screenshot('board-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('board-dark');
  // Print / Save as PDF: only the cards, without the app around them.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add an app' })).toBeHidden();
  await app.screenshot('board-print');
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  // Installr's status call fails: only that card's Installr part says so, then recovers.
  const faults = harness.sandbox.services.installr!.emulator.faults;
  faults.failNext(3, { status: 503, pathIncludes: '/apps/status/' });
  const notice = notes.getByText(/Installr can’t be reached right now — showing what we knew/);
  await expect(notice).toBeVisible();
  await expect(notes.getByText('Version 1.4.0 (build 45)')).toBeVisible();
  await expect(parcel.getByText(/can’t be reached/)).toHaveCount(0);
  // Beside a part that failed to refresh, the card does not claim to be fresh.
  await expect(notes.getByText(/^(Not updated|Updated .*, except Installr)/)).toBeVisible();
  await app.screenshot('board-unavailable');
  await expect(notice).toBeHidden({ timeout: 20_000 });

  // Export, then open the file as a stakeholder would.
  const folder = await mkdtemp(join(tmpdir(), 'dropship-board-'));
  const file = join(folder, 'status.html');
  await page.getByRole('button', { name: 'Export as a web page' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export as a web page' });
  await expect(exportDialog.getByLabel('Save to')).toHaveValue(
    /dropship-status-\d{4}-\d\d-\d\d\.html$/,
  );
  await exportDialog.getByLabel('Save to').fill(file);
  await exportDialog.getByRole('button', { name: 'Save the page' }).click();
  await expect(exportDialog.getByText(`Saved 2 apps to ${file}`)).toBeVisible();
  const html = await readFile(file, 'utf8');
  expect(html).not.toContain(SEED_APP_TOKENS.fieldNotesIos);

  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { name: 'App status', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Field Notes' })).toBeVisible();
  await expect(page.getByText(/Released \d+ \w+ \d{4}, \d\d:\d\d UTC/).first()).toBeVisible();
  expect(html).not.toMatch(/\bago\b|just now/);
  await expect(page.getByRole('img', { name: 'QR code to install Parcel Tracker' })).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  await app.screenshot('board-export-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('board-export-dark');
});
