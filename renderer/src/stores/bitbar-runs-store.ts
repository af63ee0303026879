import { create } from 'zustand';
import type {
  BitbarDeviceRunDetail,
  BitbarRun,
  BitbarRunDetail,
} from '../../../shared/contract/bitbar-runs';
import type { DropshipErrorShape } from '../../../shared/errors';
import { dropship } from '../lib/dropship';
import { track, type Loadable, type Slot } from './async-state';
import { openBitbarScreen } from './bitbar-projects-store';
import { withBitbarSession as call } from './bitbar-session-store';
import { keyedActions } from './async-state';

const PAGE = 20;
/** How often an unfinished run is asked for news. */
export const POLL_MS = 1000;

export interface HistoryPoint {
  runId: number;
  number: number;
  name: string;
  createdAt: number;
  successRatio: number | null;
}

type BitbarRunsPage = Awaited<ReturnType<typeof dropship.bitbar.runs>>;
type Action = 'start' | 'tag' | 'screenshots';

interface RunsState {
  /** Runs of one project, or of every project ('all'). */
  list: {
    scope: number | 'all' | undefined;
    runs: BitbarRun[];
    total: number;
    hasMore: boolean;
    loading: boolean;
    error?: DropshipErrorShape | undefined;
  };
  history: Loadable<HistoryPoint[]> & { projectId?: number };
  detail: Loadable<BitbarRunDetail> & { runId?: number; projectId?: number };
  deviceRun: Loadable<BitbarDeviceRunDetail> & { id?: number | undefined };
  busy: Partial<Record<Action, boolean>>;
  errors: Partial<Record<Action, DropshipErrorShape>>;
  loadRuns: (scope: number | 'all', options?: { more?: boolean }) => Promise<void>;
  loadHistory: (projectId: number) => Promise<void>;
  startRun: (projectId: number, name: string) => Promise<boolean>;
  openRun: (projectId: number, runId: number) => void;
  closeRun: () => void;
  selectDeviceRun: (deviceRunId: number | undefined) => void;
  addTag: (name: string) => Promise<boolean>;
  removeTag: (tagId: number) => Promise<void>;
  requestScreenshots: () => Promise<void>;
}

let pollTimer: ReturnType<typeof setTimeout> | undefined;

