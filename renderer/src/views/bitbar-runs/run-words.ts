import type { BitbarDeviceRunStatus, BitbarRun } from '../../../../shared/contract/bitbar-runs';
import type { Tone } from '../../ui';

/** Bitbar's run and device-run states in plain words. */
export const RUN_STATE: Record<BitbarRun['state'], { label: string; tone: Tone }> = {
  WAITING: { label: 'Waiting for devices', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'info' },
  FINISHED: { label: 'Finished', tone: 'good' },
};

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
