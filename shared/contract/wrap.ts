import { contract, type Api, type Bridge } from './index';
import { unwrap, type Envelope } from './api';

/**
 * Turns `window.dropship` (envelopes) into the renderer's API (values, DropshipError on
 * failure). Envelopes exist because Electron's contextBridge drops an Error's fields.
 */
export function wrapBridge(bridge: Bridge): Api {
  const api: Record<string, unknown> = {
    on: bridge.on.bind(bridge),
    pathForFile: bridge.pathForFile.bind(bridge),
  };
  for (const [namespace, group] of Object.entries(contract)) {
    const source = bridge[namespace as keyof Bridge] as unknown as Record<
      string,
      (input: unknown) => Promise<Envelope<unknown>>
    >;
    api[namespace] = Object.fromEntries(
      Object.keys(group).map((method) => [
        method,
        async (input: unknown) => unwrap(await source[method]!(input)),
      ]),
    );
  }
  return api as unknown as Api;
}
