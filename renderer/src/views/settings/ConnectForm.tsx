import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountChoice, AccountSummary } from '../../../../shared/contract/accounts';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Button, TextField } from '../../ui';
import { useAccounts, type ConnectForm as ConnectFormInput } from '../../stores/accounts-store';

const TOKEN_LABEL: Record<AccountSummary['service'], string> = {
  installr: 'settings:accounts.token.installr',
  testio: 'settings:accounts.token.testio',
  bitbar: 'settings:accounts.token.bitbar',
  productscience: 'settings:accounts.token.productscience',
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
  const { t } = useTranslation('settings');
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
  const [name, setName] = useState(taken.length === 0 ? t('accounts.defaultName') : '');
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
        ? t('accounts.nameNeeded')
        : taken.some((other) => other.toLowerCase() === name.trim().toLowerCase())
          ? t('accounts.nameTaken', { service: SERVICE_NAMES[service], name: name.trim() })
          : undefined,
    baseUrl: /^https?:\/\/\S+$/i.test(baseUrl.trim()) ? undefined : t('accounts.addressBad'),
    secret: secret.trim()
      ? undefined
      : oauth
        ? t('accounts.passwordMissing')
        : t('accounts.tokenMissing'),
    username: !oauth || /^\S+@\S+$/.test(username.trim()) ? undefined : t('accounts.emailBad'),
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
          label={t('accounts.name')}
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.target.value)}
          error={(touched ? localErrors.name : undefined) ?? serverFields?.name}
          hint={t('accounts.nameHint')}
        />
      )}
      <TextField
        label={t('accounts.address')}
        value={baseUrl}
        onChange={(event) => setBaseUrl(event.target.value)}
        error={(touched ? localErrors.baseUrl : undefined) ?? serverFields?.baseUrl}
        hint={service === 'bitbar' ? t('accounts.bitbarAddressHint') : undefined}
      />
      {service === 'bitbar' ? (
        <div className="segmented" role="group" aria-label={t('accounts.signInWith')}>
          <button type="button" aria-pressed={!oauth} onClick={() => setBitbarAuth('apiKey')}>
            {t('accounts.apiKey')}
          </button>
          <button type="button" aria-pressed={oauth} onClick={() => setBitbarAuth('oauth')}>
            {t('accounts.emailAndPassword')}
          </button>
        </div>
      ) : null}
      {oauth ? (
        <TextField
          label={t('accounts.email')}
          type="email"
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={(touched ? localErrors.username : undefined) ?? serverFields?.username}
        />
      ) : null}
      <TextField
        label={oauth ? t('accounts.password') : t(TOKEN_LABEL[service])}
        type="password"
        autoComplete="off"
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
        error={(touched ? localErrors.secret : undefined) ?? serverFields?.secret}
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('accounts.submit')}
        </Button>
        <Button onClick={onDone}>{t('common:cancel')}</Button>
        <span className="subtle">{t('accounts.checks', { service: SERVICE_NAMES[service] })}</span>
      </div>
    </form>
  );
}
