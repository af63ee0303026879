import { create } from 'zustand';
import type { InstallrApp, InstallrAppDetails } from '../../../shared/contract/installr';
import { dropship } from '../lib/dropship';
import { track, type Loadable } from './async-state';

interface InstallrAppsState {
  apps: Loadable<InstallrApp[]>;
  /** App details (builds, events) by app id, loaded on demand. */
  details: Record<number, Loadable<InstallrAppDetails>>;
  selectedAppId?: number;
  loadApps: () => Promise<void>;
  /** Loads the apps unless they are here or on their way. */
  ensureApps: () => Promise<void>;
  selectApp: (appId: number) => void;
  loadDetails: (appId: number, options?: { force?: boolean }) => Promise<void>;
}

/** Installr's apps and their builds: the Apps view and the Testers view's pickers. */
export const useInstallrApps = create<InstallrAppsState>((set, get) => {
  const setDetails = (appId: number, value: Loadable<InstallrAppDetails>) =>
    set({ details: { ...get().details, [appId]: value } });

  return {
    apps: { loading: false },
    details: {},
    loadApps: async () => {
      const loaded = await track({ read: () => get().apps, write: (apps) => set({ apps }) }, () =>
        dropship.installr.listApps(),
      );
      if (!loaded.ok) return;
      const selected = get().selectedAppId;
      const [first] = loaded.value;
      if (!loaded.value.some((app) => app.id === selected) && first) get().selectApp(first.id);
    },
    ensureApps: async () => {
      const { data, loading } = get().apps;
      if (!data && !loading) await get().loadApps();
    },
    selectApp: (appId) => {
      set({ selectedAppId: appId });
      if (!get().details[appId]?.data) void get().loadDetails(appId);
    },
    loadDetails: async (appId, options = {}) => {
      const current = get().details[appId];
      if (current?.loading && !options.force) return;
      await track({ read: () => get().details[appId], write: (v) => setDetails(appId, v) }, () =>
        dropship.installr.getApp({ appId }),
      );
    },
  };
});
