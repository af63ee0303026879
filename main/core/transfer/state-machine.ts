import { isFinishedState, type JobState } from '../../../shared/domain/job';

/**
 * queued → preparing → uploading → finalizing → done | failed | cancelled.
 * A retry goes back to `preparing`; a manual retry of a failed or cancelled job, and a
 * restart of the app, go back to `queued`.
 */
const NEXT: Record<JobState, readonly JobState[]> = {
  queued: ['preparing', 'cancelled', 'failed'],
  preparing: ['uploading', 'finalizing', 'done', 'failed', 'cancelled', 'queued', 'preparing'],
  uploading: ['finalizing', 'preparing', 'failed', 'cancelled', 'queued', 'done'],
  finalizing: ['done', 'preparing', 'failed', 'cancelled', 'queued'],
  done: [],
  failed: ['queued'],
  cancelled: ['queued'],
};

export function canMove(from: JobState, to: JobState): boolean {
  return from === to || NEXT[from].includes(to);
}

/** Throws on a move the machine does not allow: a bug in the engine, not a user error. */
export function move(from: JobState, to: JobState): JobState {
  if (!canMove(from, to)) throw new Error(`upload job cannot go from ${from} to ${to}`);
  return to;
}

/** Where a job that was pending when the app stopped starts again. */
export function stateAfterRestart(state: JobState): JobState {
  return isFinishedState(state) ? state : 'queued';
}
