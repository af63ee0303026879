import { useState } from 'react';
import type { AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Badge, Button, Card, ConfirmDialog } from '../../ui';
import { useAccounts } from '../../stores/accounts-store';
import { ConnectForm } from './ConnectForm';

const STATUS = {
  sandbox: { tone: 'info', text: 'Sandbox' },
  connected: { tone: 'good', text: 'Connected' },
  not_connected: { tone: 'neutral', text: 'Not connected' },
} as const;

export function ServiceCard({ account }: { account: AccountSummary }) {
  const { service } = account;
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const result = useAccounts((state) => state.results[service]);
  const test = useAccounts((state) => state.test);
  const disconnect = useAccounts((state) => state.disconnect);
  const switchToSandbox = useAccounts((state) => state.switchToSandbox);
  const [connecting, setConnecting] = useState(false);
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  const name = SERVICE_NAMES[service];
  const status = STATUS[account.status];

  return (
    <Card
      title={
        <div className="row">
          <h2>{name}</h2>
          <Badge tone={status.tone}>{status.text}</Badge>
        </div>
      }
    >
      <div className="stack">
        <p className="muted">
          {account.status === 'not_connected'
            ? `Dropship has no ${name} account. Connect one to use your own data, or use the sandbox to try ${name} with demo data.`
            : account.label}
        </p>
        {account.baseUrl ? <p className="subtle mono">{account.baseUrl}</p> : null}
        {result ? (
          <div
            className={`banner ${result.ok ? 'banner-good' : 'banner-bad'}`}
            role={result.ok ? 'status' : 'alert'}
          >
            {result.message}
          </div>
        ) : null}
        {connecting ? (
          <ConnectForm account={account} onDone={() => setConnecting(false)} />
        ) : (
          <div className="row">
            {account.status !== 'not_connected' ? (
              <Button busy={busy} onClick={() => void test(service)}>
                Test connection
              </Button>
            ) : null}
            <Button
              variant={account.status === 'connected' ? 'secondary' : 'primary'}
              onClick={() => setConnecting(true)}
            >
              {account.status === 'connected' ? 'Change account' : `Connect ${name}`}
            </Button>
            {account.status === 'connected' ? (
              <Button variant="danger" busy={busy} onClick={() => setConfirmingDisconnect(true)}>
                Disconnect
              </Button>
            ) : null}
            {account.status !== 'sandbox' ? (
              <Button variant="ghost" busy={busy} onClick={() => void switchToSandbox(service)}>
                Use the sandbox
              </Button>
            ) : null}
          </div>
        )}
      </div>
      {confirmingDisconnect ? (
        <ConfirmDialog
          open
          title={`Disconnect ${name}?`}
          confirmLabel="Disconnect"
          danger
          busy={busy}
          onCancel={() => setConfirmingDisconnect(false)}
          onConfirm={() => void disconnect(service).then(() => setConfirmingDisconnect(false))}
        >
          {`Dropship removes the ${name} token from this computer. Uploads and views that use ${name} stop working until you connect again or choose the sandbox.`}
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
