import { describe, expect, it } from 'vitest';
import { findBrowser, launchOptionsFor } from '../../../main/dev/browser-choice.mjs';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('the browser the UI tests run in', () => {
  it('takes CHROMIUM_PATH first, as given', () => {
    const choice = findBrowser({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      platform: 'linux',
      exists: only('/usr/bin/chromium'),
    });
    expect(launchOptionsFor(choice)).toEqual({ executablePath: '/opt/my/chrome' });
  });

  it("takes Debian's Chromium before an installed Chrome", () => {
    const choice = findBrowser({
      env: {},
      platform: 'linux',
      exists: only('/usr/bin/chromium', '/opt/google/chrome/chrome'),
    });
    expect(launchOptionsFor(choice)).toEqual({ executablePath: '/usr/bin/chromium' });
  });

  it('uses the chrome channel on a Mac with Chrome, without assuming apt', () => {
    const choice = findBrowser({
      env: {},
      platform: 'darwin',
      exists: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    });
    expect(launchOptionsFor(choice)).toEqual({ channel: 'chrome' });
    expect(choice.label).toContain('Google Chrome');
  });

  it('finds Edge under Program Files on Windows', () => {
    const choice = findBrowser({
      env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
      platform: 'win32',
      exists: (path) => path.endsWith('Microsoft\\Edge\\Application\\msedge.exe'),
    });
    expect(launchOptionsFor(choice)).toEqual({ channel: 'msedge' });
  });

  it("falls back to Playwright's own Chromium when nothing is installed", () => {
    const choice = findBrowser({ env: {}, platform: 'win32', exists: () => false });
    expect(launchOptionsFor(choice)).toEqual({});
    expect(choice.label).toBe("Playwright's own Chromium");
  });
});
