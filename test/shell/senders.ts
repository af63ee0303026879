import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page main/window.ts loads: the only URL allowed to call main. */
export const APP_PAGE = pathToFileURL(
  resolve(import.meta.dirname, '../../renderer/index.html'),
).href;

interface Frame {
  url: string;
}

/** A window as isTrustedSender sees it: its id, and whether it is gone. */
export function fakeWindow(id = 1, destroyed = false): BrowserWindow {
  const window = { isDestroyed: () => destroyed, webContents: { id } };
  return window as unknown as BrowserWindow;
}

/** An invoke event from web contents `senderId`, sent by `frame` (the top frame unless said). */
export function invokeEvent(
  options: { senderId?: number; url?: string; subframe?: boolean; noFrame?: boolean } = {},
): IpcMainInvokeEvent {
  const mainFrame: Frame = { url: options.url ?? APP_PAGE };
  const senderFrame = options.noFrame
    ? null
    : options.subframe
      ? { url: options.url ?? APP_PAGE }
      : mainFrame;
  const event = { sender: { id: options.senderId ?? 1, mainFrame }, senderFrame };
  return event as unknown as IpcMainInvokeEvent;
}
