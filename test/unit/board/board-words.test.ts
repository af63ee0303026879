import { describe, expect, it } from 'vitest';
import {
  ago,
  bitbarRunWords,
  sectionNotice,
  sparkline,
  when,
} from '../../../shared/domain/board-words';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('board words', () => {
  it('says when in words, with the date once it is not today', () => {
    expect(ago(before(3_000), NOW)).toBe('just now');
    expect(ago(before(42_000), NOW)).toBe('42 s ago');
    expect(ago(before(2 * MIN), NOW)).toBe('2 min ago');
    expect(when(before(2 * MIN), NOW)).toBe('2 min ago');
    expect(when('2026-11-20T09:00:00Z', NOW)).toBe('3 days ago (20 Nov)');
    expect(when(before(DAY), NOW)).toBe('yesterday (22 Nov)');
    expect(when('2026-02-01T09:00:00Z', NOW)).toBe('10 months ago (1 Feb)');
    expect(when('2024-11-01T09:00:00Z', NOW)).toBe('2 years ago (1 Nov 2024)');
    expect(when(undefined, NOW)).toBe('at an unknown time');
  });

  it('adds how old the shown data is to a section’s problem', () => {
    const problem = {
      kind: 'unreachable' as const,
      message: 'Installr can’t be reached right now',
    };
    expect(sectionNotice({ problem, data: undefined }, NOW)).toBe(problem.message);
    expect(
      sectionNotice({ problem, data: { title: 'x' } as never, fetchedAt: before(2 * MIN) }, NOW),
    ).toBe('Installr can’t be reached right now — showing what we knew 2 min ago');
    expect(sectionNotice({ data: undefined }, NOW)).toBeUndefined();
  });

  it('words Bitbar runs without its enum values', () => {
    expect(bitbarRunWords('WAITING', undefined).label).toBe('Waiting for a device');
    expect(bitbarRunWords('RUNNING', undefined)).toEqual({ label: 'Running now', tone: 'info' });
    expect(bitbarRunWords('FINISHED', 1)).toEqual({ label: 'All tests passed', tone: 'good' });
    expect(bitbarRunWords('FINISHED', 0.75)).toEqual({ label: '75% of tests passed', tone: 'bad' });
    expect(bitbarRunWords('FINISHED', 0.9).tone).toBe('warning');
    expect(bitbarRunWords('SOMETHING_NEW', undefined).label).toBe('Status unknown');
  });

  it('draws a sparkline from oldest to newest, top is 100%', () => {
    expect(sparkline([1])).toBeUndefined();
    const line = sparkline([0, 1], 100, 20)!;
    expect(line.points).toBe('3,17 97,3');
    expect(line.last).toEqual({ x: 97, y: 3 });
  });
});
