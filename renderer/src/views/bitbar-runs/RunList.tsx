import type { BitbarRun } from '../../../../shared/contract/bitbar-runs';
import { Badge, EmptyState, ErrorState, LoadingState, Button, formatDate } from '../../ui';
import { percent, runBadge } from './run-words';
import { useTranslation } from 'react-i18next';

/** Runs, newest first, each opening its detail; "Show more" pages on. */
export function RunList({
  runs,
  loading,
  error,
  hasMore,
  showProject,
  onOpen,
  onMore,
  onRetry,
}: {
  runs: BitbarRun[];
  loading: boolean;
  error?: Parameters<typeof ErrorState>[0]['error'] | undefined;
  hasMore: boolean;
  showProject?: boolean;
  onOpen: (run: BitbarRun) => void;
  onMore: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation('bitbarRuns');
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading && runs.length === 0) return <LoadingState label={t('list.loading')} />;
  if (runs.length === 0)
    return (
      <EmptyState icon="▷" title={t('list.none')}>
        {t('list.noneHint')}
      </EmptyState>
    );
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="list" role="list" aria-label={t('list.label')}>
        {runs.map((run) => {
          const state = runBadge(t, run);
          return (
            <div role="listitem" key={run.id} className="list-item">
              <button
                type="button"
                className="list-row"
                onClick={() => onOpen(run)}
                disabled={run.projectId === null}
              >
                <span className="run-number">#{run.number}</span>
                <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                  <span className="device-name">{run.name}</span>
                  <span className="subtle">
                    {showProject && run.projectName ? `${run.projectName} · ` : ''}
                    {formatDate(run.createdAt)}
                    {run.successRatio !== null
                      ? ` · ${t('list.passed', { percent: percent(run.successRatio) })}`
                      : ''}
                  </span>
                </span>
                <Badge tone={state.tone}>{state.label}</Badge>
              </button>
            </div>
          );
        })}
      </div>
      {hasMore ? (
        <Button size="small" busy={loading} onClick={onMore}>
          {t('list.more')}
        </Button>
      ) : null}
    </div>
  );
}
