import { describe, expect, it } from 'vitest';
import { canMove, move, stateAfterRestart } from '../../../main/core/transfer/state-machine';
import { isFinishedState, type JobState } from '../../../shared/domain/job';

describe('upload job state machine', () => {
  it('walks the happy path', () => {
    const path: JobState[] = ['queued', 'preparing', 'uploading', 'finalizing', 'done'];
    path.reduce((from, to) => move(from, to));
  });

  it('lets a retry go back to preparing, and a person restart failed or cancelled jobs', () => {
    expect(canMove('uploading', 'preparing')).toBe(true);
    expect(canMove('finalizing', 'preparing')).toBe(true);
    expect(canMove('failed', 'queued')).toBe(true);
    expect(canMove('cancelled', 'queued')).toBe(true);
  });

  it('refuses moves out of done and skipping the queue on restart', () => {
    expect(() => move('done', 'uploading')).toThrow(/done to uploading/);
    expect(canMove('done', 'queued')).toBe(false);
    expect(canMove('failed', 'uploading')).toBe(false);
    expect(canMove('cancelled', 'done')).toBe(false);
    expect(canMove('queued', 'uploading')).toBe(false);
  });

  it('puts pending jobs back in the queue after a restart and keeps finished ones', () => {
    expect(stateAfterRestart('uploading')).toBe('queued');
    expect(stateAfterRestart('finalizing')).toBe('queued');
    expect(stateAfterRestart('done')).toBe('done');
    const finished = ['done', 'failed', 'cancelled'] as const;
    expect(finished.every(isFinishedState)).toBe(true);
    expect(
      ['queued', 'preparing', 'uploading', 'finalizing'].some((s) =>
        isFinishedState(s as JobState),
      ),
    ).toBe(false);
  });
});
