import { create } from 'zustand';
import type { z } from 'zod';
import type {
  ConnectionTest,
  NetworkStatus,
  NetworkUpdateSchema,
} from '../../../shared/contract/network';
import type { DropshipErrorShape } from '../../../shared/errors';
import type { ServiceId } from '../../../shared/domain/services';
import { dropship } from '../lib/dropship';
import { fieldsSlot, track } from './async-state';

interface NetworkState {
  status?: NetworkStatus;
  loadError?: DropshipErrorShape;
  saving: boolean;
  saved: boolean;
  saveError?: DropshipErrorShape;
  testing: Partial<Record<ServiceId, boolean>>;
  tests: Partial<Record<ServiceId, ConnectionTest>>;
  load: () => Promise<void>;
  save: (update: z.input<typeof NetworkUpdateSchema>) => Promise<void>;
  test: (service: ServiceId) => Promise<void>;
}

/** Settings → Network: the proxy and CAs in effect, saving them, and step-by-step tests. */
export const useNetwork = create<NetworkState>((set, get) => ({
  saving: false,
  saved: false,
  testing: {},
  tests: {},
  load: async () => {
    await track(fieldsSlot(set, get, { error: 'loadError', data: 'status' }), () =>
      dropship.network.status(),
    );
  },
  save: async (update) => {
    set({ saved: false });
    const saving = fieldsSlot(set, get, { loading: 'saving', error: 'saveError', data: 'status' });
    const { ok } = await track(saving, () => dropship.network.update(update));
    // New settings make earlier test results stale.
    if (ok) set({ saved: true, tests: {} });
  },
  test: async (service) => {
    // A test that could not run is shown as a test whose first step failed.
    await track<ConnectionTest>(
      {
        read: () => ({ loading: get().testing[service] ?? false, data: get().tests[service] }),
        write: ({ loading, data, error }) => {
          const result = error ? failedTest(service, error) : data;
          set({
            testing: { ...get().testing, [service]: loading },
            ...(result ? { tests: { ...get().tests, [service]: result } } : {}),
          });
        },
      },
      () => dropship.network.test({ service }),
    );
  },
}));

function failedTest(service: ServiceId, error: DropshipErrorShape): ConnectionTest {
  return {
    service,
    ok: false,
    steps: [{ step: 'service', state: 'failed', detail: error.message }],
  };
}
