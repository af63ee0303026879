import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountChoice, AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Badge, Button, ConfirmDialog, TextField } from '../../ui';
import { useAccounts } from '../../stores/accounts-store';
import { ConnectForm } from './ConnectForm';

const STATUS = {
  sandbox: { tone: 'info', text: 'settings:accounts.status.sandbox' },
  connected: { tone: 'good', text: 'settings:accounts.status.connected' },
} as const;

/** One of a service's accounts in Settings: its name, who it is, and what can be done. */
export function AccountRow({
  summary,
  account,
}: {
  summary: AccountSummary;
  account: AccountChoice;
}) {
  const { t } = useTranslation('settings');
  const { service } = summary;
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const test = useAccounts((state) => state.test);
  const disconnect = useAccounts((state) => state.disconnect);
  const rename = useAccounts((state) => state.rename);
  const select = useAccounts((state) => state.select);
  const [mode, setMode] = useState<'idle' | 'change' | 'rename' | 'confirm'>('idle');
  const name = SERVICE_NAMES[service];
  const status = STATUS[account.status];
  const several = summary.accounts.length > 1;
  const shown = summary.account?.id === account.id;

  return (
    <div
      className="stack account-row"
      role="group"
      aria-label={t('accounts.rowLabel', { service: name, name: account.name })}
    >
      {/* The sandbox alone needs no name: the card's badge says "Sandbox" already. */}
      {several || account.status !== 'sandbox' ? (
        <div className="row">
          <strong>{account.name}</strong>
          {/* With one account, the card's own badge says it already. */}
          {several ? <Badge tone={status.tone}>{t(status.text)}</Badge> : null}
          {several && shown ? <span className="subtle">{t('accounts.shown')}</span> : null}
        </div>
      ) : null}
      {/* Main names the sandbox in English; a real account's label is who it is. */}
      <p className="muted">
        {account.status === 'sandbox' ? t('accounts.sandboxLabel') : account.label}
      </p>
      {account.baseUrl ? <p className="subtle mono">{account.baseUrl}</p> : null}
      {mode === 'change' ? (
        <ConnectForm summary={summary} replacing={account} onDone={() => setMode('idle')} />
      ) : mode === 'rename' ? (
        <RenameForm
          account={account}
          busy={busy}
          onSave={(next) =>
            void rename(service, account.id, next).then((ok) => ok && setMode('idle'))
          }
          onCancel={() => setMode('idle')}
        />
      ) : (
        <div className="row">
          <Button busy={busy} onClick={() => void test(service, account.id)}>
            {t('accounts.test')}
          </Button>
          {account.status === 'connected' ? (
            <Button variant="secondary" onClick={() => setMode('change')}>
              {t('accounts.change')}
            </Button>
          ) : null}
          {several || account.status !== 'sandbox' ? (
            <Button variant="ghost" onClick={() => setMode('rename')}>
              {t('accounts.rename')}
            </Button>
          ) : null}
          {several && !shown ? (
            <Button variant="ghost" busy={busy} onClick={() => void select(service, account.id)}>
              {t('accounts.show')}
            </Button>
          ) : null}
          {account.status === 'connected' || several ? (
            <Button variant="danger" busy={busy} onClick={() => setMode('confirm')}>
              {t('accounts.disconnect')}
            </Button>
          ) : null}
        </div>
      )}
      {mode === 'confirm' ? (
        <ConfirmDialog
          open
          title={
            several
              ? t('accounts.confirmMany', { service: name, name: account.name })
              : t('accounts.confirmOne', { service: name })
          }
          confirmLabel={t('accounts.disconnect')}
          danger
          busy={busy}
          onCancel={() => setMode('idle')}
          onConfirm={() => void disconnect(service, account.id).then(() => setMode('idle'))}
        >
          {several
            ? t('accounts.confirmManyBody', { service: name, name: account.name })
            : t('accounts.confirmOneBody', { service: name })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function RenameForm({
  account,
  busy,
  onSave,
  onCancel,
}: {
  account: AccountChoice;
  busy: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(account.name);
  const [touched, setTouched] = useState(false);
  const problem = name.trim() ? undefined : t('accounts.nameMissing');
  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!problem) onSave(name);
  }
  return (
    <form className="row" onSubmit={submit} noValidate>
      <TextField
        label={t('accounts.name')}
        value={name}
        maxLength={40}
        onChange={(event) => setName(event.target.value)}
        error={touched ? problem : undefined}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {t('accounts.saveName')}
      </Button>
      <Button onClick={onCancel}>{t('common:cancel')}</Button>
    </form>
  );
}
