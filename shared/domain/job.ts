import type { JobState } from '../contract/uploads';
import type { ServiceId } from './services';

/**
 * A job is one delivery: one build sent to one service. Its states are declared in the
 * contract (`JobStateSchema`); what they mean is said here, once, for main, the CLI and
 * the renderer.
 */
export type { JobState };

/** States a job ends in: nothing more happens to it unless someone tries it again. */
export const FINISHED_STATES: readonly JobState[] = ['done', 'failed', 'cancelled'];

export const isFinishedState = (state: JobState): boolean => FINISHED_STATES.includes(state);
export const isFinishedJob = (job: { state: JobState }): boolean => isFinishedState(job.state);

/** How a drop ended: which services got the build, which failed, which were cancelled. */
export interface DropOutcome {
  delivered: ServiceId[];
  failed: ServiceId[];
  cancelled: ServiceId[];
}

/** A drop's outcome from its jobs; undefined while any of them is still going. */
export function dropOutcome(
  jobs: readonly { service: ServiceId; state: JobState }[],
): DropOutcome | undefined {
  if (jobs.length === 0 || !jobs.every(isFinishedJob)) return undefined;
  const servicesIn = (state: JobState) =>
    jobs.filter((job) => job.state === state).map((job) => job.service);
  return {
    delivered: servicesIn('done'),
    failed: servicesIn('failed'),
    cancelled: servicesIn('cancelled'),
  };
}
