import { useEffect } from 'react';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { EmptyState, Page } from '../../ui';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import { AllRunsScreen } from '../bitbar-runs/AllRunsScreen';
import { RunScreen } from '../bitbar-runs/RunScreen';
import { ProjectList } from './ProjectList';
import { ProjectScreen } from './ProjectScreen';
import './bitbar.css';
import { useTranslation } from 'react-i18next';

/** Bitbar projects, their config and files, and test runs with their results. */
export function BitbarView() {
  const { t } = useTranslation('bitbarProjects');
  const { screen, load, projects } = useBitbarProjects();
  useEffect(() => void load(), [load]);
  const project =
    screen && screen.kind !== 'allRuns'
      ? projects.find((p) => p.id === screen.projectId)
      : undefined;

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={<AccountSwitcher service="bitbar" onSwitched={load} />}
    >
      <div className="bitbar-layout">
        <ProjectList />
        <div className="stack bitbar-main">
          {screen?.kind === 'allRuns' ? <AllRunsScreen /> : null}
          {screen?.kind === 'run' ? (
            <RunScreen
              key={screen.runId}
              projectId={screen.projectId}
              runId={screen.runId}
              from={screen.from}
            />
          ) : null}
          {screen?.kind === 'project' && project ? (
            <ProjectScreen project={project} tab={screen.tab} />
          ) : null}
          {!screen ? (
            <EmptyState icon="▷" title={t('noProject')}>
              {t('noProjectHint')}
            </EmptyState>
          ) : null}
        </div>
      </div>
    </Page>
  );
}
