import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAMES, type ServiceId } from '../../../../shared/domain/services';
import { ensureAccounts, useAccounts } from '../../stores/accounts-store';
import { useUpload } from '../../stores/upload-store';
import { Select } from '../../ui';

/**
 * Which account of the service receives the build: shown only when it has several. The
 * choice goes into the target, so it is remembered for the app with the other options.
 */
export function AccountPicker({ service }: { service: ServiceId }) {
  const { t } = useTranslation('app');
  const summary = useAccounts((state) => state.accounts.find((a) => a.service === service));
  const chosen = useUpload((state) => state.forms[service].account);
  const edit = useUpload((state) => state.edit);
  useEffect(ensureAccounts, []);
  if (!summary || summary.accounts.length < 2) return null;
  // A remembered account removed since: the one the views show instead.
  const known = summary.accounts.find((a) => a.id === chosen || a.name === chosen);
  const value = known?.id ?? summary.account?.id ?? summary.accounts[0]!.id;
  return (
    <div className="account-picker">
      <Select
        label={t('account.label', { service: SERVICE_NAMES[service] })}
        value={value}
        options={summary.accounts.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(account) => edit(service, { account })}
      />
    </div>
  );
}
