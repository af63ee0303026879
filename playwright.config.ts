import { defineConfig } from '@playwright/test';
import { findBrowser, launchOptionsFor } from './main/dev/browser-choice.mjs';

// The browser `npm test` chose and announced (main/dev/ensure-deps.mjs): CHROMIUM_PATH,
// Debian's Chromium, an installed Chrome or Edge, or Playwright's own download. The flags
// keep a headless Chromium off the network.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  outputDir: 'test-results/playwright',
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 800 },
    launchOptions: {
      ...launchOptionsFor(findBrowser()),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
});
