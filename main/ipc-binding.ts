import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../shared/ipc-names';
import type { Core } from './core/create-core';
import { t } from './core/i18n/translate';

/**
 * The only place IPC is bound. Calls are accepted from our own window's top frame,
 * loaded from our own files; the core then validates every input against the contract.
 */
export function bindIpc(core: Core, isTrusted: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(IPC_INVOKE, (event, channelId: unknown, input: unknown) => {
    if (!isTrusted(event) || typeof channelId !== 'string') {
      return {
        ok: false,
        error: { code: 'forbidden', retryable: false, message: t('shell:requestRefused') },
      };
    }
    return core.dispatch(channelId, input);
  });
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

/** Forwards core events to one window for as long as it lives. */
export function forwardEvents(core: Core, contents: WebContents): () => void {
  const unsubscribe = core.ctx.events.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT, name, payload);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
