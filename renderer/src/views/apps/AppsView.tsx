import './installr.css';
import { useEffect } from 'react';
import { useInstallrApps } from '../../stores/installr-apps-store';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import { Button, EmptyState, ErrorState, LoadingState, Page } from '../../ui';
import { AppDetail } from './AppDetail';
import { AppList } from './AppList';

/** Installr's apps: pick one on the left, its builds and activity on the right. */
export function AppsView() {
  const apps = useInstallrApps((state) => state.apps);
  const selectedAppId = useInstallrApps((state) => state.selectedAppId);
  const loadApps = useInstallrApps((state) => state.loadApps);

  useEffect(() => void loadApps(), [loadApps]);

  const list = apps.data;
  return (
    <Page
      title="Apps"
      subtitle="Your apps on Installr: every build, and what testers did lately."
      actions={
        <>
          <AccountSwitcher service="installr" onSwitched={loadApps} />
          <Button busy={apps.loading} onClick={() => void loadApps()}>
            Refresh
          </Button>
        </>
      }
    >
      {apps.error ? <ErrorState error={apps.error} onRetry={() => void loadApps()} /> : null}
      {!list && apps.loading ? <LoadingState label="Loading apps from Installr…" /> : null}
      {list && list.length === 0 ? (
        <EmptyState icon="▦" title="No apps on Installr yet">
          Drop a build on Dropship to upload the first one.
        </EmptyState>
      ) : null}
      {list && list.length > 0 ? (
        <div className="installr-split">
          <AppList apps={list} />
          {selectedAppId !== undefined ? <AppDetail appId={selectedAppId} /> : null}
        </div>
      ) : null}
    </Page>
  );
}
