import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Badge, Button, Card } from '../../ui';
import { useAccounts } from '../../stores/accounts-store';
import { AccountRow } from './AccountRow';
import { ConnectForm } from './ConnectForm';

const STATUS = {
  sandbox: { tone: 'info', text: 'settings:accounts.status.sandbox' },
  connected: { tone: 'good', text: 'settings:accounts.status.connected' },
  not_connected: { tone: 'neutral', text: 'settings:accounts.status.notConnected' },
} as const;

/** A service in Settings: each of its accounts, and adding another. */
export function ServiceCard({ account: summary }: { account: AccountSummary }) {
  const { t } = useTranslation('settings');
  const { service } = summary;
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const result = useAccounts((state) => state.results[service]);
  const switchToSandbox = useAccounts((state) => state.switchToSandbox);
  const [adding, setAdding] = useState(false);
  const name = SERVICE_NAMES[service];
  const status = STATUS[summary.status];
  // The demo sandbox stands in until a real account comes: the first one replaces it.
  const none = summary.accounts.every((a) => a.status === 'sandbox');
  const hasSandbox = summary.accounts.some((a) => a.status === 'sandbox');

  return (
    <Card
      title={
        <div className="row">
          <h2>{name}</h2>
          <Badge tone={status.tone}>{t(status.text)}</Badge>
        </div>
      }
    >
      <div className="stack">
        {summary.accounts.length === 0 ? (
          <p className="muted">{t('accounts.none', { service: name })}</p>
        ) : null}
        {summary.accounts.map((account) => (
          <AccountRow key={account.id} summary={summary} account={account} />
        ))}
        {result ? (
          <div
            className={`banner ${result.ok ? 'banner-good' : 'banner-bad'}`}
            role={result.ok ? 'status' : 'alert'}
          >
            {result.message}
          </div>
        ) : null}
        {adding ? (
          <ConnectForm summary={summary} onDone={() => setAdding(false)} />
        ) : (
          <div className="row">
            <Button variant={none ? 'primary' : 'secondary'} onClick={() => setAdding(true)}>
              {none
                ? t('accounts.connect', { service: name })
                : t('accounts.addAnother', { service: name })}
            </Button>
            {!hasSandbox ? (
              <Button variant="ghost" busy={busy} onClick={() => void switchToSandbox(service)}>
                {t('accounts.useSandbox')}
              </Button>
            ) : null}
          </div>
        )}
      </div>
    </Card>
  );
}
