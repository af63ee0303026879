import type { Locator, Page } from '@playwright/test';
import { SEED_APP_TOKENS } from '../../main/sandbox/installr/emulator';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { profileBuild } from '../../main/core/diff/build-profile';
import { accountKeyOf } from '../../main/core/history/record-job';
import { fixture } from '../fixtures/index';
import { delivery } from '../support/deliveries';
import { dropFiles, expect, pickParcelTracker, type AppFixture } from './fixtures';

/**
 * Every main view, opened from the sidebar as a person would and brought to a state with
 * content (a dropped build, a board card, a selected group, an open run…), so checks that
 * walk all views (axe, layout) see what people see rather than empty placeholders.
 */
export interface ViewStop {
  /** File-name friendly, e.g. "bitbar-run". */
  slug: string;
  /** Brings a freshly opened app to this view's content state. */
  open(app: AppFixture): Promise<void>;
  /** Elements a person needs here: each must be fully inside the window at 900×600. */
  keyParts(page: Page): Locator[];
  /** Names that must show whole at 900×600, not end in an ellipsis. */
  wholeNames?(page: Page): Locator;
}

async function openView(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** Drops the small demo APK on the window, as from the desktop. */
export async function dropDemoBuild(page: Page): Promise<void> {
  await dropFiles(page, 'main', [{ name: 'android-plain.apk', buffer: Buffer.from('PK') }]);
  await expect(page.getByRole('region', { name: 'Dropped build' })).toBeVisible();
}

async function openBitbarProject(page: Page): Promise<void> {
  await openView(page, 'Bitbar runs');
  await page
    .getByRole('listbox', { name: 'Projects' })
    .getByRole('option', { name: /Movies app \(Android\)/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Movies app (Android)', level: 2 })).toBeVisible();
}

export const viewTour: ViewStop[] = [
  {
    slug: 'history',
    open: async ({ page, harness }) => {
      harness.core.ctx.history.recordMany(
        Array.from({ length: 60 }, (_, n) =>
          delivery(n, {
            service: (['installr', 'testio', 'bitbar', 'productscience'] as const)[n % 4],
            appName: n % 3 ? 'Parcel Tracker' : 'Field Notes with a rather long name',
            fileName: `parcel-tracker-release-build-${n}-signed-aligned.apk`,
            outcome: n % 9 === 0 ? 'failed' : 'delivered',
            error: n % 9 === 0 ? 'Bitbar refused the file: the project is for iOS apps.' : null,
          }),
        ),
      );
      await openView(page, 'History');
      await expect(page.getByText('1–50 of 60')).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('search', { name: 'Filter deliveries' }),
      page.getByRole('button', { name: 'Export CSV…' }),
      page.getByRole('button', { name: 'Older' }),
    ],
  },
  {
    slug: 'upload',
    open: async ({ page }) => {
      await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
      await dropDemoBuild(page);
      for (const service of ['Installr', 'Test IO', 'Bitbar', 'Product Science']) {
        await page.getByRole('checkbox', { name: service }).check();
      }
      await expect(page.getByRole('group', { name: 'Upload as' })).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('region', { name: 'Dropped build' }),
      page.getByRole('group', { name: 'Upload as' }),
      page.getByLabel('Release notes'),
    ],
  },
  {
    slug: 'upload-history',
    open: async ({ page, harness }) => {
      // The app's previous build went to Installr; these very bytes are on Bitbar already.
      const { ctx } = harness.core;
      const earlier = await profileBuild(fixture('android-full.apk'));
      const bitbar = ctx.accounts.summary('bitbar');
      ctx.history.recordMany([
        delivery(1, {
          appId: earlier.id,
          version: earlier.version,
          build: earlier.build,
          profile: earlier,
        }),
        delivery(2, {
          service: 'bitbar',
          account: bitbar.label,
          accountKey: accountKeyOf(bitbar),
          appId: earlier.id,
          build: '2147483001',
          sha256: createHash('sha256')
            .update(readFileSync(fixture('android-full-v2.apk')))
            .digest('hex'),
        }),
      ]);
      await expect(page.getByRole('heading', { name: 'Upload', level: 1 })).toBeVisible();
      await dropFiles(page, 'main', [{ name: 'android-full-v2.apk', buffer: Buffer.from('PK') }]);
      await page.getByRole('checkbox', { name: 'Installr' }).check();
      await expect(page.getByRole('group', { name: 'Bitbar' })).toContainText('Already on Bitbar');
    },
    keyParts: (page) => [
      page.getByRole('region', { name: /^What changed since/ }),
      page.getByRole('button', { name: 'Draft from git' }),
      page.getByRole('button', { name: /Send again anyway/ }),
    ],
  },
  {
    slug: 'board',
    open: async ({ page }) => {
      await openView(page, 'Status board');
      await page.getByRole('button', { name: 'Add an app' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Add an app to the board' });
      await pickParcelTracker(dialog);
      await dialog.getByRole('button', { name: 'Add to board' }).click();
      await expect(dialog).toBeHidden();
      await page.getByRole('button', { name: 'Add an app' }).click();
      await dialog.getByLabel('App token').fill(SEED_APP_TOKENS.fieldNotesIos);
      await dialog.getByRole('button', { name: 'Add to board' }).click();
      await expect(dialog).toBeHidden();
      const parcel = page.getByRole('article', { name: 'Parcel Tracker' });
      await expect(parcel.getByText('Version 2.1.0 (build 210)')).toBeVisible();
      await expect(parcel.getByText(/\d+ open bugs?/)).toBeVisible();
      await expect(
        parcel.getByRole('img', { name: /Passed over the last \d+ runs/ }),
      ).toBeVisible();
      await expect(
        page.getByRole('article', { name: 'Field Notes' }).getByText('Version 1.4.0 (build 45)'),
      ).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('heading', { name: 'Status board', level: 1 }),
      page.getByRole('button', { name: 'Add an app' }),
    ],
  },
  {
    slug: 'apps',
    open: async ({ page }) => {
      await openView(page, 'Apps');
      await expect(page.getByRole('list', { name: 'Builds' }).getByRole('listitem')).toHaveCount(3);
      await expect(page.getByRole('list', { name: 'Activity' })).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('listbox', { name: 'Apps' }),
      page.getByRole('list', { name: 'Builds' }),
    ],
  },
  {
    slug: 'testers',
    open: async ({ page }) => {
      await openView(page, 'Testers');
      await expect(
        page
          .getByRole('list', { name: 'Testers' })
          .getByRole('listitem', { name: 'ana.lima@example.com' }),
      ).toBeVisible();
    },
    keyParts: (page) => [
      page.getByLabel('Email addresses'),
      page.getByRole('button', { name: /^Invite/ }),
      page.getByRole('list', { name: 'Testers' }),
    ],
  },
  {
    slug: 'status',
    open: async ({ page }) => {
      await openView(page, 'App status');
      await page.getByLabel('App token').fill(SEED_APP_TOKENS.fieldNotesIos);
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.getByRole('heading', { name: 'Field Notes' })).toBeVisible();
    },
    keyParts: (page) => [
      page.getByLabel('App token'),
      page.getByRole('button', { name: /Copy install link/ }),
    ],
  },
  {
    slug: 'testio',
    open: async ({ page }) => {
      await openView(page, 'Test IO');
      await expect(page.getByRole('button', { name: /Northwind Shop/ })).toBeVisible();
    },
    keyParts: (page) => [page.getByRole('button', { name: /Northwind Shop/ })],
  },
  {
    slug: 'testio-bugs',
    open: async ({ page }) => {
      await openView(page, 'Test IO');
      await page.getByRole('button', { name: /Northwind Shop/ }).click();
      await page.getByRole('button', { name: 'Bugs', exact: true }).click();
      await expect(
        page.getByLabel('Bugs', { exact: true }).getByRole('article').first(),
      ).toBeVisible();
    },
    keyParts: (page) => [
      page.getByLabel('Test', { exact: true }),
      page.getByLabel('Bugs', { exact: true }).getByRole('article').first(),
    ],
  },
  {
    slug: 'testio-new-test',
    open: async ({ page }) => {
      await openView(page, 'Test IO');
      await page.getByRole('button', { name: /Northwind Shop/ }).click();
      await page.getByRole('button', { name: 'New test' }).click();
      await expect(page.getByRole('form', { name: 'New test' })).toBeVisible();
    },
    keyParts: (page) => [page.getByRole('form', { name: 'New test' }).getByLabel('Title')],
  },
  {
    slug: 'devices',
    open: async ({ page }) => {
      await openView(page, 'Devices');
      await page
        .getByLabel('Project', { exact: true })
        .selectOption({ label: 'Movies app (Android)' });
      await expect(page.getByRole('region', { name: 'Public groups' })).toContainText(
        'Free Android devices',
      );
      await page
        .getByRole('listbox', { name: 'My groups' })
        .getByRole('option', { name: /Smoke test phones/ })
        .click();
      await expect(
        page.getByRole('heading', { name: 'Smoke test phones', level: 2, exact: true }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Add devices' }).click();
      const catalog = page.getByRole('region', { name: 'Device catalog' });
      await expect(
        catalog.getByRole('list', { name: 'Devices' }).getByRole('checkbox').first(),
      ).toBeVisible();
    },
    keyParts: (page) => [
      page.getByLabel('Search devices'),
      page.getByRole('region', { name: 'Device catalog' }).getByRole('checkbox').first(),
    ],
    wholeNames: (page) =>
      page
        .getByRole('list', { name: 'Devices in this group' })
        .locator('.device-name')
        .or(page.locator('.group-name')),
  },
  {
    slug: 'bitbar-project',
    open: async ({ page }) => {
      await openBitbarProject(page);
      await expect(
        page.getByRole('list', { name: 'Test runs' }).getByRole('listitem').first(),
      ).toBeVisible();
    },
    wholeNames: (page) => page.getByRole('listbox', { name: 'Projects' }).locator('.device-name'),
    keyParts: (page) => [
      page.getByRole('listbox', { name: 'Projects' }),
      page.getByLabel('Run name'),
      page.getByRole('list', { name: 'Test runs' }).getByRole('listitem').first(),
    ],
  },
  {
    slug: 'bitbar-config',
    open: async ({ page }) => {
      await openBitbarProject(page);
      await page.getByRole('tab', { name: 'Config' }).click();
      await expect(page.getByLabel('What runs')).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('tablist', { name: 'Project sections' }),
      page.getByRole('button', { name: 'Save config' }),
    ],
  },
  {
    slug: 'bitbar-run',
    open: async ({ page }) => {
      await openBitbarProject(page);
      await page.getByRole('list', { name: 'Test runs' }).getByRole('button').first().click();
      await expect(page.getByLabel('New tag')).toBeVisible();
    },
    keyParts: (page) => [page.getByLabel('New tag')],
  },
  {
    slug: 'bitbar-all-runs',
    open: async ({ page }) => {
      await openView(page, 'Bitbar runs');
      await page.getByRole('button', { name: 'All runs' }).click();
      await expect(
        page.getByRole('list', { name: 'Test runs' }).getByRole('listitem').first(),
      ).toBeVisible();
    },
    keyParts: (page) => [
      page.getByRole('list', { name: 'Test runs' }).getByRole('listitem').first(),
    ],
  },
  {
    slug: 'settings',
    open: async ({ page }) => {
      await openView(page, 'Settings');
      await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    },
    keyParts: (page) => [page.getByRole('button', { name: 'Connect Installr' })],
  },
];
