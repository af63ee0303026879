import { contract, events, type Bridge, type DroppedFile } from '../shared/contract';

/** How calls and events travel: Electron IPC in the app, Playwright bindings in e2e tests. */
export interface BridgeTransport {
  invoke(channelId: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  pathForFile(file: DroppedFile): string;
}

/**
 * Builds `window.dropship` from the contract: one method per channel, `on` for events
 * (returns its unsubscribe), `pathForFile`. Nothing else is exposed.
 */
export function createBridge(transport: BridgeTransport): Bridge {
  const bridge: Record<string, unknown> = {};
  for (const [namespace, group] of Object.entries(contract)) {
    bridge[namespace] = Object.fromEntries(
      Object.keys(group).map((method) => [
        method,
        (input: unknown) => transport.invoke(`${namespace}.${method}`, input),
      ]),
    );
  }
  bridge.on = (event: string, listener: (payload: unknown) => void) => {
    const schema = Object.hasOwn(events, event) ? events[event as keyof typeof events] : undefined;
    if (!schema) throw new Error(`Unknown event “${event}”`);
    return transport.subscribe(event, (payload) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    });
  };
  bridge.pathForFile = (file: DroppedFile) => transport.pathForFile(file);
  return bridge as unknown as Bridge;
}
