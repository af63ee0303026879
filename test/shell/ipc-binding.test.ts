import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindIpc, forwardEvents } from '../../main/ipc-binding';
import { isTrustedSender } from '../../main/window';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/ipc-names';
import { startCoreHarness, type CoreHarness } from '../support/core-harness';
import { ipcMain, resetElectronFake } from './electron-fake';
import { fakeWindow, invokeEvent } from './senders';

let harness: CoreHarness;
beforeEach(async () => {
  resetElectronFake();
  harness = await startCoreHarness();
});
afterEach(() => harness.close());

/** Calls the bound handler the way a renderer's `ipcRenderer.invoke` reaches it. */
function invoke(event: IpcMainInvokeEvent, channelId: unknown, input?: unknown): unknown {
  const handler = ipcMain.handlers.get(IPC_INVOKE) as
    ((event: IpcMainInvokeEvent, channelId: unknown, input: unknown) => unknown) | undefined;
  if (!handler) throw new Error('nothing bound on the invoke channel');
  return handler(event, channelId, input);
}

const PREFERENCES = { testioDirectUploadLimitMb: 7, maxConcurrentTransfers: 3 };
const refused = {
  ok: false,
  error: { code: 'forbidden', retryable: false, message: 'Request refused.' },
};

describe('bindIpc', () => {
  it('binds one channel, and unbinds it', () => {
    const unbind = bindIpc(harness.core, (event) => isTrustedSender(fakeWindow(1), event));
    expect([...ipcMain.handlers.keys()]).toEqual([IPC_INVOKE]);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('passes a trusted call to the core', async () => {
    bindIpc(harness.core, (event) => isTrustedSender(fakeWindow(1), event));
    const reply = await invoke(invokeEvent(), 'settings.updateUploads', PREFERENCES);
    expect(reply).toMatchObject({ ok: true, value: { uploads: { maxConcurrentTransfers: 3 } } });
    expect(harness.settings.read().uploads.maxConcurrentTransfers).toBe(3);
  });

  it('drops calls from untrusted senders: refused, and the core never sees them', async () => {
    bindIpc(harness.core, (event) => isTrustedSender(fakeWindow(1), event));
    const before = harness.settings.read();
    for (const event of [
      invokeEvent({ senderId: 2 }),
      invokeEvent({ subframe: true }),
      invokeEvent({ url: 'https://example.com/' }),
    ]) {
      expect(await invoke(event, 'settings.updateUploads', PREFERENCES)).toEqual(refused);
    }
    expect(harness.settings.read()).toEqual(before);
  });

  it('refuses a channel id that is not a string, even from a trusted sender', async () => {
    bindIpc(harness.core, () => true);
    expect(await invoke(invokeEvent(), 42, PREFERENCES)).toEqual(refused);
  });
});

describe('forwardEvents', () => {
  it('sends core events to the window until its contents are destroyed', () => {
    const sent: unknown[][] = [];
    let destroyed = false;
    let onDestroyed = () => {};
    const contents = {
      isDestroyed: () => destroyed,
      send: (...args: unknown[]) => sent.push(args),
      once: (_name: 'destroyed', listener: () => void) => (onDestroyed = listener),
    } as unknown as WebContents;
    forwardEvents(harness.core, contents);

    harness.core.ctx.events.emit('app.openFile', { path: '/builds/a.apk', fileName: 'a.apk' });
    expect(sent).toEqual([
      [IPC_EVENT, 'app.openFile', { path: '/builds/a.apk', fileName: 'a.apk' }],
    ]);
    destroyed = true;
    onDestroyed();
    harness.core.ctx.events.emit('app.openFile', { path: '/builds/b.apk', fileName: 'b.apk' });
    expect(sent).toHaveLength(1);
  });
});
