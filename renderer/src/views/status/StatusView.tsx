import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallrAppStatus } from '../../../../shared/contract/installr';
import { useInstallrStatus } from '../../stores/installr-status-store';
import {
  Button,
  Card,
  CopyButton,
  ErrorState,
  formatDate,
  formatRelative,
  Page,
  TextField,
} from '../../ui';
import '../apps/installr.css';

/** "Which version is out, and where do I install it?" — for anyone with the app token. */
export function StatusView() {
  const { t } = useTranslation('status');
  const appToken = useInstallrStatus((state) => state.appToken);
  const checking = useInstallrStatus((state) => state.checking);
  const status = useInstallrStatus((state) => state.status);
  const error = useInstallrStatus((state) => state.error);
  const setAppToken = useInstallrStatus((state) => state.setAppToken);
  const check = useInstallrStatus((state) => state.check);
  const fieldError = error?.fields?.appToken;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check();
  };

  return (
    <Page title={t('page.title')} subtitle={t('page.subtitle')}>
      <Card>
        <form className="stack" onSubmit={submit} noValidate>
          <TextField
            label={t('token.label')}
            className="input mono"
            autoComplete="off"
            spellCheck={false}
            value={appToken}
            onChange={(event) => setAppToken(event.target.value)}
            error={fieldError}
            hint={t('token.hint')}
          />
          <div className="row">
            <Button type="submit" variant="primary" busy={checking}>
              {t('token.check')}
            </Button>
          </div>
        </form>
      </Card>
      {error && !fieldError ? (
        <ErrorState error={error} {...(error.retryable ? { onRetry: () => void check() } : {})} />
      ) : null}
      {status ? <StatusCard status={status} /> : null}
    </Page>
  );
}

function StatusCard({ status }: { status: InstallrAppStatus }) {
  const { t } = useTranslation('status');
  return (
    <Card
      title={
        <div className="stack" style={{ gap: 2 }}>
          <h2>{status.title}</h2>
          <span className="subtle mono">{status.bundleId}</span>
        </div>
      }
    >
      <dl className="kv" aria-label={t('card.label')}>
        <dt>{t('card.version')}</dt>
        <dd>{status.version}</dd>
        {status.buildNumber ? (
          <>
            <dt>{t('card.build')}</dt>
            <dd>{status.buildNumber}</dd>
          </>
        ) : null}
        <dt>{t('card.released')}</dt>
        <dd>
          {formatDate(status.createdAt)}{' '}
          <span className="subtle">({formatRelative(status.createdAt)})</span>
        </dd>
        <dt>{t('card.notes')}</dt>
        <dd className="installr-notes">{status.releaseNotes ?? t('card.noNotes')}</dd>
        <dt>{t('card.install')}</dt>
        <dd>
          {status.installUrl ? (
            <div className="row">
              <span className="mono installr-link">{status.installUrl}</span>
              <CopyButton text={status.installUrl} label={t('card.copyInstall')} />
            </div>
          ) : (
            t('card.noInstall')
          )}
        </dd>
      </dl>
    </Card>
  );
}
