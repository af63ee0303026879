import { useEffect } from 'react';
import { ErrorState, LoadingState, Page } from '../../ui';
import { useAccounts } from '../../stores/accounts-store';
import { ServiceCard } from './ServiceCard';
import { NetworkSettings } from './NetworkSettings';
import { UploadPreferences } from './UploadPreferences';
import { LanguageSettings } from './LanguageSettings';
import { WatchedFolders } from './WatchedFolders';

export function SettingsView() {
  const { accounts, loading, loadError, load } = useAccounts();
  useEffect(() => void load(), [load]);

  return (
    <Page
      title="Settings"
      subtitle="Connect your accounts. Tokens are encrypted on this computer and never shown again."
    >
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {loading && accounts.length === 0 ? <LoadingState label="Loading accounts…" /> : null}
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
