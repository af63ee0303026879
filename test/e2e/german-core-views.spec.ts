import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { delivery } from '../support/deliveries';
import { dropFiles, expect, test } from './fixtures';
import { checkAndShoot, GERMAN_DATE, openView } from './german-check';

/**
 * Upload, History, Status board, App status and Settings on a German OS: German words,
 * German dates and numbers, plurals for one and for several, no axe findings, and nothing
 * cut off at 900×600 although German words run longer. Against the sandbox and the real core.
 */
test.use({ locale: 'de-DE', viewport: { width: 900, height: 600 } });

test('Upload speaks German: the build, the choices, plurals and the deliveries', async ({
  app,
}) => {
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Hochladen', level: 1 })).toBeVisible();
  await expect(page.getByText('Noch nichts gesendet')).toBeVisible();
  await checkAndShoot(app, 'upload-empty');

  // A file that is no build is refused in German before anything is read.
  await dropFiles(page, 'main', [{ name: 'notes.txt', buffer: Buffer.from('hello') }]);
  await expect(page.getByRole('alert')).toContainText('notes.txt ist kein Build');

  await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
  const build = page.getByRole('region', { name: 'Abgelegter Build' });
  await expect(build).toContainText('App-ID');
  await expect(build).toContainText(/oder neuer/);
  // A German size: decimal comma (the plain fixture is a few KB).
  await expect(build).toContainText(/\d+(,\d)? KB/);
  await expect(page.getByRole('button', { name: 'Wählen Sie, wohin' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await expect(page.getByRole('button', { name: 'An Installr senden' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Bitbar' }).check();
  await expect(page.getByRole('button', { name: 'An 2 Dienste senden' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Hochladen als' })).toBeVisible();
  await checkAndShoot(app, 'upload-choices');

  await page.getByRole('checkbox', { name: 'Bitbar' }).uncheck();
  await page.getByRole('button', { name: 'An Installr senden' }).click();
  const card = page.getByRole('article', { name: 'Upload an Installr' });
  await expect(card.getByText('Ausgeliefert', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText(/gesendet/);
  // Main's result, worded here: its labels and links in German.
  await expect(card.getByRole('term').filter({ hasText: 'Version' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Build-Datei ↗' })).toBeVisible();
  await expect(page.getByText('An Installr ausgeliefert.')).toBeVisible();
  await checkAndShoot(app, 'upload-delivered');
});

test('History speaks German, with German dates, numbers and plurals', async ({ app }) => {
  const { page, harness } = app;
  harness.core.ctx.history.recordMany(
    Array.from({ length: 1234 }, (_, n) =>
      delivery(n, {
        appName: n % 3 ? 'Parcel Tracker' : 'Field Notes mit einem ziemlich langen Namen',
        fileName: `parcel-tracker-release-build-${n}-signed-aligned.apk`,
        outcome: n % 9 === 0 ? 'failed' : 'delivered',
      }),
    ),
  );
  await openView(page, 'Verlauf');
  await expect(page.getByText('1–50 von 1.234')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Wann' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText(GERMAN_DATE);
  await expect(table.getByText('Fehlgeschlagen').first()).toBeVisible();
  await expect(table.getByRole('button', { name: 'Erneut senden' }).first()).toBeVisible();
  await checkAndShoot(app, 'history');

  await page.getByLabel('App', { exact: true }).fill('keine solche App');
  await expect(page.getByText('Keine passenden Auslieferungen')).toBeVisible();
});

test('the Status board speaks German: versions, ages, bug plurals, refresh choices', async ({
  app,
}) => {
  const { page } = app;
  await openView(page, 'Statustafel');
  await expect(page.getByText('Noch keine Apps auf der Tafel')).toBeVisible();
  await page.getByRole('button', { name: 'App hinzufügen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'App zur Tafel hinzufügen' });
  await dialog.getByLabel('App-Token').fill(SEED_APP_TOKENS.fieldNotesIos);
  await dialog.getByRole('button', { name: 'Zur Tafel hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'App hinzufügen' }).click();
  await dialog.getByRole('button', { name: 'Aus Ihrem Konto wählen' }).click();
  await dialog
    .getByLabel('App', { exact: true })
    .selectOption({ label: 'Parcel Tracker — Version 2.1.0 (Build 210)' });
  await dialog
    .getByLabel('Test-IO-Produkt (optional)')
    .selectOption({ label: 'Northwind Shop — Website' });
  await dialog
    .getByLabel('Bitbar-Projekt (optional)')
    .selectOption({ label: 'Movies app (Android) — Android' });
  await dialog.getByRole('button', { name: 'Zur Tafel hinzufügen' }).click();
  await expect(dialog).toBeHidden();

  const notes = page.getByRole('article', { name: 'Field Notes' });
  await expect(notes.getByText('Version 1.4.0 (Build 45)')).toBeVisible();
  await expect(
    notes.getByText(/^Veröffentlicht vor \d+ (Tag|Tagen|Monat|Monaten|Jahr|Jahren) \(/),
  ).toBeVisible();
  await expect(
    notes.getByRole('img', { name: 'QR-Code zum Installieren von Field Notes' }),
  ).toBeVisible();
  const parcel = page.getByRole('article', { name: 'Parcel Tracker' });
  await expect(parcel.getByRole('region', { name: 'Funde der Tester' })).toContainText(
    /Tester bei der Arbeit|Abgeschlossen/,
  );
  await expect(
    parcel.getByText(/^(\d+ offene Fehler|1 offener Fehler|Keine offenen Fehler)$/),
  ).toBeVisible();
  await expect(
    parcel.getByRole('img', { name: /Bestanden in den letzten \d+ Läufen: \d+ %/ }),
  ).toBeVisible();
  await expect(notes.getByText(/^Aktualisiert (gerade eben|vor \d+ s)$/)).toBeVisible();
  await expect(page.getByLabel('Die Tafel aktualisiert sich alle')).toContainText('30 Sekunden');
  await checkAndShoot(app, 'board');
});

test('App status and Settings speak German', async ({ app }) => {
  const { page } = app;
  await openView(page, 'App-Status');
  await page.getByLabel('App-Token').fill(SEED_APP_TOKENS.fieldNotesIos);
  await page.getByRole('button', { name: 'Prüfen' }).click();
  const latest = page.getByRole('definition').filter({ hasText: GERMAN_DATE });
  await expect(latest).toContainText(/\(vor \d+ (Tag|Tagen)\)/);
  await expect(page.getByRole('button', { name: /^Installationslink kopieren/ })).toBeVisible();
  await checkAndShoot(app, 'status');

  await openView(page, 'Einstellungen');
  await expect(page.getByRole('heading', { name: 'Netzwerk' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beobachtete Ordner' })).toBeVisible();
  await expect(page.getByLabel('Gleichzeitige Uploads')).toHaveValue('4');
  const installr = page.getByRole('group', { name: /^Installr-Konto / });
  await expect(installr.getByText('Sandbox mit Demodaten')).toBeVisible();
  await expect(installr.getByRole('button', { name: 'Verbindung testen' })).toBeVisible();
  await page.getByRole('button', { name: 'Installr verbinden' }).click();
  await expect(page.getByLabel('Kontoname')).toHaveValue('Standard');
  await page.getByRole('button', { name: 'Prüfen und verbinden' }).click();
  await expect(page.getByText('Fügen Sie Ihren Token ein')).toBeVisible();
  await checkAndShoot(app, 'settings');
});
