import { create } from 'zustand';
import type { UploadJob } from '../../../shared/contract/uploads';
import type { DropshipErrorShape } from '../../../shared/errors';
import { isFinishedJob } from '../../../shared/domain/job';
import { dropship } from '../lib/dropship';
import { asErrorShape } from '../lib/errors';

interface UploadJobsState {
  jobs: Record<string, UploadJob>;
  /** Drops, newest first; each lists its jobs in service order. */
  drops: { dropId: string; jobIds: string[] }[];
  loading: boolean;
  loadError?: DropshipErrorShape;
  /** Per job: a cancel or retry that failed. */
  actionErrors: Record<string, DropshipErrorShape>;
  start: () => void;
  load: () => Promise<void>;
  addDrop: (dropId: string, jobs: UploadJob[]) => void;
  cancel: (jobId: string) => Promise<void>;
  retry: (jobId: string) => Promise<void>;
  /** A result's link (the build on the service), in the person's browser. */
  openLink: (jobId: string, url: string) => Promise<void>;
  clearFinished: () => Promise<void>;
}

let subscribed = false;

/** Group jobs into drops, newest drop first (jobs keep the order main created them in). */
function groupDrops(jobs: UploadJob[]): UploadJobsState['drops'] {
  const byDrop = new Map<string, UploadJob[]>();
  for (const job of [...jobs].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    byDrop.set(job.dropId, [...(byDrop.get(job.dropId) ?? []), job]);
  }
  return [...byDrop.entries()]
    .reverse()
    .map(([dropId, list]) => ({ dropId, jobIds: list.map((j) => j.id) }));
}

/**
 * Every upload job, kept current by main's events (`uploads.job`, `uploads.progress`).
 * Progress arrives already throttled by main (~10/s per job).
 */
export const useUploadJobs = create<UploadJobsState>((set, get) => {
  const put = (job: UploadJob) => {
    const jobs = { ...get().jobs, [job.id]: job };
    const known = get().drops.some((d) => d.jobIds.includes(job.id));
    set({ jobs, ...(known ? {} : { drops: groupDrops(Object.values(jobs)) }) });
  };
  /** Runs an action on a job; its failure is shown on that job's card. */
  const act = async (jobId: string, run: () => Promise<UploadJob | void>) => {
    const { [jobId]: _cleared, ...actionErrors } = get().actionErrors;
    set({ actionErrors });
    try {
      const job = await run();
      if (job) put(job);
    } catch (error) {
      set({ actionErrors: { ...get().actionErrors, [jobId]: asErrorShape(error) } });
    }
  };
  return {
    jobs: {},
    drops: [],
    loading: false,
    actionErrors: {},

    start: () => {
      if (subscribed) return;
      subscribed = true;
      dropship.on('uploads.job', put);
      dropship.on('uploads.progress', ({ jobId, progress }) => {
        const job = get().jobs[jobId];
        if (!job || isFinishedJob(job)) return;
        set({ jobs: { ...get().jobs, [jobId]: { ...job, progress } } });
      });
      void get().load();
    },

    load: async () => {
      set({ loading: true, loadError: undefined });
      try {
        const list = await dropship.uploads.list();
        const jobs = { ...Object.fromEntries(list.map((j) => [j.id, j])), ...get().jobs };
        set({ jobs, drops: groupDrops(Object.values(jobs)) });
      } catch (error) {
        set({ loadError: asErrorShape(error) });
      } finally {
        set({ loading: false });
      }
    },

    addDrop: (_dropId, jobs) => {
      const all = { ...get().jobs };
      // Events may have delivered newer states already; keep those.
      for (const job of jobs) all[job.id] ??= job;
      set({ jobs: all, drops: groupDrops(Object.values(all)) });
    },

    cancel: (jobId) => act(jobId, () => dropship.uploads.cancel({ jobId })),
    retry: (jobId) => act(jobId, () => dropship.uploads.retry({ jobId })),
    openLink: (jobId, url) => act(jobId, () => dropship.system.openExternal({ url })),

    clearFinished: async () => {
      try {
        const list = await dropship.uploads.clearFinished();
        const jobs = Object.fromEntries(list.map((j) => [j.id, j]));
        set({ jobs, drops: groupDrops(list), loadError: undefined });
      } catch (error) {
        set({ loadError: asErrorShape(error) });
      }
    },
  };
});
