import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CoreOptions } from '../../main/core/create-core';
import { startCoreHarness, type CoreHarness } from '../support/core-harness';
import { serveDirectory } from '../../main/dev/static-server';
import { hostCoreInPage } from '../../main/dev/browser-host';
import type { SandboxOptions } from '../../main/sandbox';
import { FIXTURE_DIR } from '../fixtures/index';

/** The repository's generated test builds (test/fixtures/builds). */
export const FIXTURE_BUILDS = FIXTURE_DIR;
const SCREENS = resolve('test-results/screens');

export interface AppFixture {
  page: Page;
  harness: CoreHarness;
  /** Saves a screenshot to test-results/screens/<name>.png (look at it!). */
  screenshot(name: string): Promise<string>;
  /** Maps a file name the page will drop to its real path (default: the fixtures dir). */
  registerFile(name: string, path: string): Promise<void>;
}

/**
 * `app`: the built renderer in Chromium with the real core and a fresh sandbox behind
 * window.dropship — the same bridge factory as the preload, over Playwright bindings.
 */
export const test = base.extend<{
  app: AppFixture;
  sandboxOptions: SandboxOptions;
  watchTiming: CoreOptions['watch'];
}>({
  sandboxOptions: [{}, { option: true }],
  watchTiming: [undefined, { option: true }],
  app: async ({ page, sandboxOptions, watchTiming, locale }, use) => {
    const harness = await startCoreHarness({
      sandbox: sandboxOptions,
      ...(watchTiming ? { watch: watchTiming } : {}),
      // As in the app: main speaks the OS's language (the page's), unless Settings says otherwise.
      systemLocale: locale ?? 'en-US',
    });
    const site = await serveDirectory(resolve('dist/renderer'));
    const unsubscribe = await hostCoreInPage(page, harness.core, FIXTURE_BUILDS);
    await page.goto(site.url);
    await mkdir(SCREENS, { recursive: true });
    await use({
      page,
      harness,
      screenshot: async (name) => {
        const path = `${SCREENS}/${name}.png`;
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      registerFile: async (name, path) => {
        await page.evaluate(
          ([fileName, filePath]) => {
            const w = window as unknown as { __dropshipFilePaths?: Record<string, string> };
            w.__dropshipFilePaths = { ...w.__dropshipFilePaths, [fileName]: filePath };
          },
          [name, path] as const,
        );
      },
    });
    unsubscribe();
    await site.close();
    await harness.close();
  },
});

/** In the board's "Add an app" dialog: Parcel Tracker from the sandbox account, with a Test IO product and a Bitbar project. */
export async function pickParcelTracker(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Pick from your account' }).click();
  await dialog
    .getByLabel('App', { exact: true })
    .selectOption({ label: 'Parcel Tracker — Version 2.1.0 (build 210)' });
  await dialog
    .getByLabel('Test IO product (optional)')
    .selectOption({ label: 'Northwind Shop — Website' });
  await dialog
    .getByLabel('Bitbar project (optional)')
    .selectOption({ label: 'Movies app (Android) — Android' });
}

/** Ticks all four services for a dropped Android build, with the sandbox's demo projects. */
export async function chooseAllFourServices(page: Page): Promise<void> {
  for (const name of ['Installr', 'Test IO', 'Bitbar', 'Product Science']) {
    await page.getByRole('checkbox', { name }).check();
  }
  await page
    .getByRole('group', { name: 'Bitbar' })
    .getByLabel('Project')
    .selectOption({ label: 'Movies app (Android)' });
  await page
    .getByRole('group', { name: 'Product Science' })
    .getByLabel('Project')
    .fill('demo-android');
}

/** Drops files on an element the way a person drags them from the desktop. */
export async function dropFiles(
  page: Page,
  selector: string,
  files: { name: string; mimeType?: string; buffer: Buffer }[],
) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list)
        transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
      return transfer;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType ?? '', bytes: [...f.buffer] })),
  );
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await page.dispatchEvent(selector, type, { dataTransfer });
  }
}

export { expect };
