import type { InstallrApp } from '../../../../shared/contract/installr';
import { useInstallrApps } from '../../stores/installr-apps-store';
import { Badge, formatRelative, useListboxKeys } from '../../ui';
import { buildLabel, platformName } from './build-words';
import { useTranslation } from 'react-i18next';

export function AppList({ apps }: { apps: InstallrApp[] }) {
  const { t } = useTranslation('apps');
  const selectedAppId = useInstallrApps((state) => state.selectedAppId);
  const selectApp = useInstallrApps((state) => state.selectApp);
  const listKeys = useListboxKeys<HTMLDivElement>();
  return (
    <div className="list" role="listbox" aria-label={t('list.label')} {...listKeys}>
      {apps.map((app) => {
        const latest = app.latestBuild;
        return (
          <button
            key={app.id}
            type="button"
            role="option"
            className="list-row"
            aria-selected={app.id === selectedAppId}
            onClick={() => selectApp(app.id)}
          >
            <div className="stack" style={{ gap: 2, flex: 1, minWidth: 0 }}>
              <strong>{app.title}</strong>
              <span className="subtle mono installr-ellipsis">{app.bundleId}</span>
            </div>
            <div className="stack" style={{ gap: 2, alignItems: 'flex-end' }}>
              {latest ? (
                <>
                  <span>{buildLabel(latest)}</span>
                  <span className="subtle">{formatRelative(latest.createdAt)}</span>
                </>
              ) : (
                <span className="subtle">{t('list.noBuild')}</span>
              )}
            </div>
            {latest?.platform ? <Badge>{platformName(latest.platform)}</Badge> : null}
          </button>
        );
      })}
    </div>
  );
}
