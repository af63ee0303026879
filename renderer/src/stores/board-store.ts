import { create } from 'zustand';
import type {
  AddCardInput,
  Board,
  BoardOptions,
  ExportResult,
} from '../../../shared/contract/board';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';
import { translate as t } from '../lib/translate';

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
      set({ loading: !get().board, loadError: undefined });
      try {
        set({ board: await dropship.board.list(), loading: false, now: Date.now() });
      } catch (error) {
        set({ loadError: asErrorShape(error), loading: false });
        return;
      }
      await get().refresh();
      schedule();
    },

    refresh: async (cardId) => {
      if (cardId) set({ refreshingIds: { ...get().refreshingIds, [cardId]: true } });
      try {
        const board = await dropship.board.refresh(cardId ? { cardId } : {});
        set({ board, refreshError: undefined, now: Date.now() });
      } catch (error) {
        set({ refreshError: asErrorShape(error) });
      } finally {
        if (cardId) set({ refreshingIds: { ...get().refreshingIds, [cardId]: false } });
      }
    },

    loadOptions: async () => {
      set({ optionsLoading: true });
      try {
        set({ options: await dropship.board.options() });
      } catch {
        // The dialog still takes an app token without the lists.
        set({ options: undefined });
      } finally {
        set({ optionsLoading: false });
      }
    },

    add: async (input) => {
      set({ adding: true, addError: undefined });
      try {
        set({ board: await dropship.board.add(input), now: Date.now() });
        return true;
      } catch (error) {
        set({ addError: asErrorShape(error) });
        return false;
      } finally {
        set({ adding: false });
      }
    },

    clearAddError: () => set({ addError: undefined }),

    remove: async (cardId) => {
      try {
        set({ board: await dropship.board.remove({ cardId }) });
      } catch (error) {
        set({ refreshError: asErrorShape(error) });
      }
    },

    setRefreshInterval: async (seconds) => {
      try {
        set({ board: await dropship.board.setRefreshInterval({ seconds }) });
        schedule();
      } catch (error) {
        set({ refreshError: asErrorShape(error) });
      }
    },

    prepareExport: async () => {
      set({ exportResult: undefined, exportError: undefined });
      if (get().exportPath) return;
      try {
        set({ exportPath: (await dropship.board.exportDefaults()).path });
      } catch (error) {
        set({ exportError: asErrorShape(error) });
      }
    },

    setExportPath: (exportPath) => set({ exportPath, exportError: undefined }),

    chooseExportPath: async () => {
      const current = get().exportPath;
      const defaultName = current.split(/[\\/]/).pop() || 'dropship-status.html';
      try {
        const { path } = await dropship.system.chooseSavePath({
          title: t('messages:board.exportTitle'),
          defaultName,
          extensions: ['html'],
        });
        if (path) set({ exportPath: path, exportError: undefined });
      } catch (error) {
        set({ exportError: asErrorShape(error) });
      }
    },

    exportHtml: async () => {
      set({ exporting: true, exportError: undefined, exportResult: undefined });
      try {
        set({ exportResult: await dropship.board.exportHtml({ path: get().exportPath }) });
        return true;
      } catch (error) {
        set({ exportError: asErrorShape(error) });
        return false;
      } finally {
        set({ exporting: false });
      }
    },
  };
});