/** Bitbar test runs: lists, the open run (polled until it finishes) and a device run. */
export const useBitbarRuns = create<RunsState>((set, get) => {
  const act = keyedActions<Action, RunsState>(set, get, call);

  /**
   * The open run's slot. A poll re-reads it quietly: the view's "loading" is for opening a
   * run, not for every second of polling, so only the answer is written.
   */
  const detailSlot = (projectId: number, runId: number): Slot<BitbarRunDetail> => ({
    read: () => get().detail,
    write: (value) => {
      if (!value.loading) set({ detail: { ...get().detail, ...value, projectId, runId } });
    },
  });
  const deviceRunSlot = (deviceRunId: number): Slot<BitbarDeviceRunDetail> => ({
    read: () => get().deviceRun,
    write: (value) => {
      if (!value.loading) set({ deviceRun: { ...get().deviceRun, ...value, id: deviceRunId } });
    },
  });

  async function refreshDetail(projectId: number, runId: number) {
    const read = await track(
      detailSlot(projectId, runId),
      () => dropship.bitbar.run({ projectId, runId }),
      { wrap: call, isCurrent: () => get().detail.runId === runId },
    );
    const selected = get().deviceRun.id;
    if (read.ok && get().detail.runId === runId && selected !== undefined)
      await refreshDeviceRun(projectId, runId, selected);
  }

  async function refreshDeviceRun(projectId: number, runId: number, deviceRunId: number) {
    await track(
      deviceRunSlot(deviceRunId),
      () => dropship.bitbar.deviceRun({ projectId, runId, deviceRunId }),
      { wrap: call, isCurrent: () => get().deviceRun.id === deviceRunId },
    );
  }

  /** Polls while anything can still change: the run, or its screenshots package. */
  function schedulePoll() {
    clearTimeout(pollTimer);
    const { detail } = get();
    const run = detail.data?.run;
    if (detail.runId === undefined || detail.projectId === undefined || !run) return;
    if (run.state === 'FINISHED' && run.screenshotsZip !== 'PROGRESS') return;
    const { projectId, runId } = detail;
    pollTimer = setTimeout(() => {
      void refreshDetail(projectId, runId).then(() => {
        if (get().detail.runId === runId) schedulePoll();
      });
    }, POLL_MS);
  }

  return {
    list: { scope: undefined, runs: [], total: 0, hasMore: false, loading: false },
    history: { loading: false },
    detail: { loading: false },
    deviceRun: { loading: false },
    busy: {},
    errors: {},

    loadRuns: async (scope, { more = false } = {}) => {
      const current = get().list;
      const keep = more && current.scope === scope ? current.runs : [];
      set({ list: { ...current, scope, runs: keep } });
      await track<BitbarRunsPage>(
        {
          read: () => get().list,
          write: ({ data, loading, error }) =>
            set({
              list: data
                ? {
                    scope,
                    runs: [...keep, ...data.runs],
                    total: data.total,
                    hasMore: data.hasMore,
                    loading,
                  }
                : { ...get().list, loading, error },
            }),
        },
        () =>
          dropship.bitbar.runs({
            ...(scope === 'all' ? {} : { projectId: scope }),
            offset: keep.length,
            limit: PAGE,
          }),
        { wrap: call, isCurrent: () => get().list.scope === scope },
      );
    },

    loadHistory: async (projectId) => {
      set({ history: { ...get().history, projectId } });
      await track(
        {
          read: () => get().history,
          write: (history) => set({ history: { ...history, projectId } }),
        },
        () => dropship.bitbar.successHistory({ projectId, count: 20 }),
        { wrap: call, isCurrent: () => get().history.projectId === projectId },
      );
    },

    startRun: (projectId, name) =>
      act('start', async () => {
        const run = await dropship.bitbar.startRun({ projectId, name });
        openBitbarScreen({ kind: 'run', projectId, runId: run.id, from: 'project' });
        get().openRun(projectId, run.id);
      }),

    openRun: (projectId, runId) => {
      if (get().detail.runId === runId && get().detail.data) return schedulePoll();
      set({ detail: { loading: true, projectId, runId }, deviceRun: { loading: false } });
      void refreshDetail(projectId, runId).then(schedulePoll);
    },

    closeRun: () => {
      clearTimeout(pollTimer);
      set({ detail: { loading: false }, deviceRun: { loading: false } });
    },

    selectDeviceRun: (deviceRunId) => {
      const { projectId, runId } = get().detail;
      set({ deviceRun: { loading: deviceRunId !== undefined, id: deviceRunId } });
      if (deviceRunId !== undefined && projectId !== undefined && runId !== undefined) {
        void refreshDeviceRun(projectId, runId, deviceRunId);
      }
    },

    addTag: (name) =>
      act('tag', async () => {
        const { projectId, runId, data } = get().detail;
        if (projectId === undefined || runId === undefined || !data) return;
        const tag = await dropship.bitbar.addTag({ projectId, runId, name });
        set({ detail: { ...get().detail, data: { ...data, tags: [...data.tags, tag] } } });
      }),

    removeTag: async (tagId) => {
      await act('tag', async () => {
        const { projectId, runId, data } = get().detail;
        if (projectId === undefined || runId === undefined || !data) return;
        await dropship.bitbar.removeTag({ projectId, runId, tagId });
        set({
          detail: {
            ...get().detail,
            data: { ...data, tags: data.tags.filter((t) => t.id !== tagId) },
          },
        });
      });
    },

    requestScreenshots: async () => {
      await act('screenshots', async () => {
        const { projectId, runId, data } = get().detail;
        if (projectId === undefined || runId === undefined || !data) return;
        const run = await dropship.bitbar.requestScreenshots({ projectId, runId });
        set({ detail: { ...get().detail, data: { ...data, run } } });
        schedulePoll();
      });
    },
  };
});
