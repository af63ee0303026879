import type { BitbarDeviceRunStatus, BitbarRun } from '../../../../shared/contract/bitbar-runs';
import type { Tone } from '../../ui';

/** Bitbar's run and device-run states in plain words. */
export const RUN_STATE: Record<BitbarRun['state'], { label: string; tone: Tone }> = {
  WAITING: { label: 'Waiting for devices', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'info' },
  FINISHED: { label: 'Finished', tone: 'good' },
};

/**
 * A run's badge from the run alone (lists): a finished run that did not pass everywhere is
 * never green. Bitbar's ratio does not say whether the rest failed or were skipped.
 */
export function runBadge(run: Pick<BitbarRun, 'state' | 'successRatio'>): {
  label: string;
  tone: Tone;
} {
  if (run.state === 'FINISHED' && run.successRatio !== null && run.successRatio < 1) {
    return { label: 'Finished — not all passed', tone: 'warning' };
  }
  return RUN_STATE[run.state];
}

/** What the devices of one run came to; skipped devices did not run, so they did not fail. */
export interface RunOutcome {
  passed: number;
  failed: number;
  skipped: number;
  pending: number;
  badge: { label: string; tone: Tone };
  /** "Passed on 1 of 1 device that ran · 1 skipped (device unavailable)". */
  summary: string;
  /** Passed among the devices that ran (0..1); null when none has finished. */
  fraction: number | null;
  barTone: 'good' | 'bad';
}

const devices = (n: number) => `${n} device${n === 1 ? '' : 's'}`;

export function runOutcome(
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
  const skippedWords = skipped > 0 ? ` · ${skipped} skipped (device unavailable)` : '';
  const summary =
    ran === 0
      ? skipped > 0 && pending === 0
        ? `No device ran${skippedWords}`
        : 'No results yet'
      : `Passed on ${passed} of ${ran === 1 ? '1 device' : `${ran} devices`} that ran${skippedWords}`;
  let badge: { label: string; tone: Tone } = RUN_STATE[state];
  if (state === 'FINISHED') {
    if (failed > 0) badge = { label: `Finished — ${devices(failed)} failed`, tone: 'bad' };
    else if (ran === 0) badge = { label: 'Finished — no device ran', tone: 'warning' };
    else if (skipped > 0)
      badge = { label: `Finished — ${devices(skipped)} skipped`, tone: 'warning' };
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

export const DEVICE_STATUS: Record<BitbarDeviceRunStatus, { label: string; tone: Tone }> = {
  WAITING: { label: 'Waiting in queue', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'info' },
  EXCLUDED: { label: 'Skipped: device unavailable', tone: 'warning' },
  WARNING: { label: 'Passed with warnings', tone: 'warning' },
  FAILED: { label: 'Failed', tone: 'bad' },
  SUCCEEDED: { label: 'Passed', tone: 'good' },
};

const STEP_WORDS: Record<string, string> = {
  WAITING: 'Waiting in queue for the device',
  PREPARING: 'Preparing the run',
  ARSE_LOGCAT: 'Launching the app',
  DEVICE_REBOOTING: 'Rebooting the device',
  DEVICE_REPACKAGING: 'Repackaging the APKs',
  DEVICE_RUNNING: 'Running tests',
  DEVICE_SDCARD_COPYING: 'Reading data from the SD card',
  DEVICE_TARGET_INSTALLING: 'Installing the app',
  DEVICE_TARGET_UNINSTALLING: 'Uninstalling the app',
  DEVICE_TEST_INSTALLING: 'Installing the tests',
  DEVICE_TEST_UNINSTALLING: 'Uninstalling the tests',
  DEVICE_UNINSTALLING_ALL: 'Cleaning the device',
  DEVICE_WAITING: 'Copying test data to the device',
  DEVICE_WIFI_CHECKING: 'Checking Wi-Fi',
  DEVICE_ADD_PERMISSIONS: 'Adding permissions to the app',
  DEVICE_DOWNLOAD_TESTSESSION: 'Downloading the test session',
  RESULTS_PROCESSING: 'Processing results',
  RESULTS_WAITING: 'Downloading results from the device',
  DEVICE_UIAUTOMATOR_RUNNING: 'Running UIAutomator tests',
  DEVICE_REMOTECONTROL_RUNNING: 'Remote control',
  ADB_SHELL_COMMAND: 'Running an ADB shell command',
};

export const stepWords = (type: string) =>
  STEP_WORDS[type] ?? type.toLowerCase().replace(/_/g, ' ');

export const STEP_STATUS: Record<string, { label: string; tone: Tone }> = {
  STARTED: { label: 'In progress', tone: 'info' },
  SUCCEEDED: { label: 'Done', tone: 'good' },
  FAILED: { label: 'Failed', tone: 'bad' },
  EXCLUDED: { label: 'Excluded', tone: 'warning' },
  NOT_AVAILABLE: { label: 'Unknown', tone: 'neutral' },
};

export const percent = (ratio: number | null) =>
  ratio === null ? '—' : `${Math.round(ratio * 100)}%`;

export function duration(from: number, to: number): string {
  const seconds = Math.max(0, Math.round((to - from) / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
