// The preload: three lines of substance. Bundled to one CommonJS file (sandbox: true).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../shared/ipc-names';
import { createBridge } from './create-bridge';

contextBridge.exposeInMainWorld(
  'dropship',
  createBridge({
    invoke: (channelId, input) => ipcRenderer.invoke(IPC_INVOKE, channelId, input),
    subscribe: (event, listener) => {
      const onEvent = (_: unknown, name: string, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(IPC_EVENT, onEvent);
      return () => void ipcRenderer.off(IPC_EVENT, onEvent);
    },
    pathForFile: (file) => webUtils.getPathForFile(file as File),
  }),
);
