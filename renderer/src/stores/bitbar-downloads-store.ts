import { create } from 'zustand';
import type { BitbarDownload } from '../../../shared/contract/bitbar-projects';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { track } from './async-state';
import { withBitbarSession } from './bitbar-session-store';

type Bitbar = typeof dropship.bitbar;
/** What a download asks for; the folder comes from the store. */
type Ask<F extends (input: never) => unknown> = Omit<Parameters<F>[0], 'folder'>;

/** One of the things Bitbar lets a person download. */
export type BitbarDownloadRequest =
  | ({ what: 'projectFile' } & Ask<Bitbar['downloadProjectFile']>)
  | ({ what: 'report' } & Ask<Bitbar['downloadReport']>)
  | ({ what: 'deviceRunFile' } & Ask<Bitbar['downloadDeviceRunFile']>)
  | ({ what: 'screenshots' } & Ask<Bitbar['downloadScreenshots']>);

function send(request: BitbarDownloadRequest, folder: string | undefined) {
  switch (request.what) {
    case 'projectFile': {
      const { what: _what, ...input } = request;
      return dropship.bitbar.downloadProjectFile({ ...input, folder });
    }
    case 'report': {
      const { what: _what, ...input } = request;
      return dropship.bitbar.downloadReport({ ...input, folder });
    }
    case 'deviceRunFile': {
      const { what: _what, ...input } = request;
      return dropship.bitbar.downloadDeviceRunFile({ ...input, folder });
    }
    case 'screenshots': {
      const { what: _what, ...input } = request;
      return dropship.bitbar.downloadScreenshots({ ...input, folder });
    }
  }
}

interface DownloadsState {
  /** Where downloads go (main expands ~). A native picker replaces this in the app shell. */
  folder: string;
  busy: Record<string, boolean>;
  /** The last outcome, per download key, for the row that started it. */
  results: Record<string, { saved?: BitbarDownload; error?: DropshipErrorShape }>;
  setFolder: (folder: string) => void;
  download: (key: string, request: BitbarDownloadRequest) => Promise<void>;
}

/** Bitbar downloads (files, reports, junit, logs, screenshots): main writes, we only ask. */
export const useBitbarDownloads = create<DownloadsState>((set, get) => ({
  folder: '~/Downloads',
  busy: {},
  results: {},
  setFolder: (folder) => set({ folder }),
  download: async (key, request) => {
    const folder = get().folder.trim() || undefined;
    await track<BitbarDownload>(
      {
        read: () => ({ loading: get().busy[key] ?? false }),
        write: ({ loading, data, error }) =>
          set({
            busy: { ...get().busy, [key]: loading },
            results: { ...get().results, [key]: { saved: data, error } },
          }),
      },
      () => send(request, folder),
      { wrap: withBitbarSession },
    );
  },
}));
