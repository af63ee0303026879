import { create } from 'zustand';
import type { HistoryFacets } from '../../../shared/contract/history';
import type { Delivery, HistoryFilter, HistoryPage } from '../../../shared/domain/history';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { fieldsSlot, track, type Loadable } from './async-state';
import { goTo } from './navigation-store';
import { openBuild } from './upload-store';

export const HISTORY_PAGE_SIZE = 50;

/** The filters as the person types them; empty means "any". */
export type HistoryFilterDraft = Required<
  Pick<HistoryFilter, 'app' | 'version' | 'account' | 'from' | 'to'>
> & { service: NonNullable<HistoryFilter['service']> | '' };

const NO_FILTER: HistoryFilterDraft = {
  app: '',
  version: '',
  service: '',
  account: '',
  from: '',
  to: '',
};

interface HistoryState {
  filter: HistoryFilterDraft;
  page: Loadable<HistoryPage>;
  offset: number;
  facets?: HistoryFacets;
  exporting: boolean;
  exported?: { path: string; rows: number };
  exportError?: DropshipErrorShape;
  load: () => Promise<void>;
  setFilter: (patch: Partial<HistoryFilterDraft>) => void;
  clearFilter: () => void;
  goToPage: (offset: number) => void;
  exportCsv: () => Promise<void>;
  openLink: (url: string) => void;
  sendAgain: (delivery: Delivery) => void;
}

/** The filter as the core takes it: only what the person set. */
export function filterInput(draft: HistoryFilterDraft): HistoryFilter {
  const input: HistoryFilter = {};
  if (draft.app.trim()) input.app = draft.app.trim();
  if (draft.version.trim()) input.version = draft.version.trim();
  if (draft.service) input.service = draft.service;
  if (draft.account) input.account = draft.account;
  if (draft.from) input.from = draft.from;
  if (draft.to) input.to = draft.to;
  return input;
}

/** The link a person most likely wants: the service's page for it, else the first one. */
export function primaryLink(delivery: Delivery): Delivery['links'][number] | undefined {
  return delivery.links.find((link) => /^open/i.test(link.label)) ?? delivery.links[0];
}

export const isFiltered = (draft: HistoryFilterDraft): boolean =>
  Object.keys(filterInput(draft)).length > 0;

/** Everything Dropship delivered: the History view. */
export const useHistory = create<HistoryState>((set, get) => {
  let generation = 0;
  const slot = { read: () => get().page, write: (page: Loadable<HistoryPage>) => set({ page }) };

  return {
    filter: NO_FILTER,
    page: { loading: false },
    offset: 0,
    exporting: false,
    load: async () => {
      const mine = ++generation;
      const { filter, offset } = get();
      // The page first: the core answers in the order asked, and the rows are what the
      // person waits for; the filter choices can come a moment later.
      const loaded = track(
        slot,
        () => dropship.history.search({ ...filterInput(filter), limit: HISTORY_PAGE_SIZE, offset }),
        { isCurrent: () => mine === generation },
      );
      void dropship.history.facets().then(
        (facets) => set({ facets }),
        () => undefined, // the filters still work as free text
      );
      await loaded;
    },
    setFilter: (patch) => {
      set({ filter: { ...get().filter, ...patch }, offset: 0, exported: undefined });
      void get().load();
    },
    clearFilter: () => get().setFilter(NO_FILTER),
    goToPage: (offset) => {
      set({ offset: Math.max(0, offset) });
      void get().load();
    },
    exportCsv: async () => {
      set({ exported: undefined });
      const day = new Date().toISOString().slice(0, 10);
      const chosen = await track(fieldsSlot(set, get, { error: 'exportError' }), () =>
        dropship.system.chooseSavePath({
          title: t('messages:history.exportTitle'),
          defaultName: `dropship-deliveries-${day}.csv`,
          extensions: ['csv'],
        }),
      );
      const path = chosen.ok ? chosen.value.path : null;
      if (!path) return;
      const exporting = fieldsSlot(set, get, {
        loading: 'exporting',
        error: 'exportError',
        data: 'exported',
      });
      await track(exporting, () =>
        dropship.history.exportCsv({ ...filterInput(get().filter), path }),
      );
    },
    openLink: (url) => void dropship.system.openExternal({ url }).catch(() => undefined),
    sendAgain: (delivery) => {
      goTo('upload');
      void openBuild(delivery.filePath, delivery.fileName, [], [delivery.service]);
    },
  };
});
