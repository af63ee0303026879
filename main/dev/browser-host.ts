import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Core } from '../core/create-core';

let bridgeScript: Promise<string> | undefined;

/** The page-side bridge, bundled once per process. */
function bundleBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [new URL('./browser-bridge.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}

/**
 * Puts the real core behind `window.dropship` in a Chromium page: calls go through a
 * Playwright binding to core.dispatch, events come back through page.evaluate. Used by
 * the e2e tests and by `npm start` where Electron cannot run. Returns the unsubscribe.
 */
export async function hostCoreInPage(page: Page, core: Core, fileDir: string): Promise<() => void> {
  copyIntoPage(page, core);
  await page.exposeBinding('__dropshipInvoke', (_source, channelId: string, input: unknown) =>
    core.dispatch(channelId, input),
  );
  await page.addInitScript((dir) => {
    (window as unknown as { __dropshipFileDir: string }).__dropshipFileDir = dir;
  }, fileDir);
  await page.addInitScript({ content: await bundleBridge() });
  return core.ctx.events.subscribe((event, payload) => {
    page
      .evaluate(
        ([name, data]) =>
          (
            window as unknown as { __dropshipDeliver?: (e: string, p: unknown) => void }
          ).__dropshipDeliver?.(name, data),
        [event, payload] as const,
      )
      .catch(() => undefined); // the page may be navigating or closed
  });
}

/**
 * The browser's stand-in for Electron's clipboard: the core's platform still records the
 * text (e2e tests assert it), and the page's own clipboard gets it when Chromium allows.
 */
function copyIntoPage(page: Page, core: Core): void {
  const platform = core.ctx.platform;
  const record = platform.writeClipboard.bind(platform);
  platform.writeClipboard = async (text) => {
    await record(text);
    await page
      .evaluate((value) => navigator.clipboard?.writeText(value), text)
      .catch(() => undefined); // no focus or no permission: the recorded value stands
  };
}
