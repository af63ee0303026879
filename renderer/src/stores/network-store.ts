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
import { asErrorShape } from '../lib/errors';

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
export const useNetwork = create<NetworkState>((set) => ({
  saving: false,
  saved: false,
  testing: {},
  tests: {},
  load: async () => {
    try {
      set({ status: await dropship.network.status(), loadError: undefined });
    } catch (error) {
      set({ loadError: asErrorShape(error) });
    }
  },
  save: async (update) => {
    set({ saving: true, saved: false, saveError: undefined });
    try {
      // New settings make earlier test results stale.
      set({ status: await dropship.network.update(update), saved: true, tests: {} });
    } catch (error) {
      set({ saveError: asErrorShape(error) });
    } finally {
      set({ saving: false });
    }
  },
  test: async (service) => {
    set((state) => ({ testing: { ...state.testing, [service]: true } }));
    try {
      const result = await dropship.network.test({ service });
      set((state) => ({ tests: { ...state.tests, [service]: result } }));
    } catch (error) {
      const shape = asErrorShape(error);
      set((state) => ({
        tests: {
          ...state.tests,
          [service]: {
            service,
            ok: false,
            steps: [{ step: 'service', state: 'failed', detail: shape.message }],
          },
        },
      }));
    } finally {
      set((state) => ({ testing: { ...state.testing, [service]: false } }));
    }
  },
}));
