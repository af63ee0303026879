import { create } from 'zustand';
import type { InstallrApp, InstallrAppDetails } from '../../../shared/contract/installr';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';
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
      set({ apps: { ...get().apps, loading: true, error: undefined } });
      try {
        const apps = await dropship.installr.listApps();
        set({ apps: { data: apps, loading: false } });
        const selected = get().selectedAppId;
        if (!apps.some((app) => app.id === selected) && apps[0]) get().selectApp(apps[0].id);
      } catch (error) {
        set({ apps: { ...get().apps, loading: false, error: asErrorShape(error) } });
      }
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
