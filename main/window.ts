import { BrowserWindow, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { externalHref } from './core/platform';

const RENDERER = join(import.meta.dirname, '../renderer/index.html');
const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');

/** The main window, locked down per Electron's security checklist. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 880,
    minHeight: 560,
    title: 'Dropship',
    show: false,
    backgroundColor: '#00000000',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const contents = window.webContents;
  // Nothing navigates away from the app (a file dropped outside the drop zone would);
  // links open in the browser, https only.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const href = externalHref(url);
    if (href?.startsWith('https://')) void shell.openExternal(href);
    return { action: 'deny' };
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER);
  return window;
}

/** Only our window's top frame, showing our own page, may call main. */
export function isTrustedSender(window: BrowserWindow, event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    !window.isDestroyed() &&
    event.sender.id === window.webContents.id &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url === pathToFileURL(RENDERER).href
  );
}
