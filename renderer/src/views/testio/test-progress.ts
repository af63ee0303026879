import type { TestioTest } from '../../../../shared/domain/testio';

/** How far a test has run (0–1) at `now`, from its start and end; undefined if unknown. */
export function runProgress(test: TestioTest, now: number): number | undefined {
  if (!test.startAt || !test.endAt) return undefined;
  const start = Date.parse(test.startAt);
  const end = Date.parse(test.endAt);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return undefined;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}
