import { i18n } from '../../i18n';
import type { Tone } from '../../ui';
import { formatBytes, formatDuration } from '../../ui/format';
import type { UploadJob } from '../../../../shared/contract/uploads';
import { SERVICE_NAMES } from '../../../../shared/errors';

/** A job's state in plain words, with the badge tone that goes with it. */
export function stateWords(job: UploadJob): { label: string; tone: Tone } {
  const service = SERVICE_NAMES[job.service];
  switch (job.state) {
    case 'queued':
      // Why it waits (other uploads first, or a service that asked for a pause) is its note.
      return { label: i18n.t('upload:job.waiting'), tone: 'neutral' };
    case 'preparing':
      return {
        label: i18n.t(job.attempt > 1 ? 'upload:job.retrying' : 'upload:job.preparing'),
        tone: 'info',
      };
    case 'uploading':
      return { label: i18n.t('upload:job.sending'), tone: 'info' };
    case 'finalizing':
      return { label: i18n.t('upload:job.confirming', { service }), tone: 'info' };
    case 'done':
      return { label: i18n.t('upload:job.delivered'), tone: 'good' };
    case 'failed':
      return { label: i18n.t('upload:job.failed'), tone: 'bad' };
    case 'cancelled':
      return { label: i18n.t('upload:job.cancelled'), tone: 'warning' };
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
  if (job.state === 'done')
    return i18n.t('upload:job.sentSize', { size: formatBytes(job.fileSize) });
  if (job.state !== 'uploading' && job.state !== 'finalizing') return formatBytes(job.fileSize);
  const parts = [
    i18n.t('upload:job.ofTotal', { sent: formatBytes(bytesSent), total: formatBytes(totalBytes) }),
  ];
  if (bytesPerSecond > 0)
    parts.push(i18n.t('upload:job.perSecond', { rate: formatBytes(bytesPerSecond) }));
  if (etaSeconds !== undefined && job.state === 'uploading') {
    parts.push(i18n.t('upload:job.left', { duration: formatDuration(etaSeconds) }));
  }
  return parts.join(' · ');
}
