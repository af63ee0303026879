import type { BitbarDeviceRunStatus, BitbarRun } from '../../../../shared/contract/bitbar-runs';
import type { Translate } from '../../lib/translate';
import type { Tone } from '../../ui';
import { formatPercent } from '../../ui/format';

interface Worded {
  label: string;
  tone: Tone;
}

const RUN_TONE: Record<BitbarRun['state'], Tone> = {
  WAITING: 'neutral',
  RUNNING: 'info',
  FINISHED: 'good',
};

const RUN_STATE: Record<BitbarRun['state'], string> = {
  WAITING: 'bitbarRuns:runState.WAITING',
  RUNNING: 'bitbarRuns:runState.RUNNING',
  FINISHED: 'bitbarRuns:runState.FINISHED',
};

/** Bitbar's run state in plain words. */
export const runState = (t: Translate, state: BitbarRun['state']): Worded => ({
  label: t(RUN_STATE[state]),
  tone: RUN_TONE[state],
});

/**
 * A run's badge from the run alone (lists): a finished run that did not pass everywhere is
 * never green. Bitbar's ratio does not say whether the rest failed or were skipped.
 */
export function runBadge(t: Translate, run: Pick<BitbarRun, 'state' | 'successRatio'>): Worded {
  if (run.state === 'FINISHED' && run.successRatio !== null && run.successRatio < 1) {
    return { label: t('bitbarRuns:badge.notAllPassed'), tone: 'warning' };
  }
  return runState(t, run.state);
}

/** What the devices of one run came to; skipped devices did not run, so they did not fail. */
export interface RunOutcome {
  passed: number;
  failed: number;
  skipped: number;
  pending: number;
  badge: Worded;
  /** "Passed on 1 of 1 device that ran · 1 skipped (device unavailable)". */
  summary: string;
  /** Passed among the devices that ran (0..1); null when none has finished. */
  fraction: number | null;
  barTone: 'good' | 'bad';
}

export function runOutcome(
  t: Translate,
  state: BitbarRun['state'],
  statuses: readonly BitbarDeviceRunStatus[],
): RunOutcome {
  const count = (...wanted: BitbarDeviceRunStatus[]) =>
    statuses.filter((s) => wanted.includes(s)).length;
  const passed = count('SUCCEEDED', 'WARNING');
  const failed = count('FAILED');
  const skipped = count('EXCLUDED');
  const pending = count('WAITING', 'RUNNING');
  const ran = passed + failed;
  const skippedWords =
    skipped > 0 ? ` · ${t('bitbarRuns:outcome.skipped', { count: skipped })}` : '';
  const summary =
    ran === 0
      ? skipped > 0 && pending === 0
        ? t('bitbarRuns:outcome.noneRan') + skippedWords
        : t('bitbarRuns:outcome.noResults')
      : t('bitbarRuns:outcome.passedOn', { passed, count: ran }) + skippedWords;
  let badge = runState(t, state);
  if (state === 'FINISHED') {
    if (failed > 0) badge = { label: t('bitbarRuns:badge.failed', { count: failed }), tone: 'bad' };
    else if (ran === 0) badge = { label: t('bitbarRuns:badge.noneRan'), tone: 'warning' };
    else if (skipped > 0)
      badge = { label: t('bitbarRuns:badge.skipped', { count: skipped }), tone: 'warning' };
  }
  return {
    passed,
    failed,
    skipped,
    pending,
    badge,
    summary,
    fraction: ran === 0 ? null : passed / ran,
    barTone: failed > 0 ? 'bad' : 'good',
  };
}

const DEVICE_TONE: Record<BitbarDeviceRunStatus, Tone> = {
  WAITING: 'neutral',
  RUNNING: 'info',
  EXCLUDED: 'warning',
  WARNING: 'warning',
  FAILED: 'bad',
  SUCCEEDED: 'good',
};

const DEVICE_STATUS: Record<BitbarDeviceRunStatus, string> = {
  WAITING: 'bitbarRuns:deviceStatus.WAITING',
  RUNNING: 'bitbarRuns:deviceStatus.RUNNING',
  EXCLUDED: 'bitbarRuns:deviceStatus.EXCLUDED',
  WARNING: 'bitbarRuns:deviceStatus.WARNING',
  FAILED: 'bitbarRuns:deviceStatus.FAILED',
  SUCCEEDED: 'bitbarRuns:deviceStatus.SUCCEEDED',
};

