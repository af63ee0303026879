import type { BitbarRun } from '../../../../shared/contract/bitbar-runs';
import { Badge, EmptyState, ErrorState, LoadingState, Button, formatDate } from '../../ui';
import { percent, runBadge } from './run-words';

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
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading && runs.length === 0) return <LoadingState label="Loading runs…" />;
  if (runs.length === 0)
    return (
      <EmptyState icon="▷" title="No runs yet">
        Start a run to test on the project's devices.
      </EmptyState>
    );
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="list" role="list" aria-label="Test runs">
        {runs.map((run) => {
          const state = runBadge(run);
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
                    {run.successRatio !== null ? ` · ${percent(run.successRatio)} passed` : ''}
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
          Show more runs
        </Button>
      ) : null}
    </div>
  );
}
