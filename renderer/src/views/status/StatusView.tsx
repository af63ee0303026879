import type { FormEvent } from 'react';
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
    <Page
      title="App status"
      subtitle="See which version testers get, without an Installr account: all you need is the app token."
    >
      <Card>
        <form className="stack" onSubmit={submit} noValidate>
          <TextField
            label="App token"
            className="input mono"
            autoComplete="off"
            spellCheck={false}
            value={appToken}
            onChange={(event) => setAppToken(event.target.value)}
            error={fieldError}
            hint="On Installr, open the app, then its Settings tab. It is not your API token."
          />
          <div className="row">
            <Button type="submit" variant="primary" busy={checking}>
              Check
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
  return (
    <Card
      title={
        <div className="stack" style={{ gap: 2 }}>
          <h2>{status.title}</h2>
          <span className="subtle mono">{status.bundleId}</span>
        </div>
      }
    >
      <dl className="kv" aria-label="Latest build">
        <dt>Latest version</dt>
        <dd>{status.version}</dd>
        {status.buildNumber ? (
          <>
            <dt>Build number</dt>
            <dd>{status.buildNumber}</dd>
          </>
        ) : null}
        <dt>Released</dt>
        <dd>
          {formatDate(status.createdAt)}{' '}
          <span className="subtle">({formatRelative(status.createdAt)})</span>
        </dd>
        <dt>Release notes</dt>
        <dd className="installr-notes">{status.releaseNotes ?? 'None written for this build.'}</dd>
        <dt>Install link</dt>
        <dd>
          {status.installUrl ? (
            <div className="row">
              <span className="mono installr-link">{status.installUrl}</span>
              <CopyButton text={status.installUrl} label="Copy install link" />
            </div>
          ) : (
            'Installr did not give one.'
          )}
        </dd>
      </dl>
    </Card>
  );
}
