import type { BoardSection, BoardSectionId } from './board';
import type { Tone } from './tone';

/**
 * The board's words and small pictures. The exported file (made in main) is written with
 * these English words; the screen words the same facts in the person's language
 * (renderer/src/views/board/board-words.ts) from the language-free parts below
 * (`agoParts`, the sections' status codes). Pure functions of their inputs (and `now`).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How long ago, as a unit and a count, in no language; `ago` words it in English. */
export type AgoParts =
  | { unit: 'unknown' | 'justNow' | 'yesterday' }
  | { unit: 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years'; count: number };

export function agoParts(iso: string | undefined, now: number): AgoParts {
  const then = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(then)) return { unit: 'unknown' };
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 10) return { unit: 'justNow' };
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  const days = Math.round(hours / 24);
  if (days === 1) return { unit: 'yesterday' };
  if (days < 60) return { unit: 'days', count: days };
  const months = Math.round(days / 30);
  return months < 24
    ? { unit: 'months', count: months }
    : { unit: 'years', count: Math.round(days / 365) };
}

/** Recent moments read better without the date: `when` adds it after this long. */
export const WHEN_DATE_AFTER_MS = 12 * 3600_000;

/** "just now", "5 min ago", "3 days ago". */
export function ago(iso: string | undefined, now: number): string {
  const parts = agoParts(iso, now);
  switch (parts.unit) {
    case 'unknown':
      return 'at an unknown time';
    case 'justNow':
      return 'just now';
    case 'yesterday':
      return 'yesterday';
    case 'seconds':
      return `${parts.count} s ago`;
    case 'minutes':
      return `${parts.count} min ago`;
    case 'hours':
      return `${parts.count} h ago`;
    case 'days':
      return `${parts.count} days ago`;
    case 'months':
      return `${parts.count} months ago`;
    case 'years':
      return `${parts.count} years ago`;
  }
}

/** "12 Nov", or "12 Nov 2024" when not this year. */
export function shortDate(iso: string, now: number): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return date.getFullYear() === new Date(now).getFullYear() ? day : `${day} ${date.getFullYear()}`;
}

/** "3 days ago (12 Nov)"; recent moments read better without the date. */
export function when(iso: string | undefined, now: number): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return 'at an unknown time';
  const relative = ago(iso, now);
  return now - Date.parse(iso) < WHEN_DATE_AFTER_MS
    ? relative
    : `${relative} (${shortDate(iso, now)})`;
}

/** "Version 1.4.0 (build 45)". */
export function versionLine(version: string, buildNumber?: string): string {
  return buildNumber && buildNumber !== version
    ? `Version ${version} (build ${buildNumber})`
    : `Version ${version}`;
}

/**
 * The sentence a section shows when its latest refresh failed: the problem, and how old
 * the data still shown is. Undefined when the section is fine.
 */
export function sectionNotice(
  section: Pick<BoardSection<BoardSectionId>, 'problem' | 'fetchedAt' | 'data'> | undefined,
  now: number,
): string | undefined {
  if (!section?.problem) return undefined;
  const { message } = section.problem;
  return section.data && section.fetchedAt
    ? `${message} — showing what we knew ${ago(section.fetchedAt, now).replace('just now', 'a moment ago')}`
    : message;
}

/** "3 open bugs", "No open bugs". */
export function openBugsLine(total: number): string {
  if (total === 0) return 'No open bugs';
  return total === 1 ? '1 open bug' : `${total} open bugs`;
}

/** "80% passed". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Bitbar's run states (WAITING, RUNNING, FINISHED) and the outcome, in words. */
export function bitbarRunWords(
  state: string,
  successRatio: number | undefined,
): { label: string; tone: Tone } {
  switch (state.toUpperCase()) {
    case 'WAITING':
      return { label: 'Waiting for a device', tone: 'neutral' };
    case 'RUNNING':
      return { label: 'Running now', tone: 'info' };
    case 'FINISHED':
      if (successRatio === undefined) return { label: 'Finished', tone: 'neutral' };
      if (successRatio >= 1) return { label: 'All tests passed', tone: 'good' };
      if (successRatio <= 0) return { label: 'All tests failed', tone: 'bad' };
      return {
        label: `${percent(successRatio)} of tests passed`,
        tone: successRatio >= 0.8 ? 'warning' : 'bad',
      };
    case 'ABORTED':
    case 'CANCELLED':
      return { label: 'Stopped before the end', tone: 'warning' };
    case 'TIMEOUT':
      return { label: 'Ran out of time', tone: 'bad' };
    default:
      return { label: 'Status unknown', tone: 'neutral' };
  }
}

export interface SparklineGeometry {
  width: number;
  height: number;
  /** The `points` attribute of a polyline. */
  points: string;
  /** The last point, drawn as a dot. */
  last: { x: number; y: number };
}

/** A small line of success ratios (0…1, oldest first); undefined with fewer than two. */
export function sparkline(
  values: readonly number[],
  width = 96,
  height = 28,
): SparklineGeometry | undefined {
  if (values.length < 2) return undefined;
  const pad = 3;
  const step = (width - pad * 2) / (values.length - 1);
  const coords = values.map((value, i) => ({
    x: round(pad + i * step),
    y: round(pad + (1 - Math.min(Math.max(value, 0), 1)) * (height - pad * 2)),
  }));
  return {
    width,
    height,
    points: coords.map((c) => `${c.x},${c.y}`).join(' '),
    last: coords[coords.length - 1]!,
  };
}

/** "Success over the last 6 runs: 50%, 67%, …, 100%" — the sparkline for screen readers. */
export function trendDescription(values: readonly number[]): string {
  return `Passed over the last ${values.length} runs: ${values.map(percent).join(', ')}`;
}

const round = (n: number) => Math.round(n * 10) / 10;
