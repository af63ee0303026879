import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { t } from './core/i18n/translate';

/**
 * The platform's standard menus, every label in the core's language (Electron's own role
 * labels are English); developer tools only in unpackaged builds. Installed again when
 * the language changes.
 */
export function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const item = (role: MenuItemConstructorOptions['role'], key: MenuKey) => ({
    role,
    label: t(`shell:menu.${key}`, { app: app.name }),
  });
  const separator = { type: 'separator' as const };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            ...item('appMenu', 'app'),
            submenu: [
              item('about', 'about'),
              separator,
              item('services', 'services'),
              separator,
              item('hide', 'hide'),
              item('hideOthers', 'hideOthers'),
              item('unhide', 'unhide'),
              separator,
              item('quit', 'quit'),
            ],
          },
        ]
      : []),
    {
      ...item('fileMenu', 'file'),
      submenu: [isMac ? item('close', 'close') : item('quit', 'quit')],
    },
    {
      ...item('editMenu', 'edit'),
      submenu: [
        item('undo', 'undo'),
        item('redo', 'redo'),
        separator,
        item('cut', 'cut'),
        item('copy', 'copy'),
        item('paste', 'paste'),
        ...(isMac ? [item('pasteAndMatchStyle', 'pasteAndMatchStyle')] : []),
        item('delete', 'delete'),
        separator,
        item('selectAll', 'selectAll'),
      ],
    },
    {
      label: t('shell:menu.view'),
      submenu: [
        item('resetZoom', 'resetZoom'),
        item('zoomIn', 'zoomIn'),
        item('zoomOut', 'zoomOut'),
        separator,
        item('togglefullscreen', 'toggleFullScreen'),
        ...(app.isPackaged ? [] : [separator, item('toggleDevTools', 'toggleDevTools')]),
      ],
    },
    {
      ...item('windowMenu', 'window'),
      submenu: [
        item('minimize', 'minimize'),
        ...(isMac
          ? [item('zoom', 'zoom'), separator, item('front', 'front')]
          : [item('close', 'close')]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

type MenuKey = Exclude<
  {
    [K in Parameters<typeof t>[0]]: K extends `shell:menu.${infer Key}` ? Key : never;
  }[Parameters<typeof t>[0]],
  'view'
>;
