import type { Tone } from '../../ui';
import { formatBytes, formatDuration } from '../../ui';
import type { UploadJob } from '../../../../shared/contract/uploads';
import { SERVICE_NAMES } from '../../../../shared/domain/services';

/** A job's state in plain words, with the badge tone that goes with it. */
export function stateWords(job: UploadJob): { label: string; tone: Tone } {
  const service = SERVICE_NAMES[job.service];
  switch (job.state) {
    case 'queued':
      // Why it waits (other uploads first, or a service that asked for a pause) is its note.
      return { label: 'Waiting to start', tone: 'neutral' };
    case 'preparing':
      return { label: job.attempt > 1 ? 'Trying again' : 'Preparing', tone: 'info' };
    case 'uploading':
      return { label: 'Sending', tone: 'info' };
    case 'finalizing':
      return { label: `Waiting for ${service} to confirm`, tone: 'info' };
    case 'done':
      return { label: 'Delivered', tone: 'good' };
    case 'failed':
      return { label: 'Failed', tone: 'bad' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'warning' };
  }
}

export const isFinished = (job: UploadJob) =>
  job.state === 'done' || job.state === 'failed' || job.state === 'cancelled';

/**
 * The bar's fraction: undefined (an indeterminate bar) while the last bytes are out and
 * the service has not answered, so the bar never claims "done" before it is.
 */
export function barFraction(job: UploadJob): number | undefined {
  if (job.state === 'done') return 1;
  if (job.state === 'finalizing') return undefined;
  return job.progress.fraction;
}

/** "12 MB of 48 MB · 6.1 MB/s · about 6 s left" */
export function progressLine(job: UploadJob): string {
  const { bytesSent, totalBytes, bytesPerSecond, etaSeconds } = job.progress;
  if (job.state === 'done') return `${formatBytes(job.fileSize)} sent`;
  if (job.state !== 'uploading' && job.state !== 'finalizing') return formatBytes(job.fileSize);
  const parts = [`${formatBytes(bytesSent)} of ${formatBytes(totalBytes)}`];
  if (bytesPerSecond > 0) parts.push(`${formatBytes(bytesPerSecond)}/s`);
  if (etaSeconds !== undefined && job.state === 'uploading') {
    parts.push(`about ${formatDuration(etaSeconds)} left`);
  }
  return parts.join(' · ');
}
