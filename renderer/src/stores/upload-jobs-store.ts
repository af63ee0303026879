import { create } from 'zustand';
import type { Progress, UploadJob } from '../../../shared/contract/uploads';
import type { DropshipErrorShape } from '../../../shared/errors';
import { isFinishedJob } from '../../../shared/domain/job';
import { dropship } from '../lib/dropship';
import { fieldsSlot, track } from './async-state';

interface UploadJobsState {
  jobs: Record<string, UploadJob>;
  /** Drops, newest first; each lists its jobs in service order. */
  drops: { dropId: string; jobIds: string[] }[];
  loading: boolean;
  loadError?: DropshipErrorShape;
  /** Per job: a cancel or retry that failed. */
  actionErrors: Record<string, DropshipErrorShape>;
  load: () => Promise<void>;
  cancel: (jobId: string) => Promise<void>;
  retry: (jobId: string) => Promise<void>;
  /** A result's link (the build on the service), in the person's browser. */
  openLink: (jobId: string, url: string) => Promise<void>;
  clearFinished: () => Promise<void>;
}

/** Who waits for a drop's first job to arrive (Send, before it points at the drop). */
const dropWaiters = new Map<string, (() => void)[]>();

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
 * Every upload job. Jobs arrive only as main's events (`uploads.job`, `uploads.progress`),
 * the new ones included: main announces each job before `uploads.start` answers, and one
 * way in keeps them in order and each once. Progress arrives throttled (~10/s per job).
 */
export const useUploadJobs = create<UploadJobsState>((set, get) => {
  /**
   * Runs an action on a job; its failure is shown on that job's card. The job's new state
   * comes as an event like every other change (an answer could be older than an event).
   */
  const act = async (jobId: string, run: () => Promise<unknown>) => {
    await track(
      {
        read: () => ({ loading: false, error: get().actionErrors[jobId] }),
        write: ({ error }) => {
          const { [jobId]: _cleared, ...others } = get().actionErrors;
          set({ actionErrors: error ? { ...others, [jobId]: error } : others });
        },
      },
      run,
    );
  };
  return {
    jobs: {},
    drops: [],
    loading: false,
    actionErrors: {},

    load: async () => {
      const loaded = await track(
        fieldsSlot(set, get, { loading: 'loading', error: 'loadError' }),
        () => dropship.uploads.list(),
      );
      if (!loaded.ok) return;
      // Events that arrived while the list was on its way are newer; they win.
      const jobs = { ...Object.fromEntries(loaded.value.map((j) => [j.id, j])), ...get().jobs };
      set({ jobs, drops: groupDrops(Object.values(jobs)) });
    },

    cancel: (jobId) => act(jobId, () => dropship.uploads.cancel({ jobId })),
    retry: (jobId) => act(jobId, () => dropship.uploads.retry({ jobId })),
    openLink: (jobId, url) => act(jobId, () => dropship.system.openExternal({ url })),

    clearFinished: async () => {
      const left = await track(fieldsSlot(set, get, { error: 'loadError' }), () =>
        dropship.uploads.clearFinished(),
      );
      if (!left.ok) return;
      set({
        jobs: Object.fromEntries(left.value.map((j) => [j.id, j])),
        drops: groupDrops(left.value),
      });
    },
  };
});

function put(job: UploadJob): void {
  const { jobs: before, drops } = useUploadJobs.getState();
  const jobs = { ...before, [job.id]: job };
  const known = drops.some((d) => d.jobIds.includes(job.id));
  useUploadJobs.setState({ jobs, ...(known ? {} : { drops: groupDrops(Object.values(jobs)) }) });
  const waiting = dropWaiters.get(job.dropId);
  dropWaiters.delete(job.dropId);
  waiting?.forEach((resume) => resume());
}

/** Main's `uploads.job` event: a job was created or changed (not its progress). */
export const jobChanged = put;

/** Main's `uploads.progress` event. A finished job keeps its final figures. */
export function progressArrived({ jobId, progress }: { jobId: string; progress: Progress }): void {
  const { jobs } = useUploadJobs.getState();
  const job = jobs[jobId];
  if (!job || isFinishedJob(job)) return;
  useUploadJobs.setState({ jobs: { ...jobs, [jobId]: { ...job, progress } } });
}

/** Resolves once the store holds a job of the drop (its `uploads.job` event arrived). */
export function dropArrived(dropId: string): Promise<void> {
  const { jobs } = useUploadJobs.getState();
  if (Object.values(jobs).some((job) => job.dropId === dropId)) return Promise.resolve();
  return new Promise((resume) =>
    dropWaiters.set(dropId, [...(dropWaiters.get(dropId) ?? []), resume]),
  );
}

/** Reads every job main knows (at start; events keep them current after). */
export const loadJobs = (): Promise<void> => useUploadJobs.getState().load();
