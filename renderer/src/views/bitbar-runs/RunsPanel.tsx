import { useEffect, useState } from 'react';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Button, Card, ErrorState, LoadingState, TextField } from '../../ui';
import { RunList } from './RunList';
import { SuccessChart } from './SuccessChart';
import { useTranslation } from 'react-i18next';

/** A project's runs: start one, see how recent runs went, open one. */
export function RunsPanel({ projectId }: { projectId: number }) {
  const { t } = useTranslation('bitbarRuns');
  const { list, history, loadRuns, loadHistory, startRun, busy, errors } = useBitbarRuns();
  const open = useBitbarProjects((s) => s.open);
  const [name, setName] = useState('');
  useEffect(() => {
    void loadRuns(projectId);
    void loadHistory(projectId);
  }, [projectId, loadRuns, loadHistory]);

  return (
    <div className="stack">
      <Card title={t('start.title')}>
        <form
          className="row start-run"
          onSubmit={(event) => {
            event.preventDefault();
            void startRun(projectId, name).then((ok) => ok && setName(''));
          }}
        >
          <TextField
            label={t('start.name')}
            placeholder={t('start.placeholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errors.start?.fields?.name}
          />
          <Button type="submit" variant="primary" busy={busy.start} disabled={!name.trim()}>
            {t('start.button')}
          </Button>
        </form>
        <p className="subtle">{t('start.hint')}</p>
        {errors.start && !errors.start.fields ? <ErrorState error={errors.start} /> : null}
      </Card>
      <Card title={t('history.title')}>
        {history.error ? (
          <ErrorState error={history.error} onRetry={() => void loadHistory(projectId)} />
        ) : null}
        {history.loading && !history.data ? <LoadingState rows={2} /> : null}
        {history.data && history.data.length > 0 ? <SuccessChart points={history.data} /> : null}
        {history.data && history.data.length === 0 ? (
          <p className="subtle">{t('history.empty')}</p>
        ) : null}
      </Card>
      <Card title={t('runs')}>
        <RunList
          runs={list.scope === projectId ? list.runs : []}
          loading={list.loading}
          error={list.error}
          hasMore={list.hasMore}
          onOpen={(run) => open({ kind: 'run', projectId, runId: run.id, from: 'project' })}
          onMore={() => void loadRuns(projectId, { more: true })}
          onRetry={() => void loadRuns(projectId)}
        />
      </Card>
    </div>
  );
}
