import { useTranslation } from 'react-i18next';
import { Button, CopyButton, EmptyState, ErrorState, LoadingState } from '../../ui';
import { useUploadJobs } from '../../stores/upload-jobs-store';
import type { UploadJob } from '../../../../shared/contract/uploads';
import { dropOutcome, isFinishedJob } from '../../../../shared/domain/job';
import { dropSummaryText } from './job-words';
import { TransferCard } from './TransferCard';
import { dropElementId } from './focus-after-send';

function summaryTone(jobs: UploadJob[]): 'good' | 'bad' | 'warn' {
  if (jobs.some((j) => j.state === 'failed')) return 'bad';
  return jobs.every((j) => j.state === 'done') ? 'good' : 'warn';
}

/** Every drop's transfers, newest first, each drop with its summary once all finished. */
export function TransferList() {
  const { t } = useTranslation('upload');
  const drops = useUploadJobs((s) => s.drops);
  const jobs = useUploadJobs((s) => s.jobs);
  const loading = useUploadJobs((s) => s.loading);
  const loadError = useUploadJobs((s) => s.loadError);
  const load = useUploadJobs((s) => s.load);
  const clearFinished = useUploadJobs((s) => s.clearFinished);

  const anyFinished = Object.values(jobs).some(isFinishedJob);
  return (
    <section className="stack" aria-label={t('deliveries.title')}>
      <div className="row">
        <h2 className="section-title">{t('deliveries.title')}</h2>
        <span className="spacer" />
        {anyFinished ? (
          <Button size="small" variant="ghost" onClick={() => void clearFinished()}>
            {t('deliveries.clearFinished')}
          </Button>
        ) : null}
      </div>
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {loading && drops.length === 0 ? (
        <LoadingState label={t('deliveries.loading')} rows={2} />
      ) : null}
      {!loading && !loadError && drops.length === 0 ? (
        <EmptyState icon="⇪" title={t('deliveries.emptyTitle')}>
          {t('deliveries.emptyBody')}
        </EmptyState>
      ) : null}
      {drops.map((drop) => {
        const list = drop.jobIds.map((id) => jobs[id]).filter((j): j is UploadJob => Boolean(j));
        const outcome = dropOutcome(list);
        const line = outcome && dropSummaryText(outcome);
        // Every service got the same bytes: the checksum is said once, for the drop.
        const sha256 = list.find((job) => job.result)?.result?.sha256;
        return (
          <div
            key={drop.dropId}
            id={dropElementId(drop.dropId)}
            role="group"
            tabIndex={-1}
            className="stack drop-group"
            aria-label={t('deliveries.dropOf', {
              file: list[0]?.fileName ?? t('deliveries.aBuild'),
            })}
          >
            <div className="row">
              <strong>{list[0]?.fileName}</strong>
              {sha256 ? (
                <span className="row" style={{ gap: 6 }}>
                  <span className="subtle">SHA-256</span>
                  <span className="mono sha" data-testid="drop-sha256" title={sha256}>
                    {sha256.slice(0, 12)}…
                  </span>
                  <CopyButton text={sha256} label={t('deliveries.copySha')} />
                </span>
              ) : null}
              {line ? (
                <span className={`drop-summary drop-summary-${summaryTone(list)}`} role="status">
                  {line}
                </span>
              ) : null}
            </div>
            <div className="transfer-grid">
              {drop.jobIds.map((id) => (
                <TransferCard key={id} jobId={id} />
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
