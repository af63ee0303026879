import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_RETRY_POLICY } from '../../main/core/http/client';
import { expect, test } from './fixtures';

test.use({ sandboxOptions: { bitbar: { stepMs: 60 } } });

test('builds a device group from the catalog, refuses a device of the other OS, sets it on a project and runs it', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(page.getByText('2,000 devices shown of 2,000')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Public groups' })).toContainText(
    'Free Android devices',
  );
  await app.screenshot('bitbar-catalog-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('bitbar-catalog-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Create the group.
  await page.getByRole('button', { name: 'New device group' }).click();
  await page.getByLabel('Group name').fill('Release phones');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(
    page.getByRole('heading', { name: 'Release phones', level: 2, exact: true }),
  ).toBeVisible();
  await expect(page.getByText('No devices yet')).toBeVisible();

  // Search the catalog and add three devices.
  await page.getByRole('button', { name: 'Add devices' }).click();
  const catalog = page.getByRole('region', { name: 'Device catalog' });
  await catalog.getByLabel('Search devices').fill('pixel 7');
  const boxes = catalog.getByRole('list', { name: 'Devices' }).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  const names: string[] = [];
  for (let i = 0; i < 3; i++) {
    const box = boxes.nth(i);
    names.push(((await box.getAttribute('aria-label')) ?? '').split(',')[0]!);
    await box.check();
  }
  await catalog.getByRole('button', { name: 'Add 3 devices' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 3 devices to “Release phones”.' }),
  ).toBeVisible();
  const members = page.getByRole('list', { name: 'Devices in this group' });
  await expect(members.getByRole('listitem')).toHaveCount(3);
  for (const name of names) await expect(members).toContainText(name);
  await expect(page.getByRole('region', { name: 'My groups' })).toContainText('3 devices');

  // An iPhone is refused, with the reason (the list shows Android only until asked for All).
  await catalog
    .getByRole('group', { name: 'Operating system' })
    .getByRole('button', { name: 'All' })
    .click();
  await catalog.getByLabel('Search devices').fill('iphone 15');
  await boxes.first().check();
  await catalog.getByRole('button', { name: 'Add 1 device' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'runs iOS; “Release phones” takes Android devices only.',
  );
  await expect(members.getByRole('listitem')).toHaveCount(3);

  // Remove one.
  await members.getByRole('button', { name: `Remove ${names[0]}` }).click();
  await expect(members.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: `Removed ${names[0]}` })).toBeVisible();

  // Rename.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name').fill('RC phones');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(
    page.getByRole('heading', { name: 'RC phones', level: 2, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'My groups' })).toContainText('RC phones');

  // Set it on a project.
  await page
    .getByLabel('Run a project on this group')
    .selectOption({ label: 'Movies app (Android)' });
  await page.getByRole('button', { name: 'Use for this project' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'New runs of the project will use “RC phones”.' }),
  ).toBeVisible();
  await catalog.getByLabel('Search devices').fill('pixel');
  await app.screenshot('bitbar-group-editor-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('bitbar-group-editor-dark');

  await page.emulateMedia({ colorScheme: 'light' });

  // Start a run on the project and watch it finish on the new group's two devices.
  await page.getByRole('button', { name: 'Bitbar runs' }).click();
  await page.getByRole('option', { name: /Movies app \(Android\)/ }).click();
  await page.getByLabel('Run name').fill('RC smoke');
  await page.getByRole('button', { name: 'Start run' }).click();
  await expect(page.getByRole('heading', { name: /Run 9 · RC smoke/ })).toBeVisible();
  await expect(page.getByText(/^Finished( — .+)?$/)).toBeVisible({ timeout: 20_000 });
  const deviceRuns = page.getByRole('list', { name: 'Device runs' }).getByRole('listitem');
  await expect(deviceRuns).toHaveCount(2);
  for (const name of names.slice(1))
    await expect(page.getByRole('list', { name: 'Device runs' })).toContainText(name);
  await expect(page.getByText(/2 of 2 devices done \(100%\)/)).toBeVisible();
  await expect(deviceRuns.first()).toContainText(
    /Passed|Failed|Passed with warnings|Skipped: device unavailable/,
  );

  // A device run's timeline, performance and screenshots.
  const ran = deviceRuns.filter({ hasNotText: 'Skipped' }).first();
  await ran.getByRole('button').click();
  const timeline = page.getByRole('region', { name: 'What happened' });
  await expect(timeline).toContainText('Running tests');
  await expect(timeline).toContainText('Processing results');
  await expect(page.getByRole('img', { name: /CPU peaked at \d+%/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Screenshots' })).toContainText('.png');
  const folder = await mkdtemp(join(tmpdir(), 'bitbar-e2e-'));
  await page.getByLabel('Save downloads to').fill(folder);
  await page.getByRole('button', { name: 'Download JUnit results' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(saved).toContainText(folder);
  const junit = (await saved.locator('code').textContent())!;
  expect(await readFile(junit, 'utf8')).toContain('<testsuite');
  // The view scrolls inside <main>: a tall window shows the whole run at once.
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.getByRole('heading', { name: /Run 9 · RC smoke/ }).scrollIntoViewIfNeeded();
  await app.screenshot('bitbar-run-finished-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('bitbar-run-finished-dark');

  const emulator = app.harness.sandbox.services.bitbar!.emulator;
  expect(emulator.requests.some((r) => r.path.endsWith('/config') && r.method === 'POST')).toBe(
    true,
  );
});

test('rolls an optimistic change back, with the reason, when Bitbar refuses it', async ({
  app,
}) => {
  const { page } = app;
  const emulator = app.harness.sandbox.services.bitbar!.emulator;
  await page.getByRole('button', { name: 'Devices' }).click();
  await expect(page.getByText('2,000 devices shown of 2,000')).toBeVisible();
  await page
    .getByRole('listbox', { name: 'My groups' })
    .getByRole('option', { name: /Smoke test phones/ })
    .click();
  const members = page.getByRole('list', { name: 'Devices in this group' });
  await expect(members.getByRole('listitem')).toHaveCount(4);

  await page.getByRole('button', { name: 'Add devices' }).click();
  const catalog = page.getByRole('region', { name: 'Device catalog' });
  await catalog.getByLabel('Search devices').fill('galaxy s24');
  await catalog.getByRole('list', { name: 'Devices' }).getByRole('checkbox').first().check();
  emulator.faults.failNext(1, {
    status: 503,
    pathIncludes: '/device-groups/',
    body: { statusCode: 503, message: 'Service temporarily unavailable' },
  });
  await catalog.getByRole('button', { name: 'Add 1 device' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Nothing was added: Bitbar: Service temporarily unavailable Bitbar is having trouble; try again in a moment.',
  );
  await expect(members.getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'My groups' })).toContainText('4 devices');

  const first = (await members
    .getByRole('listitem')
    .first()
    .locator('.device-name')
    .textContent())!;
  // A DELETE is idempotent: the HTTP client retries it, so the outage outlasts its retries.
  emulator.faults.failNext(CALL_RETRY_POLICY.maxAttempts, {
    status: 503,
    pathIncludes: '/device-groups/',
    body: { statusCode: 503, message: 'Service temporarily unavailable' },
  });
  await members.getByRole('button', { name: `Remove ${first}` }).click();
  await expect(page.getByRole('alert')).toContainText(`${first} is still in the group`);
  await expect(members.getByRole('listitem')).toHaveCount(4);
});
