import { app, clipboard, dialog, Notification, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { externalHref, type DesktopPlatform } from './core/platform';

/** Native save/open dialogs, the system browser and the clipboard, for the core. */
export function electronPlatform(getWindow: () => BrowserWindow | undefined): DesktopPlatform {
  return {
    chooseSavePath: async ({ title, defaultName, extensions }) => {
      const window = getWindow();
      const options = {
        title,
        defaultPath: join(app.getPath('downloads'), defaultName),
        ...(extensions?.length ? { filters: [{ name: extensions.join(', '), extensions }] } : {}),
      };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    chooseFolder: async ({ title }) => {
      const window = getWindow();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    openExternal: async (url) => {
      const href = externalHref(url); // checked again here: nothing else reaches the OS
      if (href) await shell.openExternal(href);
    },
    showInFolder: (path) => shell.showItemInFolder(path),
    writeClipboard: async (text) => clipboard.writeText(text),
    notify: (title, body) => {
      // Some Linux desktops have no notification server: the Upload card still shows it.
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notification.on('click', () => getWindow()?.show());
      notification.show();
    },
  };
}
