import { useState, type FormEvent } from 'react';
import type { AccountChoice, AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Button, TextField } from '../../ui';
import { useAccounts, type ConnectForm as ConnectFormInput } from '../../stores/accounts-store';

const TOKEN_LABEL: Record<AccountSummary['service'], string> = {
  installr: 'API token (Account page → API tokens)',
  testio: 'Customer API token',
  bitbar: 'API key (My account → API key)',
  productscience: 'API token',
};

/** Connects a new account of the service, or (`replacing`) gives one new credentials. */
export function ConnectForm({
  summary,
  replacing,
  onDone,
}: {
  summary: AccountSummary;
  replacing?: AccountChoice;
  onDone: () => void;
}) {
  const { service } = summary;
  const busy = useAccounts((state) => state.busy[service] ?? false);
  const serverFields = useAccounts((state) => state.results[service]?.fields);
  const connect = useAccounts((state) => state.connect);
  const clearResult = useAccounts((state) => state.clearResult);
  const [baseUrl, setBaseUrl] = useState(replacing?.baseUrl ?? summary.defaultBaseUrl);
  // A first real account replaces the sandbox: then no name is taken yet.
  const onlySandbox = summary.accounts.every((a) => a.status === 'sandbox');
  const taken = onlySandbox
    ? []
    : summary.accounts.filter((a) => a.id !== replacing?.id).map((a) => a.name);
  const [name, setName] = useState(taken.length === 0 ? 'Default' : '');
  const [secret, setSecret] = useState('');
  const [username, setUsername] = useState('');
  // Bitbar also signs in with e-mail and password (OAuth); the others take a token.
  const [bitbarAuth, setBitbarAuth] = useState<'apiKey' | 'oauth'>('apiKey');
  const oauth = service === 'bitbar' && bitbarAuth === 'oauth';
  const [touched, setTouched] = useState(false);

  const localErrors = {
    name: replacing
      ? undefined
      : !name.trim()
        ? 'Name the account, e.g. the team it belongs to'
        : taken.some((t) => t.toLowerCase() === name.trim().toLowerCase())
          ? `Another ${SERVICE_NAMES[service]} account is called “${name.trim()}”`
          : undefined,
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
    if (localErrors.name || localErrors.baseUrl || localErrors.secret || localErrors.username) {
      // The new problem is the one to fix; an older answer from the service is stale.
      clearResult(service);
      return;
    }
    const auth: ConnectFormInput['auth'] = service === 'bitbar' ? bitbarAuth : 'token';
    const form = {
      baseUrl: baseUrl.trim(),
      secret: oauth ? secret : secret.trim(),
      auth,
      ...(replacing ? { account: replacing.id } : { name: name.trim() }),
    };
    if (await connect(service, oauth ? { ...form, username: username.trim() } : form)) onDone();
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {replacing ? null : (
        <TextField
          label="Account name"
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
          error={(touched ? localErrors.name : undefined) ?? serverFields?.name}
          hint="Yours to choose, e.g. the team: it tells this account apart from others."
        />
      )}
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
