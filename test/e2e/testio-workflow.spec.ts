import type { Page } from '@playwright/test';
import type { TestioEmulator } from '../../main/sandbox/testio/emulator';
import { workspaceOf } from '../../main/sandbox/testio/workspace-routes';
import { FIXTURE_BUILDS, expect, test, type AppFixture } from './fixtures';

/** Test IO's clock runs fast here: a 2-hour rapid test takes about ten seconds. */
function testio(app: AppFixture) {
  const emulator = app.harness.sandbox.services.testio!.emulator as TestioEmulator;
  workspaceOf(emulator).pace = { startDelayMs: 1_500, msPerTestHour: 4_000 };
  return emulator;
}

/** The app scrolls inside <main>; grow the window to its content so the shot shows it all. */
async function fullShot(app: AppFixture, name: string) {
  const { page } = app;
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await app.screenshot(name);
  await page.setViewportSize(size);
}

async function openTestio(page: Page) {
  await page.getByRole('button', { name: 'Test IO', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Test IO', level: 1 })).toBeVisible();
}

test('a QA lead creates a product, an environment and a rapid test, watches it run and triages its bugs', async ({
  app,
}) => {
  const { page } = app;
  const emulator = testio(app);
  await openTestio(page);
  await expect(page.getByRole('button', { name: /Northwind Shop/ })).toBeVisible();
  await app.screenshot('testio-products-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('testio-products-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Product
  await page.getByRole('button', { name: 'New product' }).click();
  const productForm = page.getByRole('form', { name: 'New product' });
  await productForm.getByLabel('Name').fill('Lighthouse Tours');
  await productForm.getByLabel('Kind of product').selectOption({ label: 'Website' });
  await productForm.getByLabel('Industry').selectOption({ label: 'Travel and hospitality' });
  await productForm.getByRole('button', { name: 'Create product' }).click();
  await expect(page.getByRole('heading', { name: 'Lighthouse Tours', level: 1 })).toBeVisible();
  await expect(page.getByText('No tests yet')).toBeVisible();

  // Environment
  await page.getByRole('button', { name: 'Environments' }).click();
  await page.getByRole('button', { name: 'New environment' }).click();
  const envForm = page.getByRole('form', { name: 'New environment' });
  await envForm.getByLabel('Environment name').fill('Staging');
  await envForm
    .getByRole('textbox', { name: 'Web address' })
    .fill('https://staging.lighthouse.example');
  await envForm.getByLabel('Username').fill('qa');
  await envForm.getByLabel('Password').fill('harbour-lights');
  await envForm.getByLabel('Access notes').fill('Use the test card 4242 4242 4242 4242');
  await envForm.getByLabel('Testers may place orders and bookings').check();
  await envForm.getByRole('button', { name: 'Save environment' }).click();
  const environments = page.getByLabel('Environments', { exact: true });
  await expect(environments).toContainText('Staging');
  await expect(environments).toContainText('Sign in as qa');
  await expect(environments).toContainText('Orders allowed');
  await expect(environments).not.toContainText('harbour-lights');

  // Rapid test: its default duration is prefilled; the template is the default scope
  await page.getByRole('button', { name: 'New test' }).click();
  const testForm = page.getByRole('form', { name: 'New test' });
  await testForm.getByLabel('Title').fill('Booking smoke check');
  await expect(testForm.getByLabel('Duration in hours')).toHaveValue('28');
  await testForm.getByRole('radio', { name: /Rapid/ }).check();
  await expect(testForm.getByLabel('Duration in hours')).toHaveValue('2');
  await testForm.getByLabel('Goal').fill('Can a visitor book a tour?');
  await expect(testForm.getByLabel('Environment', { exact: true })).toHaveValue(/\d+/);
  await expect(testForm.getByRole('radio', { name: 'A test template' })).toBeChecked();
  // Template XOR features: with a template chosen no feature can be ticked, and this new
  // product has no features to switch to.
  await expect(testForm.getByRole('checkbox')).toHaveCount(0);
  await expect(testForm.getByRole('radio', { name: /Features of this product/ })).toBeDisabled();
  await fullShot(app, 'testio-new-test-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await fullShot(app, 'testio-new-test-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await testForm.getByRole('button', { name: 'Start test' }).click();

  // Watch it run
  await expect(page.getByRole('heading', { name: 'Booking smoke check', level: 1 })).toBeVisible();
  await expect(page.getByText('Waiting to start')).toBeVisible();
  await expect(page.getByText('Testers at work')).toBeVisible({ timeout: 15_000 });
  const bugs = page.getByLabel('Bugs', { exact: true }).getByRole('article');
  await expect(bugs.first()).toBeVisible({ timeout: 15_000 });
  await fullShot(app, 'testio-test-running-light');
  await expect(page.getByText('Finished', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(bugs).toHaveCount(4);

  // Accept one bug: shown at once
  const first = bugs.nth(0);
  await first.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(first.getByText('Accepted', { exact: true })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Mark fixed' })).toBeVisible();

  // Reject another with a reason and a comment
  const second = bugs.nth(1);
  await second.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject this bug?' });
  await dialog.getByRole('button', { name: 'Reject bug' }).click();
  await expect(dialog.getByText('Tell the tester why the bug is rejected')).toBeVisible();
  await dialog.getByLabel('Reason').selectOption({ label: 'Works as designed' });
  await dialog.getByLabel('Comment for the tester').fill('Tours are only bookable a day ahead.');
  await app.screenshot('testio-reject-dialog-light');
  await dialog.getByRole('button', { name: 'Reject bug' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByText('Rejected', { exact: true })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);

  // The service refuses a verdict: the bug goes back and the reason shows beside it
  emulator.faults.failNext(1, {
    status: 422,
    body: { error: 'Validation failed: Bug was already reviewed by a colleague' },
    pathIncludes: '/accept',
  });
  const third = bugs.nth(2);
  await third.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(third.getByRole('alert')).toContainText('Test IO refused to accept bug');
  await expect(third.getByRole('alert')).toContainText('bug was already reviewed by a colleague.');
  await expect(third.getByText('Needs review')).toBeVisible();

  // The report itself, on demand
  await third.getByRole('button', { name: /.+/ }).first().click();
  await expect(third.getByText('What happened')).toBeVisible();
  await fullShot(app, 'testio-triage-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await fullShot(app, 'testio-triage-dark');

  // The verdicts stuck on Test IO's side
  const workspace = workspaceOf(emulator);
  const product = workspace.products.find((p) => p.title === 'Lighthouse Tours')!;
  const reviewed = workspace.bugs.filter((b) => b.product_id === product.id && b.status !== 'new');
  expect(reviewed.map((b) => b.status).sort()).toEqual(['accepted', 'rejected']);
  expect(reviewed.find((b) => b.status === 'rejected')).toMatchObject({
    reject_reason: 'works_as_designed',
    reject_comment: 'Tours are only bookable a day ahead.',
  });
});

test('the product’s bug list filters by test and pages through', async ({ app }) => {
  const { page } = app;
  testio(app);
  await openTestio(page);
  await page.getByRole('button', { name: /Northwind Shop/ }).click();
  await expect(page.getByLabel('Tests', { exact: true })).toContainText(
    'Spring release regression',
  );
  await fullShot(app, 'testio-product-tests-light');
  await page.getByRole('button', { name: 'Bugs', exact: true }).click();
  const bugs = page.getByLabel('Bugs', { exact: true }).getByRole('article');
  await expect(bugs.first()).toBeVisible();
  await page
    .getByLabel('Test', { exact: true })
    .selectOption({ label: 'Spring release regression' });
  await expect(bugs).toHaveCount(6);
  await expect(page.getByLabel('Bugs', { exact: true })).toContainText('Known issue');
  await page.getByLabel('Export', { exact: true }).selectOption({ label: 'Exported' });
  await expect(bugs).toHaveCount(1);
  await expect(bugs.first()).toContainText('Fixed');
  await page.emulateMedia({ colorScheme: 'dark' });
  await fullShot(app, 'testio-product-bugs-dark');
});

test('a refused token explains itself and recovers', async ({ app }) => {
  const { page } = app;
  const emulator = testio(app);
  emulator.faults.failNext(1, { status: 401, body: { error: 'Invalid or missing API token' } });
  await page.getByRole('button', { name: 'Test IO', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Test IO did not accept the API token.');
  await expect(alert).toContainText('Settings → Test IO');
  await app.screenshot('testio-token-refused-light');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: /Northwind Shop/ })).toBeVisible();
});

test('an environment from a build Dropship uploaded to Test IO', async ({ app }) => {
  const { page, harness } = app;
  testio(app);
  const started = await harness.core.dispatch('uploads.start', {
    path: `${FIXTURE_BUILDS}/android-plain.apk`,
    targets: [{ service: 'testio' }],
  });
  expect(started.ok).toBe(true);
  await expect
    .poll(async () => {
      const list = await harness.core.dispatch('uploads.list', undefined);
      return list.ok ? (list.value as { state: string }[])[0]?.state : 'error';
    })
    .toBe('done');

  await openTestio(page);
  await page.getByRole('button', { name: /Northwind for Android/ }).click();
  await page.getByRole('button', { name: 'Environments' }).click();
  await page.getByRole('button', { name: 'New environment' }).click();
  const form = page.getByRole('form', { name: 'New environment' });
  await form.getByLabel('Environment name').fill('Build from Dropship');
  await form.getByRole('radio', { name: 'An app build uploaded to Test IO' }).check();
  const build = form.getByLabel('Uploaded build', { exact: true });
  await expect(build.locator('option', { hasText: 'android-plain.apk' })).toHaveCount(1);
  await expect(form.getByRole('textbox', { name: 'Web address' })).toHaveCount(0);
  await fullShot(app, 'testio-environment-build-light');
  await form.getByRole('button', { name: 'Save environment' }).click();
  await expect(page.getByLabel('Environments', { exact: true })).toContainText(
    /Uploaded build #\d+/,
  );
});
