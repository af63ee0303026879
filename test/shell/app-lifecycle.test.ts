import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc-names';
import { fixture } from '../fixtures';
import { app, BrowserWindow, ipcMain, resetElectronFake } from './electron-fake';

// main/index.ts as Electron runs it — real sandbox, core, settings file and vault — with the
// stand-in electron module underneath. One launch for the whole file, quit at the end.
const POLITE = fixture('android-full.apk');
const HELLO = fixture('android-plain.apk');
let window: BrowserWindow;

beforeAll(async () => {
  resetElectronFake();
  const argv = process.argv;
  process.argv = ['/opt/Dropship/dropship', POLITE];
  try {
    await import('../../main/index');
  } finally {
    process.argv = argv;
  }
  window = await vi.waitFor(
    () => {
      const made = BrowserWindow.created[0];
      if (!made || !ipcMain.handlers.has(IPC_INVOKE)) throw new Error('no window yet');
      return made;
    },
    { timeout: 20_000 },
  );
});

afterAll(async () => {
  // Quitting waits for the core and the sandbox to close, then quits for real.
  let held = false;
  app.emit('will-quit', { preventDefault: () => (held = true) });
  expect(held).toBe(true);
  await vi.waitFor(() => expect(app.quitCalls).toBe(1), { timeout: 20_000 });
});

const opened = () =>
  window.webContents.sent
    .filter(([channel, name]) => channel === IPC_EVENT && name === 'app.openFile')
    .map(([, , payload]) => (payload as { path: string }).path);

function invoke(channelId: string, input?: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get(IPC_INVOKE) as (
    event: IpcMainInvokeEvent,
    channelId: string,
    input: unknown,
  ) => Promise<unknown>;
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return handler(event as unknown as IpcMainInvokeEvent, channelId, input);
}

describe('the Electron shell, launched (main/index.ts)', () => {
  it('opens one window and answers its calls through the core', async () => {
    expect(BrowserWindow.created).toHaveLength(1);
    expect(await invoke('settings.get')).toMatchObject({ ok: true, value: { uploads: {} } });
    expect(
      await invoke('accounts.list').then((r) => (r as { value: { service: string }[] }).value),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'installr' })]));
  });

  it('hands the build from its command line to the page once the page has loaded', async () => {
    expect(opened()).toEqual([]);
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(opened()).toEqual([POLITE]));
  });

  it('a second instance brings the window forward with its build', async () => {
    window.minimized = true;
    window.focused = false;
    app.emit('second-instance', {}, ['/opt/Dropship/dropship', HELLO], '/home/me');
    expect(window.isMinimized()).toBe(false);
    expect(window.isFocused()).toBe(true);
    expect(opened()).toEqual([POLITE, HELLO]);
  });

  it('refuses webviews in any web contents', () => {
    const contents = new BrowserWindow({}).webContents;
    app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('quits when the last window closes', () => {
    const before = app.quitCalls;
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(before + 1);
    app.quitCalls = 0;
  });
});
