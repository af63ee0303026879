import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dropFiles, expect, test, type AppFixture } from './fixtures';
import { FULL_APP, FULL_APP_V2, PLAIN_APP } from '../fixtures/android/apps';

const apk = (name: string) => ({ name, buffer: Buffer.from('PK') });

/** Drops a build, sends it to Installr alone and waits until Installr has it. */
async function deliverToInstallr(app: AppFixture, name: string, delivered: number) {
  const { page } = app;
  await dropFiles(page, 'main', [apk(name)]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  await expect(page.getByText('Delivered', { exact: true })).toHaveCount(delivered, {
    timeout: 30_000,
  });
}

test('a build already on Installr is not sent again unless the person asks', async ({ app }) => {
  const { page } = app;
  await deliverToInstallr(app, 'android-plain.apk', 1);

  await dropFiles(page, 'main', [apk('android-plain.apk')]);
  const card = page.getByRole('group', { name: 'Installr' });
  await expect(card).toContainText(/Already on Installr since \d{1,2} \w{3}|\w{3} \d{1,2}/);
  await expect(card).toContainText('(build 1)');
  // The earlier delivery's links, to check what is there before sending again.
  await card.getByRole('button', { name: 'Build file ↗' }).click();
  const platform = app.harness.core.ctx.platform as unknown as { opened: string[] };
  await expect.poll(() => platform.opened).toEqual([expect.stringMatching(/^https?:\/\//)]);
  const installr = page.getByRole('checkbox', { name: 'Installr' });
  await expect(installr).not.toBeChecked(); // remembered from the first send, held back now
  await expect(installr).toBeDisabled();
  await expect(page.getByRole('group', { name: 'Bitbar' })).not.toContainText('Already on');
  await app.screenshot('upload-already-delivered-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-already-delivered-dark');

  await card.getByRole('button', { name: /Send again anyway/ }).click();
  await expect(installr).toBeChecked();
  await expect(page.getByRole('button', { name: 'Send to Installr' })).toBeEnabled();

  // "Send again" in History is the person asking: Installr is not held back then.
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Send again' }).click();
  await expect(card).toContainText('Sending it again.');
  await expect(installr).toBeChecked();
});

test('the diff since the last delivered build, and the update testers will not be offered', async ({
  app,
}) => {
  const { page } = app;
  await deliverToInstallr(app, 'android-full.apk', 1);

  await dropFiles(page, 'main', [apk('android-full-v2.apk')]);
  const since = (version: string, build: number) =>
    page.getByRole('region', { name: `What changed since ${version} (build ${build})` });
  const panel = since(FULL_APP.versionName, FULL_APP.versionCode);
  await expect(panel.locator('li[data-kind="version"]')).toContainText(
    `Version ${FULL_APP.versionName} → ${FULL_APP_V2.versionName}`,
  );
  await expect(panel.locator('li[data-kind="permission-added"]')).toHaveText(
    'Permission android.permission.RECORD_AUDIO added',
  );
  await expect(panel.locator('li[data-kind="abi-removed"]')).toHaveText(
    'Native code for armeabi-v7a removed',
  );
  await expect(panel.locator('li[data-kind="area"]').first()).toContainText(/[+−]\d/);
  await expect(panel.getByRole('alert')).toHaveCount(0); // a real update: nothing to warn of
  await app.screenshot('upload-diff-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('upload-diff-dark');
  await page.setViewportSize({ width: 900, height: 600 });
  await app.screenshot('upload-diff-900x600');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  await expect(page.getByText('Delivered', { exact: true })).toHaveCount(2, { timeout: 30_000 });

  // The older build again, after v2 went out: testers on v2 would never see it.
  await dropFiles(page, 'main', [apk('android-full.apk')]);
  const back = since(FULL_APP_V2.versionName, FULL_APP_V2.versionCode);
  await expect(back.getByRole('alert')).toContainText("testers won't be offered this as an update");
  await expect(page.getByRole('group', { name: 'Installr' })).toContainText('Already on Installr');
  await back.scrollIntoViewIfNeeded();
  await app.screenshot('upload-diff-warning-900x600');
});

test('release notes drafted from the app’s git repository, chosen once', async ({ app }) => {
  const { page, harness } = app;
  // The headless platform answers "choose a folder" with <data folder>/downloads.
  const repo = join(harness.dataDir, 'downloads');
  mkdirSync(repo, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  git('init', '-q');
  git('commit', '-q', '--allow-empty', '-m', 'feat: record voice notes');
  git('commit', '-q', '--allow-empty', '-m', 'fix(upload): resume after sleep');
  git('commit', '-q', '--allow-empty', '-m', 'chore: bump dependencies');
  const firstHead = git('rev-parse', 'HEAD');

  await dropFiles(page, 'main', [apk('android-plain.apk')]);
  await page.getByRole('checkbox', { name: 'Installr' }).check();
  await page.getByRole('button', { name: 'Draft from git' }).click();
  const notes = page.getByLabel('Release notes');
  await expect(notes).toHaveValue(
    'New\n- Record voice notes\n\nFixed\n- Upload: Resume after sleep',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Drafted from 3 commits' }),
  ).toBeVisible();
  expect(harness.settings.read().appRepositories[PLAIN_APP.packageName]).toBe(repo);
  await notes.fill(`${await notes.inputValue()}\n- Edited by hand`);
  await page.getByRole('button', { name: 'Send to Installr' }).click();
  await expect(page.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 30_000 });
  const sent = harness.core.ctx.history.search({ service: 'installr' }).deliveries[0]!;
  expect(sent.commit).toBe(firstHead);

  // The next build: the notes start at the commit the last delivery was made from.
  git('commit', '-q', '--allow-empty', '-m', 'fix: the share sheet on tablets');
  await dropFiles(page, 'main', [apk('android-plain.apk')]);
  await page
    .getByRole('group', { name: 'Installr' })
    .getByRole('button', { name: /Send again anyway/ })
    .click();
  await page.getByRole('button', { name: 'Draft from git' }).click();
  await expect(notes).toHaveValue('Fixed\n- The share sheet on tablets');
  await expect(
    page.getByRole('status').filter({ hasText: 'since the last delivered build' }),
  ).toBeVisible();
});
