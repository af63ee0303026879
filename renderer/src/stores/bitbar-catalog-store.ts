import { create } from 'zustand';
import type { BitbarDevice } from '../../../shared/contract/bitbar-devices';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { fieldsSlot, track } from './async-state';
import {
  filterDevices,
  mergeDevices,
  type IndexedDevice,
  type OsFilter,
} from './bitbar-catalog-filter';

const PAGE_SIZE = 500;
const SERVER_SEARCH_DELAY_MS = 250;

interface CatalogState {
  index: IndexedDevice[];
  /** Bitbar's count of the whole catalog (known after the first page). */
  total: number | null;
  loading: boolean;
  complete: boolean;
  error?: DropshipErrorShape | undefined;
  query: string;
  os: OsFilter;
  /** What the list shows: the loaded catalog filtered locally, at every keystroke. */
  visible: BitbarDevice[];
  /** A server-side search is refining the result (devices not loaded yet). */
  searching: boolean;
  load: () => Promise<void>;
  setQuery: (query: string) => void;
  setOs: (os: OsFilter) => void;
  device: (id: number) => BitbarDevice | undefined;
}

const known = new Set<number>();
const byId = new Map<number, BitbarDevice>();
let searchTimer: ReturnType<typeof setTimeout> | undefined;
/** Where paging resumes (a retry after an error does not start over). */
let nextOffset = 0;

/**
 * The Bitbar device catalog: paged in from `GET /devices` in the background, filtered
 * locally within the frame of a keystroke while Bitbar's own search refines it.
 */
export const useBitbarCatalog = create<CatalogState>((set, get) => {
  const refilter = (index = get().index) =>
    set({ index, visible: filterDevices(index, get().query, get().os) });
  const absorb = (devices: BitbarDevice[]) => {
    for (const device of devices) byId.set(device.id, device);
    refilter(mergeDevices(get().index, known, devices));
  };

  async function serverSearch(query: string) {
    try {
      const page = await dropship.bitbar.devices({ search: query, limit: PAGE_SIZE });
      if (get().query !== query) return;
      absorb(page.devices);
    } catch {
      // The local filter already answered; a failed refinement changes nothing.
    } finally {
      if (get().query === query) set({ searching: false });
    }
  }

  return {
    index: [],
    total: null,
    loading: false,
    complete: false,
    query: '',
    os: 'ALL',
    visible: [],
    searching: false,
    load: async () => {
      if (get().loading || get().complete) return;
      const { ok } = await track(
        fieldsSlot(set, get, { loading: 'loading', error: 'error' }),
        async () => {
          for (;;) {
            const page = await dropship.bitbar.devices({ offset: nextOffset, limit: PAGE_SIZE });
            set({ total: page.total });
            absorb(page.devices);
            nextOffset = page.offset + page.devices.length;
            if (!page.hasMore || page.devices.length === 0) break;
          }
        },
      );
      if (ok) set({ complete: true });
    },
    setQuery: (query) => {
      set({ query });
      refilter();
      clearTimeout(searchTimer);
      const trimmed = query.trim();
      if (!trimmed || get().complete) return set({ searching: false });
      set({ searching: true });
      searchTimer = setTimeout(() => void serverSearch(query), SERVER_SEARCH_DELAY_MS);
    },
    setOs: (os) => {
      set({ os });
      refilter();
    },
    device: (id) => byId.get(id),
  };
});

/** A device of the loaded catalog, by id. */
export const catalogDevice = (id: number): BitbarDevice | undefined =>
  useBitbarCatalog.getState().device(id);