export const deviceStatus = (t: Translate, status: BitbarDeviceRunStatus): Worded => ({
  label: t(DEVICE_STATUS[status]),
  tone: DEVICE_TONE[status],
});

/** Steps Bitbar reports; one it adds later reads as its own words, lower-cased. */
const STEPS: Record<string, string> = {
  WAITING: 'bitbarRuns:step.WAITING',
  PREPARING: 'bitbarRuns:step.PREPARING',
  ARSE_LOGCAT: 'bitbarRuns:step.ARSE_LOGCAT',
  DEVICE_REBOOTING: 'bitbarRuns:step.DEVICE_REBOOTING',
  DEVICE_REPACKAGING: 'bitbarRuns:step.DEVICE_REPACKAGING',
  DEVICE_RUNNING: 'bitbarRuns:step.DEVICE_RUNNING',
  DEVICE_SDCARD_COPYING: 'bitbarRuns:step.DEVICE_SDCARD_COPYING',
  DEVICE_TARGET_INSTALLING: 'bitbarRuns:step.DEVICE_TARGET_INSTALLING',
  DEVICE_TARGET_UNINSTALLING: 'bitbarRuns:step.DEVICE_TARGET_UNINSTALLING',
  DEVICE_TEST_INSTALLING: 'bitbarRuns:step.DEVICE_TEST_INSTALLING',
  DEVICE_TEST_UNINSTALLING: 'bitbarRuns:step.DEVICE_TEST_UNINSTALLING',
  DEVICE_UNINSTALLING_ALL: 'bitbarRuns:step.DEVICE_UNINSTALLING_ALL',
  DEVICE_WAITING: 'bitbarRuns:step.DEVICE_WAITING',
  DEVICE_WIFI_CHECKING: 'bitbarRuns:step.DEVICE_WIFI_CHECKING',
  DEVICE_ADD_PERMISSIONS: 'bitbarRuns:step.DEVICE_ADD_PERMISSIONS',
  DEVICE_DOWNLOAD_TESTSESSION: 'bitbarRuns:step.DEVICE_DOWNLOAD_TESTSESSION',
  RESULTS_PROCESSING: 'bitbarRuns:step.RESULTS_PROCESSING',
  RESULTS_WAITING: 'bitbarRuns:step.RESULTS_WAITING',
  DEVICE_UIAUTOMATOR_RUNNING: 'bitbarRuns:step.DEVICE_UIAUTOMATOR_RUNNING',
  DEVICE_REMOTECONTROL_RUNNING: 'bitbarRuns:step.DEVICE_REMOTECONTROL_RUNNING',
  ADB_SHELL_COMMAND: 'bitbarRuns:step.ADB_SHELL_COMMAND',
};

export const stepWords = (t: Translate, type: string) =>
  Object.hasOwn(STEPS, type) ? t(STEPS[type]!) : type.toLowerCase().replace(/_/g, ' ');

const STEP_STATUS: Record<string, Worded> = {
  STARTED: { label: 'bitbarRuns:stepStatus.STARTED', tone: 'info' },
  SUCCEEDED: { label: 'bitbarRuns:stepStatus.SUCCEEDED', tone: 'good' },
  FAILED: { label: 'bitbarRuns:stepStatus.FAILED', tone: 'bad' },
  EXCLUDED: { label: 'bitbarRuns:stepStatus.EXCLUDED', tone: 'warning' },
  NOT_AVAILABLE: { label: 'bitbarRuns:stepStatus.NOT_AVAILABLE', tone: 'neutral' },
};

/** A step's status in words; one Bitbar adds later shows as Bitbar wrote it. */
export function stepStatus(t: Translate, status: string): Worded {
  const known = Object.hasOwn(STEP_STATUS, status) ? STEP_STATUS[status] : undefined;
  return known ? { label: t(known.label), tone: known.tone } : { label: status, tone: 'neutral' };
}

/** "83%" in English, "83 %" in German; "—" before Bitbar knows. */
export const percent = (ratio: number | null) => (ratio === null ? '—' : formatPercent(ratio));

export function duration(from: number, to: number): string {
  const seconds = Math.max(0, Math.round((to - from) / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
