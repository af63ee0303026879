import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { ensureAccounts, useAccounts } from '../stores/accounts-store';

/**
 * Which of the service's accounts a view shows, in its header: the name alone when it has
 * one, a menu to switch when it has several (main remembers the choice). `onSwitched`
 * reloads the view's data from the newly shown account.
 */
export function AccountSwitcher({
  service,
  onSwitched,
}: {
  service: ServiceId;
  onSwitched: () => unknown;
}) {
  const { t } = useTranslation('app');
  const summary = useAccounts((state) => state.accounts.find((a) => a.service === service));
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const select = useAccounts((state) => state.select);
  useEffect(ensureAccounts, []);
  if (!summary?.account) return null;
  const label = t('account.label', { service: SERVICE_NAMES[service] });
  if (summary.accounts.length < 2) {
    return (
      <span className="subtle account-switcher">
        {label}: <strong>{summary.account.name}</strong>
      </span>
    );
  }
  return (
    <label className="row account-switcher">
      <span className="subtle">{label}</span>
      <select
        className="select"
        value={summary.account.id}
        disabled={busy}
        onChange={(event) =>
          void select(service, event.target.value).then((ok) => ok && onSwitched())
        }
      >
        {summary.accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
    </label>
  );
}
