import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow } from '../../main/window';
import { BrowserWindow, resetElectronFake, shell } from './electron-fake';

beforeEach(resetElectronFake);

/** The window createMainWindow made, as the fake recorded it. */
function made(): BrowserWindow {
  createMainWindow();
  const window = BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was made');
  return window;
}
/** Emits a cancellable event the way Electron does; says whether main prevented it. */
function prevented(target: { emit(name: string, ...args: unknown[]): boolean }, name: string) {
  let wasPrevented = false;
  target.emit(name, { preventDefault: () => (wasPrevented = true) }, 'https://example.com/');
  return wasPrevented;
}

describe('createMainWindow', () => {
  it('locks the page down: isolated, sandboxed, no Node, our preload', () => {
    const window = made();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: resolve('preload/index.cjs'),
    });
    expect(window.loadedFile).toBe(resolve('renderer/index.html'));
  });

  it('never navigates away or follows a redirect', () => {
    const window = made();
    expect(prevented(window.webContents, 'will-navigate')).toBe(true);
    expect(prevented(window.webContents, 'will-redirect')).toBe(true);
  });

  it('opens no window of its own: https links go to the browser, nothing else does', () => {
    const handler = made().webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://installr.example/app/1' })).toEqual({ action: 'deny' });
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual(['https://installr.example/app/1']);
  });

  it('shows the window once it is ready, not before', () => {
    const window = made();
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});
