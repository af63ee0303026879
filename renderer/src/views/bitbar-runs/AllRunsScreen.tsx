import { useEffect } from 'react';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { useBitbarRuns } from '../../stores/bitbar-runs-store';
import { Card } from '../../ui';
import { RunList } from './RunList';
import { useTranslation } from 'react-i18next';

/** Every run of every project, newest first. */
export function AllRunsScreen() {
  const { t } = useTranslation('bitbarRuns');
  const { list, loadRuns } = useBitbarRuns();
  const open = useBitbarProjects((s) => s.open);
  useEffect(() => void loadRuns('all'), [loadRuns]);
  return (
    <Card title={t('allRuns')}>
      <RunList
        runs={list.scope === 'all' ? list.runs : []}
        loading={list.loading}
        error={list.error}
        hasMore={list.hasMore}
        showProject
        onOpen={(run) =>
          run.projectId !== null &&
          open({ kind: 'run', projectId: run.projectId, runId: run.id, from: 'allRuns' })
        }
        onMore={() => void loadRuns('all', { more: true })}
        onRetry={() => void loadRuns('all')}
      />
    </Card>
  );
}
