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

/** One app: its builds (newest first) and its activity feed. */
export function AppDetail({ appId }: { appId: number }) {
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
    return <LoadingState label="Loading the app’s builds…" />;
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
          <EmptyState title="No builds yet">Drop a build on Dropship to upload one.</EmptyState>
        ) : (
          <ul className="list installr-plain-list" aria-label="Builds">
            {app.builds.map((build, index) => (
              <BuildRow key={build.id} appId={app.id} build={build} latest={index === 0} />
            ))}
          </ul>
        )}
      </Card>
      <Card title="App token">
        <p className="muted" style={{ margin: 0 }}>
          App status, and a board card that follows {app.title} without your account, need this
          app’s token. Installr’s API does not hand it out: open {app.title} on Installr and copy it
          from the app’s Settings tab. A board card can also follow the app through your connected
          account, with no token.
        </p>
      </Card>
      <Card title="Activity">
        {app.events.length === 0 ? (
          <EmptyState title="Nothing happened yet" />
        ) : (
          <ul className="list installr-plain-list" aria-label="Activity">
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
          {latest ? <Badge tone="good">Latest</Badge> : null}
          <span className="subtle">{formatDate(build.createdAt)}</span>
        </div>
        {build.releaseNotes ? <p className="installr-notes">{build.releaseNotes}</p> : null}
        <span className="subtle">
          {[installsLabel(build.installs), build.size && formatSizeWords(build.size)]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <Button size="small" onClick={openTesters} aria-label={`Testers of ${buildLabel(build)}`}>
        Testers
      </Button>
    </li>
  );
}
