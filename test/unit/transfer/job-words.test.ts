import { describe, expect, it } from 'vitest';
import { dropOutcome, isFinishedJob } from '../../../shared/domain/job';
import { jobStateWords } from '../../../shared/domain/job-words';
import { dropSummaryWords as dropSummaryLine } from '../../../main/core/i18n/shared-words';

describe("a job's words (Upload cards, the Status board, the CLI)", () => {
  it('names the service it waits for, and says when it tries again', () => {
    expect(jobStateWords({ state: 'finalizing', service: 'testio', attempt: 1 }).label).toBe(
      'Waiting for Test IO to confirm',
    );
    expect(jobStateWords({ state: 'preparing', service: 'installr', attempt: 2 }).label).toBe(
      'Trying again',
    );
    expect(jobStateWords({ state: 'done', service: 'bitbar', attempt: 1 })).toEqual({
      label: 'Delivered',
      tone: 'good',
    });
  });
});

describe("a drop's outcome and its summary", () => {
  const job = (
    service: 'installr' | 'testio' | 'bitbar',
    state: 'done' | 'failed' | 'cancelled' | 'uploading',
  ) => ({ service, state });

  it('has no outcome while any job is still going', () => {
    expect(dropOutcome([job('installr', 'done'), job('testio', 'uploading')])).toBeUndefined();
    expect(isFinishedJob(job('testio', 'uploading'))).toBe(false);
  });

  it('sorts finished jobs by result and says it in one line', () => {
    const outcome = dropOutcome([
      job('installr', 'failed'),
      job('testio', 'done'),
      job('bitbar', 'cancelled'),
    ]);
    expect(outcome).toEqual({ delivered: ['testio'], failed: ['installr'], cancelled: ['bitbar'] });
    expect(dropSummaryLine(outcome!)).toBe(
      'Delivered to 1 of 3; Installr failed; Bitbar cancelled.',
    );
  });

  it('names the one service, or counts them all, when everything arrived', () => {
    expect(dropSummaryLine({ delivered: ['installr'], failed: [], cancelled: [] })).toBe(
      'Delivered to Installr.',
    );
    expect(dropSummaryLine({ delivered: ['installr', 'testio'], failed: [], cancelled: [] })).toBe(
      'Delivered to all 2 services.',
    );
    expect(dropSummaryLine({ delivered: [], failed: ['bitbar'], cancelled: [] })).toBe(
      'Bitbar failed.',
    );
  });
});
