import { bitbarRunWords } from '../../../shared/domain/board-words';
import { humanize, severityWords, testStatusWords } from '../../../shared/domain/testio-words';
import type { Tone } from '../../../shared/domain/tone';
import type { MessageKey } from '../i18n/resources';
import { t } from '../i18n/translate';

/**
 * The board's labels as main writes them, in the core's language. The tones (and which
 * state means what) come from the shared words the screen also uses; the words are ours.
 * A value a service adds later keeps its own words, as in shared/domain.
 */

type Worded = { label: string; tone: Tone };

const TEST_STATUS: Record<string, [MessageKey, MessageKey]> = {
  pending: ['board:test.pending', 'board:test.pendingDetail'],
  running: ['board:test.running', 'board:test.runningDetail'],
  completed: ['board:test.completed', 'board:test.completedDetail'],
  cancelled: ['board:test.cancelled', 'board:test.cancelledDetail'],
};

export function testStatusLabel(status: string): Worded & { detail: string } {
  const { tone, label, detail } = testStatusWords(status);
  const keys = Object.hasOwn(TEST_STATUS, status) ? TEST_STATUS[status] : undefined;
  return keys ? { label: t(keys[0]), detail: t(keys[1]), tone } : { label, detail, tone };
}

const SEVERITY: Record<string, MessageKey> = {
  critical: 'board:severity.critical',
  high: 'board:severity.high',
  low: 'board:severity.low',
  visual: 'board:severity.visual',
  content: 'board:severity.content',
  custom: 'board:severity.custom',
};

export function severityLabel(severity: string): Worded {
  const { tone } = severityWords(severity);
  const key = Object.hasOwn(SEVERITY, severity) ? SEVERITY[severity] : undefined;
  return { label: key ? t(key) : humanize(severity), tone };
}

/** Bitbar's run states and the outcome, in words (thresholds as in bitbarRunWords). */
export function runResult(state: string, successRatio: number | undefined): Worded {
  const { tone } = bitbarRunWords(state, successRatio);
  switch (state.toUpperCase()) {
    case 'WAITING':
      return { label: t('board:run.waiting'), tone };
    case 'RUNNING':
      return { label: t('board:run.running'), tone };
    case 'FINISHED':
      if (successRatio === undefined) return { label: t('board:run.finished'), tone };
      if (successRatio >= 1) return { label: t('board:run.allPassed'), tone };
      if (successRatio <= 0) return { label: t('board:run.allFailed'), tone };
      return { label: t('board:run.somePassed', { percent: percent(successRatio) }), tone };
    case 'ABORTED':
    case 'CANCELLED':
      return { label: t('board:run.stopped'), tone };
    case 'TIMEOUT':
      return { label: t('board:run.timeout'), tone };
    default:
      return { label: t('board:run.unknown'), tone };
  }
}

const PRODUCT_TYPE: Record<string, MessageKey> = {
  website: 'board:productType.website',
  mobile_app_ios: 'board:productType.ios',
  mobile_app_android: 'board:productType.android',
  streaming_app: 'board:productType.streaming',
};

/** A Test IO product's type ("iOS app"). */
export function productTypeLabel(type: string | undefined): string {
  if (!type) return t('board:productType.none');
  const key = Object.hasOwn(PRODUCT_TYPE, type) ? PRODUCT_TYPE[type] : undefined;
  return key ? t(key) : humanize(type);
}

/** "80%" / "80 %". */
export function percent(ratio: number): string {
  return t('board:percent', { value: Math.round(ratio * 100) });
}

/** "Version 1.4.0 (build 45)". */
export function versionLine(version: string, buildNumber?: string): string {
  return buildNumber && buildNumber !== version
    ? t('board:versionWithBuild', { version, build: buildNumber })
    : t('board:version', { version });
}

/** "3 open bugs", "No open bugs". */
export function openBugsLine(total: number): string {
  return total === 0 ? t('board:noOpenBugs') : t('board:openBugs', { count: total });
}

/** The sparkline for screen readers. */
export function trendDescription(values: readonly number[]): string {
  return t('board:trend', { count: values.length, values: values.map(percent).join(', ') });
}
