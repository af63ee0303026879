import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import type { HeadlessPlatform } from '../../main/core/platform';
import { PLAIN_APP } from '../fixtures/android/apps';
import { fixture } from '../fixtures/index';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

async function axeFindsNothing(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// Short quiet period and poll, given when the core is built, as the app gives its defaults.
test.use({ watchTiming: { settleMs: 500, pollMs: 100 } });

test('a build written in chunks into a watched folder is offered in Upload and opens in the drop flow', async ({
  app,
}) => {
  const { page, harness } = app;
  const folder = await mkdtemp(join(tmpdir(), 'dropship-watched-'));
  // The system folder dialog, answered by the test.
  (harness.core.ctx.platform as HeadlessPlatform).nextFolder = folder;

  await openView(page, 'Settings');
  await page.getByRole('button', { name: 'Add folder…' }).click();
  const folders = page.getByRole('list', { name: 'Watched folders' });
  await expect(folders.getByText(folder, { exact: true })).toBeVisible();
  expect(harness.settings.read().watch.folders).toEqual([folder]);
  const auto = page.getByRole('switch', { name: /Deliver new builds automatically/ });
  await expect(auto).not.toBeChecked();
  await folders.scrollIntoViewIfNeeded();
  await app.screenshot('watched-folders-settings-light');

  // A CI job copying the artifact: four pieces with pauses shorter than the quiet period.
  const bytes = readFileSync(fixture('android-plain.apk'));
  const path = join(folder, 'app-release.apk');
  const chunk = Math.ceil(bytes.length / 4);
  await writeFile(path, bytes.subarray(0, chunk));
  for (let at = chunk; at < bytes.length; at += chunk) {
    await sleep(150);
    await appendFile(path, bytes.subarray(at, at + chunk));
  }

  await openView(page, 'Upload');
  const offered = page.getByRole('list', { name: 'New builds in watched folders' });
  await expect(offered.getByText('app-release.apk')).toBeVisible({ timeout: 10_000 });
  await expect(offered.getByText(`${PLAIN_APP.label} 1.0 (1)`)).toBeVisible();
  await expect(offered.getByText(folder)).toBeVisible();
  await expect(offered.getByText('No services remembered for this app yet')).toBeVisible();
  expect((harness.core.ctx.platform as HeadlessPlatform).notified).toHaveLength(1);
  await app.screenshot('watched-builds-upload-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('watched-builds-upload-dark');
  await axeFindsNothing(page);

  await page.getByRole('button', { name: 'Open app-release.apk' }).click();
  const summary = page.getByRole('region', { name: 'Dropped build' });
  await expect(summary.getByRole('heading', { name: PLAIN_APP.label })).toBeVisible();
  await expect(summary.getByText(PLAIN_APP.packageName)).toBeVisible();
  await expect(offered).toHaveCount(0);

  // The folder disappears: Settings says so, and keeps it.
  await rm(folder, { recursive: true });
  await openView(page, 'Settings');
  await expect(folders.getByText(/is gone\. Dropship will keep looking/)).toBeVisible({
    timeout: 10_000,
  });
  await auto.click();
  await expect(auto).toBeChecked();
  await expect.poll(() => harness.settings.read().watch.autoDeliver).toBe(true);
  await folders.scrollIntoViewIfNeeded();
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.screenshot('watched-folders-settings-dark');
  await axeFindsNothing(page);

  await page.getByRole('button', { name: `Stop watching ${folder}` }).click();
  await expect(folders).toHaveCount(0);
  await expect(page.getByText('No folders yet.')).toBeVisible();
  expect(harness.settings.read().watch.folders).toEqual([]);
});
