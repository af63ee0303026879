import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_NAMES } from '../../../shared/domain/services';
import { useAccounts } from '../stores/accounts-store';

/** Says plainly when services run against demo data, so nobody mistakes it for real. */
export function SandboxNotice() {
  const { t } = useTranslation('app');
  const accounts = useAccounts((state) => state.accounts);
  const load = useAccounts((state) => state.load);
  useEffect(() => void load(), [load]);
  const sandboxed = accounts.filter((account) => account.status === 'sandbox');
  if (sandboxed.length === 0) return null;
  const text =
    sandboxed.length === accounts.length
      ? t('sandbox.all')
      : t('sandbox.some', { services: sandboxed.map((a) => SERVICE_NAMES[a.service]).join(', ') });
  return (
    <span className="sandbox-notice" title={t('sandbox.tip')}>
      <span className="sandbox-dot" aria-hidden>
        ●
      </span>
      <span className="sandbox-text">{text}</span>
    </span>
  );
}
