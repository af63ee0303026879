import { describe, expect, it } from 'vitest';
import { translate as t } from '../../../renderer/src/lib/translate';
import { runBadge, runOutcome } from '../../../renderer/src/views/bitbar-runs/run-words';

describe('a run’s outcome in words', () => {
  it('does not count a skipped device as a failure', () => {
    const outcome = runOutcome(t, 'FINISHED', ['EXCLUDED', 'SUCCEEDED']);
    expect(outcome.summary).toBe(
      'Passed on 1 of 1 device that ran · 1 skipped (device unavailable)',
    );
    expect(outcome.fraction).toBe(1);
    expect(outcome.barTone).toBe('good');
    expect(outcome.badge).toEqual({ label: 'Finished — 1 device skipped', tone: 'warning' });
  });

  it('never shows a run with failures as a green Finished', () => {
    const outcome = runOutcome(t, 'FINISHED', ['FAILED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(outcome.badge).toEqual({ label: 'Finished — 1 device failed', tone: 'bad' });
    expect(outcome.summary).toBe('Passed on 2 of 3 devices that ran');
    expect(outcome.barTone).toBe('bad');
    expect(runBadge(t, { state: 'FINISHED', successRatio: 0.5 }).tone).not.toBe('good');
  });

  it('is green only when every device that was asked passed', () => {
    expect(runOutcome(t, 'FINISHED', ['SUCCEEDED', 'WARNING']).badge).toEqual({
      label: 'Finished',
      tone: 'good',
    });
    expect(runBadge(t, { state: 'FINISHED', successRatio: 1 })).toEqual({
      label: 'Finished',
      tone: 'good',
    });
    expect(runOutcome(t, 'RUNNING', ['RUNNING', 'WAITING']).summary).toBe('No results yet');
    expect(runOutcome(t, 'FINISHED', ['EXCLUDED']).badge.label).toBe('Finished — no device ran');
  });
});
