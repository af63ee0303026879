import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installMenu } from '../../main/menu';
import { onLanguageChanged, useLanguage } from '../../main/core/i18n/translate';
import { app, Menu, resetElectronFake } from './electron-fake';

interface Item {
  role?: string;
  label?: string;
  type?: string;
  submenu?: Item[];
}

const realPlatform = process.platform;
const onPlatform = (platform: NodeJS.Platform) =>
  Object.defineProperty(process, 'platform', { value: platform });

function installed(): Item[] {
  installMenu();
  if (!Menu.current) throw new Error('no application menu set');
  return Menu.current.template as Item[];
}
const roles = (items: Item[] | undefined) => (items ?? []).map((i) => i.role ?? i.type ?? i.label);

beforeEach(resetElectronFake);
afterEach(() => {
  onPlatform(realPlatform);
  useLanguage('en');
});

describe('installMenu', () => {
  it('sets the standard menus; View has zoom, full screen and, unpackaged, developer tools', () => {
    onPlatform('linux');
    const menu = installed();
    expect(roles(menu)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu']);
    expect(roles(menu[2]?.submenu)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
      'separator',
      'toggleDevTools',
    ]);
  });

  it('has no developer tools in a packaged build', () => {
    onPlatform('win32');
    app.isPackaged = true;
    const view = installed()[2];
    expect(roles(view?.submenu)).not.toContain('toggleDevTools');
    expect(roles(view?.submenu).at(-1)).toBe('togglefullscreen');
  });

  it('puts the app menu first on macOS', () => {
    onPlatform('darwin');
    expect(roles(installed())).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu']);
  });

  it('labels every item in the core’s language, and is rebuilt when it changes', () => {
    onPlatform('darwin');
    const labels = (items: Item[] | undefined): string[] =>
      (items ?? []).flatMap((i) => (i.label ? [i.label, ...labels(i.submenu)] : []));
    expect(labels(installed())).toContain('Quit Dropship');
    const stop = onLanguageChanged(installMenu);
    useLanguage('de-DE');
    stop();
    const german = labels(Menu.current!.template as Item[]);
    expect(german.slice(0, 3)).toEqual(['Dropship', 'Über Dropship', 'Dienste']);
    expect(german).toEqual(
      expect.arrayContaining(['Datei', 'Bearbeiten', 'Darstellung', 'Fenster', 'Dropship beenden']),
    );
    // Every item has its own label: none is left to Electron's English role labels.
    const unlabelled = (items: Item[] | undefined): Item[] =>
      (items ?? []).flatMap((i) => [...(i.type || i.label ? [] : [i]), ...unlabelled(i.submenu)]);
    expect(unlabelled(Menu.current!.template as Item[])).toEqual([]);
    expect(german).not.toContain('Quit Dropship');
  });
});
