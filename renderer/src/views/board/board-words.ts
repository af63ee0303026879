import type { ServiceOptions } from '../../../../shared/contract/board';
import type { BoardSection, BoardSectionId, SectionProblem } from '../../../../shared/domain/board';
import { agoParts, WHEN_DATE_AFTER_MS, type AgoParts } from '../../../../shared/domain/board-words';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { currentLanguage, i18n } from '../../i18n';
import { formatDay, formatPercent } from '../../ui/format';

/**
 * The board's words on screen, in the person's language. The same facts as the exported
 * page's (shared/domain/board-words.ts, English), from the language-free parts and codes.
 */

const AGO: Record<AgoParts['unit'], string> = {
  unknown: 'board:ago.unknown',
  justNow: 'board:ago.justNow',
  yesterday: 'board:ago.yesterday',
  seconds: 'board:ago.seconds',
  minutes: 'board:ago.minutes',
  hours: 'board:ago.hours',
  days: 'board:ago.days',
  months: 'board:ago.months',
  years: 'board:ago.years',
};

/** "just now", "5 min ago" / "vor 5 Min.". */
export function ago(iso: string | undefined, now: number): string {
  const parts = agoParts(iso, now);
  return i18n.t(AGO[parts.unit], 'count' in parts ? { count: parts.count } : {});
}

/** "3 days ago (12 Nov)"; recent moments without the date. */
export function when(iso: string | undefined, now: number): string {
  const relative = ago(iso, now);
  if (!iso || Number.isNaN(Date.parse(iso)) || now - Date.parse(iso) < WHEN_DATE_AFTER_MS) {
    return relative;
  }
  return i18n.t('board:ago.withDate', { ago: relative, date: formatDay(iso) });
}

export function versionLine(version: string, buildNumber?: string): string {
  return buildNumber && buildNumber !== version
    ? i18n.t('board:card.versionAndBuild', { version, build: buildNumber })
    : i18n.t('board:card.version', { version });
}

const PROBLEMS: Record<SectionProblem['kind'], string> = {
  unreachable: 'board:problem.unreachable',
  refused: 'board:problem.refused',
  gone: 'board:problem.gone',
  not_connected: 'board:problem.not_connected',
  unreadable: 'board:problem.unreadable',
};

/** The section's trouble and how old the data still shown is; undefined when fine. */
export function sectionNotice(
  id: BoardSectionId,
  section: Pick<BoardSection<BoardSectionId>, 'problem' | 'fetchedAt' | 'data'> | undefined,
  now: number,
): string | undefined {
  if (!section?.problem) return undefined;
  const problem = i18n.t(PROBLEMS[section.problem.kind], { service: SERVICE_NAMES[id] });
  if (!section.data || !section.fetchedAt) return problem;
  const parts = agoParts(section.fetchedAt, now);
  const age =
    parts.unit === 'justNow' ? i18n.t('board:ago.aMomentAgo') : ago(section.fetchedAt, now);
  return i18n.t('board:problem.stale', { problem, ago: age });
}

/** Why the add dialog has nothing to pick from a service, in the person's language. */
export function optionsNote(
  id: BoardSectionId,
  options: Pick<ServiceOptions, 'status' | 'items' | 'message'>,
): string {
  // Main's English says exactly why; another language gets the case's words.
  if (currentLanguage() === 'en' && options.message) return options.message;
  const service = SERVICE_NAMES[id];
  if (options.status === 'not_connected') return i18n.t('board:add.notConnected', { service });
  if (options.status === 'unavailable') return i18n.t('board:add.unavailable', { service });
  if (id === 'productscience') return i18n.t('board:add.productScienceEmpty');
  return i18n.t('board:add.nothing');
}

export function openBugsLine(total: number): string {
  return i18n.t('board:testio.openBugs', { count: total });
}

const TEST_STATUS: Record<string, { label: string; detail: string }> = {
  pending: { label: 'board:testio.status.pending', detail: 'board:testio.detail.pending' },
  running: { label: 'board:testio.status.running', detail: 'board:testio.detail.running' },
  completed: { label: 'board:testio.status.completed', detail: 'board:testio.detail.completed' },
  cancelled: { label: 'board:testio.status.cancelled', detail: 'board:testio.detail.cancelled' },
};

/** A test's status and what it means; main's English words for a status we do not know. */
export function testStatus(test: { status?: string; statusLabel: string; statusDetail: string }) {
  const keys = test.status ? TEST_STATUS[test.status] : undefined;
  return keys
    ? { label: i18n.t(keys.label), detail: i18n.t(keys.detail) }
    : { label: test.statusLabel, detail: test.statusDetail };
}

const SEVERITIES: Record<string, string> = {
  critical: 'board:testio.severity.critical',
  high: 'board:testio.severity.high',
  low: 'board:testio.severity.low',
  visual: 'board:testio.severity.visual',
  content: 'board:testio.severity.content',
  custom: 'board:testio.severity.custom',
};

export function severityLabel(bug: { severity: string; label: string }): string {
  const key = SEVERITIES[bug.severity];
  return key ? i18n.t(key) : bug.label;
}

/** Bitbar's run state and outcome in words (the same cases as bitbarRunWords). */
export function runLabel(run: { state?: string; resultLabel: string; successRatio?: number }) {
  switch (run.state?.toUpperCase()) {
    case 'WAITING':
      return i18n.t('board:bitbar.waiting');
    case 'RUNNING':
      return i18n.t('board:bitbar.running');
    case 'FINISHED': {
      const ratio = run.successRatio;
      if (ratio === undefined) return i18n.t('board:bitbar.finished');
      if (ratio >= 1) return i18n.t('board:bitbar.allPassed');
      if (ratio <= 0) return i18n.t('board:bitbar.allFailed');
      return i18n.t('board:bitbar.somePassed', { percent: formatPercent(ratio) });
    }
    case 'ABORTED':
    case 'CANCELLED':
      return i18n.t('board:bitbar.stopped');
    case 'TIMEOUT':
      return i18n.t('board:bitbar.timeout');
    case undefined:
      return run.resultLabel;
    default:
      return i18n.t('board:bitbar.unknown');
  }
}

const UPLOAD_STATES: Record<string, string> = {
  queued: 'board:productscience.state.queued',
  preparing: 'board:productscience.state.preparing',
  uploading: 'board:productscience.state.uploading',
  finalizing: 'board:productscience.state.finalizing',
  done: 'board:productscience.state.done',
  failed: 'board:productscience.state.failed',
  cancelled: 'board:productscience.state.cancelled',
};

export function uploadLabel(upload: { state?: string; stateLabel: string }): string {
  const key = upload.state ? UPLOAD_STATES[upload.state] : undefined;
  return key ? i18n.t(key) : upload.stateLabel;
}

export function trendDescription(values: readonly number[]): string {
  return i18n.t('board:bitbar.trendLabel', {
    count: values.length,
    values: values.map((value) => formatPercent(value)).join(', '),
  });
}
