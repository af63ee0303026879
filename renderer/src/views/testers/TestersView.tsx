import { useEffect } from 'react';
import { useInstallrApps } from '../../stores/installr-apps-store';
import { useInstallrTeam } from '../../stores/installr-team-store';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import { Button, EmptyState, ErrorState, LoadingState, Page, Select } from '../../ui';
import '../apps/installr.css';
import { buildLabel } from '../apps/build-words';
import { InviteForm } from './InviteForm';
import { TeamList } from './TeamList';
import { useTranslation } from 'react-i18next';

/** Who is testing which build: pick an app and build, see its team, invite more people. */
export function TestersView() {
  const { t } = useTranslation('testers');
  const apps = useInstallrApps((state) => state.apps);
  const loadApps = useInstallrApps((state) => state.loadApps);
  const ensureApps = useInstallrApps((state) => state.ensureApps);
  const appId = useInstallrTeam((state) => state.appId);
  const build = useInstallrTeam((state) => state.build);
  const choose = useInstallrTeam((state) => state.choose);
  const details = useInstallrApps((state) =>
    appId === undefined ? undefined : state.details[appId],
  );
  const loadDetails = useInstallrApps((state) => state.loadDetails);
  const loadTeam = useInstallrTeam((state) => state.loadTeam);
  const teamLoading = useInstallrTeam((state) => state.team.loading);

  // Once per visit, never in reaction to the load's own state: a failed load shows its
  // error with Try again instead of starting the next one.
  useEffect(() => {
    void ensureApps();
  }, [ensureApps]);
  useEffect(() => {
    const first = apps.data?.[0];
    if (appId === undefined && first) choose(first.id, 'latest');
  }, [apps.data, appId, choose]);
  useEffect(() => {
    if (appId !== undefined && !details) void loadDetails(appId);
  }, [appId, details, loadDetails]);
  useEffect(() => {
    if (appId !== undefined) void loadTeam();
  }, [appId, build, loadTeam]);

  const list = apps.data ?? [];
  const builds = details?.data?.builds ?? [];
  const latest = builds[0];
  const buildOptions = [
    {
      value: 'latest',
      label: latest ? t('latestBuildIs', { build: buildLabel(latest) }) : t('latestBuild'),
    },
    ...builds.map((b) => ({ value: String(b.id), label: buildLabel(b) })),
  ];

  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          <AccountSwitcher service="installr" onSwitched={loadApps} />
          <Button
            busy={teamLoading || apps.loading}
            onClick={() => void (appId === undefined ? loadApps() : loadTeam())}
          >
            {t('refresh')}
          </Button>
        </>
      }
    >
      {apps.error ? <ErrorState error={apps.error} onRetry={() => void loadApps()} /> : null}
      {!apps.data && apps.loading ? <LoadingState label={t('loadingApps')} /> : null}
      {apps.data && list.length === 0 ? (
        <EmptyState icon="☺" title={t('noApps')}>
          {t('noAppsHint')}
        </EmptyState>
      ) : null}
      {appId !== undefined && list.length > 0 ? (
        <>
          <div className="row" style={{ alignItems: 'flex-start' }}>
            <Select
              label={t('app')}
              value={String(appId)}
              options={list.map((app) => ({ value: String(app.id), label: app.title }))}
              onChange={(value) => choose(Number(value), 'latest')}
            />
            <Select
              label={t('build')}
              value={String(build)}
              options={buildOptions}
              disabled={!details?.data}
              onChange={(value) => choose(appId, value === 'latest' ? 'latest' : Number(value))}
            />
          </div>
          <div className="testers-split">
            <TeamList />
            <InviteForm />
          </div>
        </>
      ) : null}
    </Page>
  );
}
