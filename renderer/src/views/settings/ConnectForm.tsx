import { useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Button, TextField } from '../../ui';
import { useAccounts, type ConnectForm as ConnectFormInput } from '../../stores/accounts-store';

const TOKEN_LABEL: Record<AccountSummary['service'], string> = {
  installr: 'API token (Account page → API tokens)',
  testio: 'Customer API token',
  bitbar: 'API key (My account → API key)',
  productscience: 'API token',
};

export function ConnectForm({ account, onDone }: { account: AccountSummary; onDone: () => void }) {
  const { service } = account;
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const serverFields = useAccounts((state) => state.results[service]?.fields);
  const connect = useAccounts((state) => state.connect);
  const clearResult = useAccounts((state) => state.clearResult);
  const [baseUrl, setBaseUrl] = useState(
    account.status === 'connected' && account.baseUrl ? account.baseUrl : account.defaultBaseUrl,
  );
  const [secret, setSecret] = useState('');
  const [username, setUsername] = useState('');
  // Bitbar also signs in with e-mail and password (OAuth); the others take a token.
  const [bitbarAuth, setBitbarAuth] = useState<'apiKey' | 'oauth'>('apiKey');
  const oauth = service === 'bitbar' && bitbarAuth === 'oauth';
  const [touched, setTouched] = useState(false);

  const localErrors = {
    baseUrl: /^https?:\/\/\S+$/i.test(baseUrl.trim())
      ? undefined
      : 'Enter a full address, like https://example.com',
    secret: secret.trim() ? undefined : oauth ? 'Enter your password' : 'Paste your token',
    username:
      !oauth || /^\S+@\S+$/.test(username.trim()) ? undefined : 'Enter the e-mail you sign in with',
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (localErrors.baseUrl || localErrors.secret || localErrors.username) {
      // The new problem is the one to fix; an older answer from the service is stale.
      clearResult(service);
      return;
    }
    const auth: ConnectFormInput['auth'] = service === 'bitbar' ? bitbarAuth : 'token';
    const form = { baseUrl: baseUrl.trim(), secret: oauth ? secret : secret.trim(), auth };
    if (await connect(service, oauth ? { ...form, username: username.trim() } : form)) onDone();
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label="Address"
        value={baseUrl}
        onChange={(event) => setBaseUrl(event.target.value)}
        error={(touched ? localErrors.baseUrl : undefined) ?? serverFields?.baseUrl}
        hint={
          service === 'bitbar' ? 'For on-premises Bitbar, use your server’s address.' : undefined
        }
      />
      {service === 'bitbar' ? (
        <div className="segmented" role="group" aria-label="Sign in with">
          <button type="button" aria-pressed={!oauth} onClick={() => setBitbarAuth('apiKey')}>
            API key
          </button>
          <button type="button" aria-pressed={oauth} onClick={() => setBitbarAuth('oauth')}>
            E-mail and password
          </button>
        </div>
      ) : null}
      {oauth ? (
        <TextField
          label="E-mail"
          type="email"
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={(touched ? localErrors.username : undefined) ?? serverFields?.username}
        />
      ) : null}
      <TextField
        label={oauth ? 'Password' : TOKEN_LABEL[service]}
        type="password"
        autoComplete="off"
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
        error={(touched ? localErrors.secret : undefined) ?? serverFields?.secret}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          Check and connect
        </Button>
        <Button onClick={onDone}>Cancel</Button>
        <span className="subtle">
          Dropship checks the token with {SERVICE_NAMES[service]} before saving it.
        </span>
      </div>
    </form>
  );
}
