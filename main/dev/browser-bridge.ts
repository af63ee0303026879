// Runs inside the page (bundled by browser-host.ts): builds window.dropship with the same
// factory as the Electron preload, over Playwright bindings instead of IPC.
import { createBridge } from '../../preload/create-bridge';

interface HarnessWindow {
  __dropshipInvoke(channelId: string, input: unknown): Promise<unknown>;
  __dropshipDeliver(event: string, payload: unknown): void;
  __dropshipFileDir?: string;
  __dropshipFilePaths?: Record<string, string>;
  dropship: unknown;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

harness.__dropshipDeliver = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

harness.dropship = createBridge({
  invoke: (channelId, input) => harness.__dropshipInvoke(channelId, input),
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => void set.delete(listener);
  },
  // Electron resolves a dropped File to its path; here tests say where their files live.
  pathForFile: (file) =>
    harness.__dropshipFilePaths?.[file.name] ?? `${harness.__dropshipFileDir ?? ''}/${file.name}`,
});
