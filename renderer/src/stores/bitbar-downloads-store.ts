import { create } from 'zustand';
import type { BitbarDownload } from '../../../shared/contract/bitbar-projects';
import type { DropshipErrorShape } from '../../../shared/errors';
import { asErrorShape } from '../lib/errors';
import { withBitbarSession } from './bitbar-session-store';

interface DownloadsState {
  /** Where downloads go (main expands ~). A native picker replaces this in the app shell. */
  folder: string;
  busy: Record<string, boolean>;
  /** The last outcome, per download key, for the row that started it. */
  results: Record<string, { saved?: BitbarDownload; error?: DropshipErrorShape }>;
  setFolder: (folder: string) => void;
  download: (
    key: string,
    run: (folder: string | undefined) => Promise<BitbarDownload>,
  ) => Promise<void>;
}

/** Bitbar downloads (files, reports, junit, logs, screenshots): main writes, we only ask. */
export const useBitbarDownloads = create<DownloadsState>((set, get) => ({
  folder: '~/Downloads',
  busy: {},
  results: {},
  setFolder: (folder) => set({ folder }),
  download: async (key, run) => {
    set({ busy: { ...get().busy, [key]: true }, results: { ...get().results, [key]: {} } });
    try {
      const folder = get().folder.trim() || undefined;
      const saved = await withBitbarSession(() => run(folder));
      set({ results: { ...get().results, [key]: { saved } } });
    } catch (error) {
      set({ results: { ...get().results, [key]: { error: asErrorShape(error) } } });
    } finally {
      set({ busy: { ...get().busy, [key]: false } });
    }
  },
}));
