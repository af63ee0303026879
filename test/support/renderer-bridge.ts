import { basename } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Core } from '../../main/core/create-core';
import { createBridge } from '../../preload/create-bridge';
import { startCoreHarness, type CoreHarness } from './core-harness';

/**
 * Puts the real core behind `window.dropship` in Node, built by the same factory as the
 * preload: calls go to core.dispatch, events come from the core's event bus. Renderer
 * stores imported after this (dynamic `import()`) run against it unchanged.
 * A dropped file's path is its name under `fileDir`.
 */
export function installRendererBridge(core: Core, fileDir = '/'): () => void {
  const dropship = createBridge({
    invoke: (channelId, input) => core.dispatch(channelId, input),
    subscribe: (event, listener) =>
      core.ctx.events.subscribe((name, payload) => {
        if (name === event) listener(structuredClone(payload));
      }),
    pathForFile: (file) => `${fileDir}/${basename(file.name)}`,
  });
  Object.assign(globalThis, { window: { dropship } });
  return () => Reflect.deleteProperty(globalThis, 'window');
}

/** For `expect.poll`: answers come over real HTTP on a machine that may be busy. */
export const PATIENTLY = { timeout: 10_000 };

export interface StoresOnCore {
  harness: CoreHarness;
  /** Ends the renderer's subscription to main (a no-op once called, or without `listen`). */
  stop(): void;
}

/**
 * For a test file of renderer stores: before its tests, the real core and sandbox behind
 * `window.dropship` (and, with `listen`, the renderer's one subscription to main, as
 * main.tsx starts it); after them, all of it torn down. `beforeBridge` may wrap the core
 * first (to count calls, say). Import the stores in the file's own `beforeAll`.
 */
export function storesOnRealCore(
  options: { listen?: boolean; beforeBridge?: (harness: CoreHarness) => void } = {},
): StoresOnCore {
  let uninstall = () => undefined as unknown;
  let stopListening = () => undefined as unknown;
  const context = {
    stop: () => {
      stopListening();
      stopListening = () => undefined;
    },
  } as StoresOnCore;
  beforeAll(async () => {
    context.harness = await startCoreHarness();
    options.beforeBridge?.(context.harness);
    uninstall = installRendererBridge(context.harness.core);
    if (options.listen) {
      const { listenToMain } = await import('../../renderer/src/app/main-events');
      stopListening = listenToMain();
    }
  });
  afterAll(async () => {
    context.stop();
    uninstall();
    await context.harness.close();
  });
  return context;
}
