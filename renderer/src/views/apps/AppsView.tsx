import './installr.css';
import { useEffect } from 'react';
import { useInstallrApps } from '../../stores/installr-apps-store';
import { AccountSwitcher } from '../../app/AccountSwitcher';
import { Button, EmptyState, ErrorState, LoadingState, Page } from '../../ui';
import { AppDetail } from './AppDetail';
import { AppList } from './AppList';
import { useTranslation } from 'react-i18next';

/** Installr's apps: pick one on the left, its builds and activity on the right. */
export function AppsView() {
  const { t } = useTranslation('apps');
  const apps = useInstallrApps((state) => state.apps);
  const selectedAppId = useInstallrApps((state) => state.selectedAppId);
  const loadApps = useInstallrApps((state) => state.loadApps);

  useEffect(() => void loadApps(), [loadApps]);

  const list = apps.data;
  return (
    <Page
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          <AccountSwitcher service="installr" onSwitched={loadApps} />
          <Button busy={apps.loading} onClick={() => void loadApps()}>
            {t('refresh')}
          </Button>
        </>
      }
    >
      {apps.error ? <ErrorState error={apps.error} onRetry={() => void loadApps()} /> : null}
      {!list && apps.loading ? <LoadingState label={t('loading')} /> : null}
      {list && list.length === 0 ? (
        <EmptyState icon="▦" title={t('none')}>
          {t('noneHint')}
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
