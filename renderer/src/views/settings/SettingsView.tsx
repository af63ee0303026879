import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, Page } from '../../ui';
import { useAccounts } from '../../stores/accounts-store';
import { ServiceCard } from './ServiceCard';
import { NetworkSettings } from './NetworkSettings';
import { UploadPreferences } from './UploadPreferences';
import { LanguageSettings } from './LanguageSettings';
import { WatchedFolders } from './WatchedFolders';

export function SettingsView() {
  const { t } = useTranslation('settings');
  const { accounts, loading, loadError, load } = useAccounts();
  useEffect(() => void load(), [load]);

  return (
    <Page title={t('page.title')} subtitle={t('page.subtitle')}>
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {loading && accounts.length === 0 ? <LoadingState label={t('page.loadingAccounts')} /> : null}
      <div className="grid-2">
        {accounts.map((account) => (
          <ServiceCard key={account.service} account={account} />
        ))}
      </div>
      <LanguageSettings />
      <UploadPreferences />
      <WatchedFolders />
      <NetworkSettings />
    </Page>
  );
}
