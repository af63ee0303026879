import { useEffect } from 'react';
import type { InstallrBuild } from '../../../../shared/contract/installr';
import { useInstallrApps } from '../../stores/installr-apps-store';
import { useInstallrTeam } from '../../stores/installr-team-store';
import { useNavigation } from '../../stores/navigation-store';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  formatDate,
  formatRelative,
  formatSizeWords,
  LoadingState,
} from '../../ui';
import { buildLabel, installsLabel } from './build-words';
import { useTranslation } from 'react-i18next';

/** One app: its builds (newest first) and its activity feed. */
export function AppDetail({ appId }: { appId: number }) {
  const { t } = useTranslation('apps');
  const details = useInstallrApps((state) => state.details[appId]);
  const loadDetails = useInstallrApps((state) => state.loadDetails);

  useEffect(() => {
    if (!details) void loadDetails(appId);
  }, [appId, details, loadDetails]);

  const app = details?.data;
  if (!app) {
    if (details?.error) {
      return <ErrorState error={details.error} onRetry={() => void loadDetails(appId)} />;
    }
    return <LoadingState label={t('detail.loading')} />;
  }
  return (
    <div className="stack">
      <Card
        title={
          <div className="stack" style={{ gap: 2 }}>
            <h2>{app.title}</h2>
            <span className="subtle mono">{app.bundleId}</span>
          </div>
        }
        actions={app.plan ? <Badge tone="info">{app.plan}</Badge> : null}
      >
        {app.builds.length === 0 ? (
          <EmptyState title={t('detail.noBuilds')}>{t('detail.noBuildsHint')}</EmptyState>
        ) : (
          <ul className="list installr-plain-list" aria-label={t('detail.builds')}>
            {app.builds.map((build, index) => (
              <BuildRow key={build.id} appId={app.id} build={build} latest={index === 0} />
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('detail.token')}>
        <p className="muted" style={{ margin: 0 }}>
          {t('detail.tokenBody', { app: app.title })}
        </p>
      </Card>
      <Card title={t('detail.activity')}>
        {app.events.length === 0 ? (
          <EmptyState title={t('detail.noActivity')} />
        ) : (
          <ul className="list installr-plain-list" aria-label={t('detail.activity')}>
            {app.events.map((event, index) => (
              <li key={index} className="list-row">
                <span style={{ flex: 1 }}>{event.description}</span>
                <span className="subtle" title={formatDate(event.at)}>
                  {formatRelative(event.at)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function BuildRow({
  appId,
  build,
  latest,
}: {
  appId: number;
  build: InstallrBuild;
  latest: boolean;
}) {
  const { t } = useTranslation('apps');
  const go = useNavigation((state) => state.go);
  const choose = useInstallrTeam((state) => state.choose);
  const openTesters = () => {
    choose(appId, latest ? 'latest' : build.id);
    go('testers');
  };
  return (
    <li className="list-row" style={{ alignItems: 'flex-start' }}>
      <div className="stack" style={{ gap: 4, flex: 1 }}>
        <div className="row">
          <strong>{buildLabel(build)}</strong>
          {latest ? <Badge tone="good">{t('detail.latest')}</Badge> : null}
          <span className="subtle">{formatDate(build.createdAt)}</span>
        </div>
        {build.releaseNotes ? <p className="installr-notes">{build.releaseNotes}</p> : null}
        <span className="subtle">
          {[installsLabel(t, build.installs), build.size && formatSizeWords(build.size)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <Button
        size="small"
        onClick={openTesters}
        aria-label={t('detail.testersOf', { build: buildLabel(build) })}
      >
        {t('detail.testers')}
      </Button>
    </li>
  );
}
