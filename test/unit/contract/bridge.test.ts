import { describe, expect, it } from 'vitest';
import { createBridge, type BridgeTransport } from '../../../preload/create-bridge';
import { contract } from '../../../shared/contract';
import { wrapBridge } from '../../../shared/contract/wrap';
import { DropshipError } from '../../../shared/errors';

function recordingTransport() {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport: BridgeTransport = {
    invoke: async (channelId, input) => {
      calls.push([channelId, input]);
      if (channelId === 'accounts.test')
        return { ok: false, error: { code: 'unauthorized', message: 'No.', retryable: false } };
      return { ok: true, value: [] };
    },
    subscribe: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    pathForFile: (file) => `/files/${file.name}`,
  };
  return { transport, calls, listeners };
}

describe('the bridge built from the contract', () => {
  it('has exactly one method per channel, plus on and pathForFile', () => {
    const bridge = createBridge(recordingTransport().transport) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.keys(bridge).sort()).toEqual(
      [...Object.keys(contract), 'on', 'pathForFile'].sort(),
    );
    for (const [namespace, group] of Object.entries(contract)) {
      expect(Object.keys(bridge[namespace] as object).sort()).toEqual(Object.keys(group).sort());
    }
  });

  it('sends namespaced channel ids and resolves values; failures throw DropshipError', async () => {
    const { transport, calls } = recordingTransport();
    const api = wrapBridge(createBridge(transport));
    await expect(api.accounts.list()).resolves.toEqual([]);
    await expect(api.accounts.test({ service: 'bitbar' })).rejects.toBeInstanceOf(DropshipError);
    await expect(api.accounts.test({ service: 'bitbar' })).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(calls[0]).toEqual(['accounts.list', undefined]);
    expect(calls[1]).toEqual(['accounts.test', { service: 'bitbar' }]);
  });

  it('delivers only events whose payload matches the contract, and unsubscribes', () => {
    const { transport, listeners } = recordingTransport();
    const bridge = createBridge(transport);
    const received: unknown[] = [];
    const off = bridge.on('accounts.changed', (payload) => received.push(payload));
    listeners.get('accounts.changed')?.([{ bogus: true }]);
    listeners.get('accounts.changed')?.([]);
    expect(received).toEqual([[]]);
    off();
    expect(listeners.has('accounts.changed')).toBe(false);
    expect(() => bridge.on('no.such.event' as 'accounts.changed', () => undefined)).toThrow(
      /Unknown event/,
    );
  });
});
