import { connectBitbarWithPassword } from '../support/bitbar-sign-in';
import { expect, test } from './fixtures';
import { checkAndShoot, GERMAN_DATE, openView } from './german-check';

/**
 * The Installr, Bitbar and Test IO views on a German OS: German words, German dates and
 * numbers, plurals for one and for several, and nothing cut off at 900×600 although
 * German words run longer. Against the sandbox and the real core.
 */
test.use({ locale: 'de-DE', viewport: { width: 900, height: 600 } });
// Each view is scanned by axe twice (light and dark): slower than one pass through the app.
test.describe.configure({ timeout: 150_000 });

test('Apps and Testers speak German, with German dates and plurals', async ({ app }) => {
  const { page } = app;
  await openView(page, 'Apps');
  await expect(page.getByText('Ihre Apps auf Installr')).toBeVisible();
  await expect(page.getByText('Installr-Konto:')).toBeVisible();
  const builds = page.getByRole('list', { name: 'Builds' });
  await expect(builds.getByRole('listitem')).toHaveCount(3);
  await expect(builds.getByRole('listitem').first()).toContainText('Neuester');
  await expect(builds.getByRole('listitem').first()).toContainText(GERMAN_DATE);
  await expect(builds).toContainText(/\d+ Installationen|1 Installation|Noch nicht installiert/);
  await expect(page.getByRole('button', { name: 'Tester von 1.4.0 (45)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'App-Token' })).toBeVisible();
  await checkAndShoot(app, 'apps');

  await openView(page, 'Tester');
  const team = page.getByRole('list', { name: 'Tester' });
  await expect(team.getByRole('listitem', { name: 'ana.lima@example.com' })).toContainText(
    'Installiert',
  );
  await expect(team.getByRole('listitem', { name: 'dev.patel@example.com' })).toContainText(
    'Einladung gesendet — wartet auf Annahme',
  );
  await expect(page.getByText(/^\d+ Tester · \d+ installiert/)).toBeVisible();

  const emails = page.getByLabel('E-Mail-Adressen');
  await emails.fill('mia.rossi@example.com, ');
  await expect(page.getByText('1 Adresse bereit')).toBeVisible();
  await expect(page.getByRole('button', { name: '1 Tester einladen' })).toBeVisible();
  await emails.fill('mia.rossi@example.com, noah.berg@example');
  await emails.blur();
  await expect(
    page.getByText('„noah.berg@example“ ist keine E-Mail-Adresse (der Teil nach „@“ braucht'),
  ).toBeVisible();
  await checkAndShoot(app, 'testers-invalid');
  await emails.fill('mia.rossi@example.com, noah.berg@example.com');
  await expect(page.getByText('2 Adressen bereit')).toBeVisible();
  await page.getByRole('button', { name: '2 Tester einladen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 Tester eingeladen.' })).toBeVisible();
  await checkAndShoot(app, 'testers');
});

test('Devices speaks German, with German numbers and plurals', async ({ app }) => {
  const { page } = app;
  await openView(page, 'Geräte');
  await expect(page.getByText('2.000 Geräte angezeigt von 2.000')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Öffentliche Gruppen' })).toBeVisible();
  await checkAndShoot(app, 'devices');

  await page.getByRole('button', { name: 'Neue Gerätegruppe' }).click();
  // Main refuses an empty name with the contract's rule; it reads in German here.
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();
  await expect(page.getByText('Geben Sie der Gruppe einen Namen')).toBeVisible();
  await page.getByLabel('Name der Gruppe').fill('Release-Telefone');
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();
  await expect(page.getByText('Noch keine Geräte')).toBeVisible();
  await page.getByRole('button', { name: 'Geräte hinzufügen' }).click();
  const catalog = page.getByRole('region', { name: 'Gerätekatalog' });
  await catalog.getByLabel('Geräte suchen').fill('pixel 7');
  const boxes = catalog.getByRole('list', { name: 'Geräte' }).getByRole('checkbox');
  await boxes.nth(0).check();
  await expect(catalog.getByText('1 Gerät angekreuzt')).toBeVisible();
  await boxes.nth(1).check();
  await expect(catalog.getByText('2 Geräte angekreuzt')).toBeVisible();
  await catalog.getByRole('button', { name: '2 Geräte hinzufügen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 Geräte zu „Release-Telefone“ hinzugefügt.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Meine Gruppen' })).toContainText('2 Geräte');
  await checkAndShoot(app, 'devices-group');
});

test('Bitbar runs speaks German, with German dates and percentages', async ({ app }) => {
  const { page } = app;
  await openView(page, 'Bitbar-Läufe');
  await expect(
    page.getByRole('img', { name: /Erfolgsquote der letzten Läufe: Lauf 1/ }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Konfiguration' })).toBeVisible();
  await checkAndShoot(app, 'bitbar-project');
  for (const [tab, shows] of [
    ['Konfiguration', 'Konfiguration der Testläufe'],
    ['Dateien', 'Dateien auf Bitbar'],
    ['Teilen und Benachrichtigungen', 'E-Mail-Benachrichtigungen'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('heading', { name: shows })).toBeVisible();
    await checkAndShoot(app, `bitbar-${tab.split(' ')[0]!.toLowerCase()}`);
  }

  await page.getByRole('button', { name: 'Alle Läufe' }).click();
  const runs = page.getByRole('list', { name: 'Testläufe' });
  await expect(runs.getByRole('listitem')).toHaveCount(11);
  await expect(runs).toContainText(GERMAN_DATE);
  // German percentages carry a space before the sign: "83 % bestanden".
  await expect(runs).toContainText(/\d+\s% bestanden/);
  await checkAndShoot(app, 'bitbar-runs');

  await runs.getByRole('button', { name: /Nightly latest/ }).click();
  await expect(page.getByRole('heading', { name: /Lauf 8 · Nightly latest/ })).toBeVisible();
  await expect(page.getByText(/^\d+ von \d+ Geräten fertig \(\d+\s%\)$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Berichte und Bildschirmfotos' })).toBeVisible();
  await page.getByRole('list', { name: 'Geräteläufe' }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { name: 'Was geschah' })).toBeVisible();
  await checkAndShoot(app, 'bitbar-run');
});

test('Test IO speaks German, with German plurals', async ({ app }) => {
  const { page } = app;
  await openView(page, 'Test IO');
  await expect(page.getByText('Produkte, die Sie mit Test IO testen')).toBeVisible();
  await checkAndShoot(app, 'testio-products');
  await page.getByRole('button', { name: /Northwind Shop/ }).click();
  await expect(page.getByRole('button', { name: 'Umgebungen' })).toBeVisible();
  const spring = page.getByRole('button', { name: /Spring release regression/ });
  await expect(spring).toContainText('Coverage-Test');
  await expect(spring).toContainText('6 Bugs');
  await expect(spring).toContainText(GERMAN_DATE);
  await expect(spring).toContainText('Beendet');
  await checkAndShoot(app, 'testio-product');

  await spring.click();
  await expect(
    page.getByRole('heading', { name: 'Spring release regression', level: 1 }),
  ).toBeVisible();
  const facts = page.getByRole('definition');
  await expect(facts.filter({ hasText: '28 Stunden' })).toBeVisible();
  await expect(facts.filter({ hasText: GERMAN_DATE }).first()).toBeVisible();
  await expect(page.getByText('Gemeldete Bugs')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bugs aus diesem Test' })).toBeVisible();
  await checkAndShoot(app, 'testio-test');
  await page.getByRole('button', { name: 'Ablehnen…' }).first().click();
  const reject = page.getByRole('dialog', { name: 'Diesen Bug ablehnen?' });
  await expect(reject.getByLabel('Grund')).toHaveValue('not_reproducible');
  await reject.getByRole('button', { name: 'Bug ablehnen' }).click();
  await expect(
    reject.getByText('Sagen Sie dem Tester, warum der Bug abgelehnt wird'),
  ).toBeVisible();
  await app.screenshot('de-testio-reject-light');
  await reject.getByRole('button', { name: 'Abbrechen' }).click();
  await page.getByRole('button', { name: '← Alle Tests' }).click();

  await page.getByRole('button', { name: 'Bugs', exact: true }).click();
  await expect(page.getByLabel('Exportstatus')).toBeVisible();
  const bug = page.getByRole('article', { name: /App crashes when rotating/ });
  await expect(bug).toContainText('Funktionsfehler');
  await expect(bug).toContainText('Gemeldet von Lena W.');
  await expect(bug).toContainText('Zu prüfen');
  await expect(bug.getByRole('button', { name: 'Annehmen' })).toBeVisible();
  await checkAndShoot(app, 'testio-bugs');

  await page.getByRole('button', { name: 'Neuer Test' }).click();
  await expect(page.getByRole('heading', { name: 'Neuer Test', level: 1 })).toBeVisible();
  await expect(page.getByText('Schnelles Feedback in wenigen Stunden')).toBeVisible();
  await checkAndShoot(app, 'testio-new-test');
});

test('the Bitbar sign-in asks in German, and says why a password was refused', async ({ app }) => {
  const { page, harness } = app;
  const { connected, emulator } = await connectBitbarWithPassword(harness);
  expect(connected.ok).toBe(true);
  await openView(page, 'Geräte');
  await expect(page.getByRole('region', { name: 'Meine Gruppen' })).toContainText(
    'Smoke test phones',
  );
  emulator.bitbar.auth.revokeSessions();
  await page.getByRole('button', { name: 'Neue Gerätegruppe' }).click();
  await page.getByLabel('Name der Gruppe').fill('Nach der Anmeldung');
  await page.getByRole('button', { name: 'Gruppe anlegen' }).click();

  const dialog = page.getByRole('dialog', { name: 'Erneut bei Bitbar anmelden' });
  await expect(dialog).toContainText('Ihre Bitbar-Sitzung für demo@bitbar.example ist abgelaufen');
  await dialog.getByLabel('Passwort').fill('falsch');
  await dialog.getByRole('button', { name: 'Anmelden' }).click();
  await expect(dialog.getByRole('alert')).not.toBeEmpty();
  await expect(dialog.getByRole('alert')).not.toContainText('did not accept');
  await app.screenshot('de-bitbar-sign-in-light');
  await dialog.getByLabel('Passwort').fill(emulator.demoUser.password);
  await dialog.getByRole('button', { name: 'Anmelden' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Meine Gruppen' })).toContainText(
    'Nach der Anmeldung',
  );
});
