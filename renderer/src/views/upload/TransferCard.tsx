import { useTranslation } from 'react-i18next';
import { Badge, Button, ErrorState, ProgressBar } from '../../ui';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { isFinishedJob } from '../../../../shared/domain/job';
import { barFraction, jobStateLabel, progressLine } from './job-words';
import { resultLabel } from './result-words';

/** One service's delivery: state, progress, then the result or the error, with its actions. */
export function TransferCard({ jobId }: { jobId: string }) {
  const { t } = useTranslation('upload');
  const job = useUploadJobs((s) => s.jobs[jobId]);
  const actionError = useUploadJobs((s) => s.actionErrors[jobId]);
  const cancel = useUploadJobs((s) => s.cancel);
  const retry = useUploadJobs((s) => s.retry);
  const openLink = useUploadJobs((s) => s.openLink);
  if (!job) return null;
  const service = SERVICE_NAMES[job.service];
  const words = jobStateLabel(job);
  const finished = isFinishedJob(job);
  return (
    <article
      className="card transfer"
      aria-label={t('job.label', { service })}
      data-state={job.state}
    >
      <div className="row transfer-head">
        <strong>{service}</strong>
        <Badge tone={words.tone}>{words.label}</Badge>
        {job.resumed && !finished ? <Badge tone="neutral">{t('job.resumed')}</Badge> : null}
        <span className="spacer" />
        {!finished ? (
          <Button size="small" onClick={() => void cancel(job.id)}>
            {t('common:cancel')}
          </Button>
        ) : null}
        {job.state === 'failed' || job.state === 'cancelled' ? (
          // Trying again only helps when the failure can pass; otherwise it is not the main way on.
          <Button
            size="small"
            variant={job.error?.retryable === false ? 'secondary' : 'primary'}
            onClick={() => void retry(job.id)}
          >
            {t('common:tryAgain')}
          </Button>
        ) : null}
      </div>
      {job.state !== 'failed' && job.state !== 'cancelled' ? (
        <ProgressBar
          label={`${service}: ${words.label}`}
          fraction={barFraction(job)}
          {...(job.state === 'done' ? { tone: 'good' as const } : {})}
        />
      ) : null}
      <span className="subtle transfer-bytes">{progressLine(job)}</span>
      {job.note ? <p className="muted transfer-note">{job.note}</p> : null}
      {job.warning ? (
        <p className="banner banner-info" role="status">
          {job.warning}
        </p>
      ) : null}
      {job.error && job.state === 'failed' ? <ErrorState error={job.error} /> : null}
      {actionError ? <ErrorState error={actionError} /> : null}
      {job.result ? (
        <div className="transfer-result stack" style={{ gap: 8 }}>
          <strong>{job.result.headline}</strong>
          <dl className="kv">
            {job.result.details.map((d) => (
              <div key={d.label} style={{ display: 'contents' }}>
                <dt>{resultLabel(d.label)}</dt>
                <dd>{resultLabel(d.value)}</dd>
              </div>
            ))}
          </dl>
          {job.result.links.length > 0 ? (
            <div className="row">
              {job.result.links.map((link) => (
                <Button
                  key={link.url}
                  size="small"
                  variant="ghost"
                  onClick={() => void openLink(job.id, link.url)}
                >
                  {resultLabel(link.label)} ↗
                </Button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
