import { i18n } from '../../i18n';
import { formatBytes, formatDuration, formatList } from '../../ui/format';
import type { UploadJob } from '../../../../shared/contract/uploads';
import type { DropOutcome, JobState } from '../../../../shared/domain/job';
import { jobStateWords } from '../../../../shared/domain/job-words';
import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import type { Tone } from '../../../../shared/domain/tone';

const STATE_LABELS: Record<JobState, string> = {
  queued: 'upload:job.waiting',
  preparing: 'upload:job.preparing',
  uploading: 'upload:job.sending',
  finalizing: 'upload:job.confirming',
  done: 'upload:job.delivered',
  failed: 'upload:job.failed',
  cancelled: 'upload:job.cancelled',
};

/**
 * A job's state in the person's language, with the tone of the shared job words
 * (shared/domain/job-words.ts, which the CLI and the exported board print in English).
 */
export function jobStateLabel(job: UploadJob): { label: string; tone: Tone } {
  const { tone } = jobStateWords(job);
  const key =
    job.state === 'preparing' && job.attempt > 1 ? 'upload:job.retrying' : STATE_LABELS[job.state];
  return { label: i18n.t(key, { service: SERVICE_NAMES[job.service] }), tone };
}

const names = (services: ServiceId[]) => formatList(services.map((s) => SERVICE_NAMES[s]));

/** "Delivered to all 4 services." or "Delivered to 3 of 4; Installr failed." */
export function dropSummaryText({ delivered, failed, cancelled }: DropOutcome): string {
  const total = delivered.length + failed.length + cancelled.length;
  if (delivered.length === total) {
    return total === 1
      ? i18n.t('upload:deliveries.deliveredToOne', { service: names(delivered) })
      : i18n.t('upload:deliveries.deliveredToAll', { count: total });
  }
  const parts =
    total > 1
      ? [i18n.t('upload:deliveries.deliveredSome', { delivered: delivered.length, count: total })]
      : [];
  if (failed.length) parts.push(i18n.t('upload:deliveries.failed', { services: names(failed) }));
  if (cancelled.length)
    parts.push(i18n.t('upload:deliveries.cancelled', { services: names(cancelled) }));
  return i18n.t('upload:deliveries.end', { parts: parts.join('; ') });
}

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
  if (job.state === 'done') {
    return i18n.t('upload:job.sentSize', { size: formatBytes(job.fileSize) });
  }
  if (job.state !== 'uploading' && job.state !== 'finalizing') return formatBytes(job.fileSize);
  const parts = [
    i18n.t('upload:job.ofTotal', { sent: formatBytes(bytesSent), total: formatBytes(totalBytes) }),
  ];
  if (bytesPerSecond > 0) {
    parts.push(i18n.t('upload:job.perSecond', { rate: formatBytes(bytesPerSecond) }));
  }
  if (etaSeconds !== undefined && job.state === 'uploading') {
    parts.push(i18n.t('upload:job.left', { duration: formatDuration(etaSeconds) }));
  }
  return parts.join(' · ');
}
