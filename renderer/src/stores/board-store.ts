import { create } from 'zustand';
import type {
  AddCardInput,
  Board,
  BoardOptions,
  ExportResult,
} from '../../../shared/contract/board';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { translate as t } from '../lib/translate';
import { fieldsSlot, track, type Slot } from './async-state';

interface BoardState {
  board?: Board;
  loading: boolean;
  loadError?: DropshipErrorShape;
  /** The clock "updated N s ago" reads; ticks while the board is on screen. */
  now: number;
  /** Cards being refreshed on request (the automatic refresh shows no spinner). */
  refreshingIds: Record<string, boolean>;
  /** A refresh call that failed as a whole (main unreachable, …); cards keep their data. */
  refreshError?: DropshipErrorShape;

  options?: BoardOptions;
  optionsLoading: boolean;
  adding: boolean;
  addError?: DropshipErrorShape;

  exportPath: string;
  exporting: boolean;
  exportResult?: ExportResult;
  exportError?: DropshipErrorShape;

  /** Loads the board, then keeps it fresh until the returned stop is called. */
  start: () => () => void;
  /** Reads the board as main knows it, then refreshes it from the services. */
  load: () => Promise<void>;
  refresh: (cardId?: string) => Promise<void>;
  loadOptions: () => Promise<void>;
  add: (input: AddCardInput) => Promise<boolean>;
  clearAddError: () => void;
  remove: (cardId: string) => Promise<void>;
  setRefreshInterval: (seconds: number) => Promise<void>;
  prepareExport: () => Promise<void>;
  setExportPath: (path: string) => void;
  /** Asks the desktop where to save (a native dialog in the app). */
  chooseExportPath: () => Promise<void>;
  exportHtml: () => Promise<boolean>;
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let clockTimer: ReturnType<typeof setInterval> | undefined;
let running = 0;

export const useBoard = create<BoardState>((set, get) => {
  /** The next automatic refresh, `refreshSeconds` after the last one finished. */
  function schedule() {
    clearTimeout(refreshTimer);
    if (!running) return;
    const seconds = get().board?.refreshSeconds ?? 30;
    refreshTimer = setTimeout(() => void get().refresh().finally(schedule), seconds * 1000);
  }

  /**
   * A change to the board (refresh, remove, interval). A failure is shown beside the board,
   * which keeps its data; the message stays up while the next try runs.
   */
  const boardChange = (cardId?: string): Slot<Board> => ({
    read: () => ({ loading: false, data: get().board, error: get().refreshError }),
    write: ({ loading, data, error }) => {
      if (cardId) set({ refreshingIds: { ...get().refreshingIds, [cardId]: loading } });
      if (loading) return;
      set(
        error ? { refreshError: error } : { board: data, refreshError: undefined, now: Date.now() },
      );
    },
  });
  /** Steps before an export (its default path, the save dialog): failures show on the form. */
  const exportStep = () => fieldsSlot(set, get, { error: 'exportError' });

  return {
    loading: false,
    now: Date.now(),
    refreshingIds: {},
    optionsLoading: false,
    adding: false,
    exportPath: '',
    exporting: false,

    start: () => {
      running++;
      clockTimer ??= setInterval(() => set({ now: Date.now() }), 1000);
      void get().load();
      return () => {
        running = Math.max(0, running - 1);
        if (running) return;
        clearTimeout(refreshTimer);
        clearInterval(clockTimer);
        clockTimer = undefined;
      };
    },

    load: async () => {
      set({ loading: !get().board });
      const { ok } = await track(fieldsSlot(set, get, { error: 'loadError', data: 'board' }), () =>
        dropship.board.list(),
      );
      set({ loading: false, ...(ok ? { now: Date.now() } : {}) });
      if (!ok) return;
      await get().refresh();
      schedule();
    },

    refresh: async (cardId) => {
      await track(boardChange(cardId), () => dropship.board.refresh(cardId ? { cardId } : {}));
    },

    loadOptions: async () => {
      // A failure shows nothing: the dialog still takes an app token without the lists.
      await track(
        {
          read: () => ({ loading: get().optionsLoading, data: get().options }),
          write: ({ loading, data }) => set({ optionsLoading: loading, options: data }),
        },
        () => dropship.board.options(),
      );
    },

    add: async (input) => {
      const adding = fieldsSlot(set, get, { loading: 'adding', error: 'addError', data: 'board' });
      const { ok } = await track(adding, () => dropship.board.add(input));
      if (ok) set({ now: Date.now() });
      return ok;
    },

    clearAddError: () => set({ addError: undefined }),

    remove: async (cardId) => {
      await track(boardChange(), () => dropship.board.remove({ cardId }));
    },

    setRefreshInterval: async (seconds) => {
      const { ok } = await track(boardChange(), () =>
        dropship.board.setRefreshInterval({ seconds }),
      );
      if (ok) schedule();
    },

    prepareExport: async () => {
      set({ exportResult: undefined, exportError: undefined });
      if (get().exportPath) return;
      const defaults = await track(exportStep(), () => dropship.board.exportDefaults());
      if (defaults.ok) set({ exportPath: defaults.value.path });
    },

    setExportPath: (exportPath) => set({ exportPath, exportError: undefined }),

    chooseExportPath: async () => {
      const current = get().exportPath;
      const defaultName = current.split(/[\\/]/).pop() || 'dropship-status.html';
      const chosen = await track(exportStep(), () =>
        dropship.system.chooseSavePath({
          title: t('messages:board.exportTitle'),
          defaultName,
          extensions: ['html'],
        }),
      );
      if (chosen.ok && chosen.value.path) set({ exportPath: chosen.value.path });
    },

    exportHtml: async () => {
      set({ exportResult: undefined });
      const exporting = fieldsSlot(set, get, {
        loading: 'exporting',
        error: 'exportError',
        data: 'exportResult',
      });
      return (await track(exporting, () => dropship.board.exportHtml({ path: get().exportPath })))
        .ok;
    },
  };
});
