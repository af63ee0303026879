import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { electronPlatform } from '../../main/desktop-platform';
import { app, dialog, resetElectronFake, shell } from './electron-fake';

beforeEach(resetElectronFake);
const window = {} as BrowserWindow;

describe('electronPlatform: native dialogs and the system browser for the core', () => {
  it('asks where to save, in Downloads, with the file types, over the window', async () => {
    dialog.answer = '/home/me/report.pdf';
    const platform = electronPlatform(() => window);
    const chosen = await platform.chooseSavePath({
      title: 'Save the report',
      defaultName: 'report.pdf',
      extensions: ['pdf'],
    });
    expect(chosen).toBe('/home/me/report.pdf');
    expect(dialog.asked).toEqual([
      {
        parent: window,
        options: {
          title: 'Save the report',
          defaultPath: join(app.getPath('downloads'), 'report.pdf'),
          filters: [{ name: 'pdf', extensions: ['pdf'] }],
        },
      },
    ]);
  });

  it('returns nothing when the person cancels, and works without a window', async () => {
    const platform = electronPlatform(() => undefined);
    expect(await platform.chooseSavePath({ title: 'Save', defaultName: 'a.zip' })).toBeUndefined();
    expect(await platform.chooseFolder({ title: 'Pick a folder' })).toBeUndefined();
    expect(dialog.asked.map((a) => a.parent)).toEqual([undefined, undefined]);
    expect(dialog.asked[0]?.options).not.toHaveProperty('filters');
  });

  it('picks a folder, and can make one', async () => {
    dialog.answer = '/home/me/artifacts';
    const folder = await electronPlatform(() => window).chooseFolder({ title: 'Save artifacts' });
    expect(folder).toBe('/home/me/artifacts');
    expect(dialog.asked[0]?.options).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('opens links in the browser and shows files in their folder', async () => {
    const platform = electronPlatform(() => window);
    await platform.openExternal('https://example.com/');
    platform.showInFolder('/home/me/report.pdf');
    expect(shell.opened).toEqual(['https://example.com/']);
    expect(shell.shownInFolder).toEqual(['/home/me/report.pdf']);
  });
});
