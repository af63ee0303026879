import { formatBytes, formatDuration } from '../../ui';
import type { UploadJob } from '../../../../shared/contract/uploads';

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
