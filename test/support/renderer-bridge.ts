import { basename } from 'node:path';
import type { Core } from '../../main/core/create-core';
import { createBridge } from '../../preload/create-bridge';

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
