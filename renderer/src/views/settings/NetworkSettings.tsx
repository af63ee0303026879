import { useEffect, useState } from 'react';
import type { ConnectionTest, NetworkStatus } from '../../../../shared/contract/network';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import {
  Badge,
  Button,
  Card,
  Choice,
  ErrorState,
  LoadingState,
  TextArea,
  TextField,
} from '../../ui';
import { useNetwork } from '../../stores/network-store';

const ORIGIN_WORDS = {
  system: 'from this computer’s settings',
  environment: 'from the environment',
  manual: 'set here',
  none: 'no proxy configured',
} as const;

const STEP_WORDS = {
  lookup: 'Name lookup',
  proxy: 'Proxy',
  tls: 'Secure connection (TLS)',
  authentication: 'Authentication',
  service: 'The service',
} as const;

export function NetworkSettings() {
  const { status, loadError, load } = useNetwork();
  useEffect(() => void load(), [load]);
  return (
    <Card title="Network">
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {status ? (
        <div className="stack">
          <RoutesInEffect status={status} />
          <NetworkForm
            key={JSON.stringify([status.proxyMode, status.proxyUrl, status.caFiles])}
            status={status}
          />
        </div>
      ) : loadError ? null : (
        <LoadingState rows={3} />
      )}
    </Card>
  );
}

/** Each service: its host, the proxy it goes through now and where that came from; a test. */
function RoutesInEffect({ status }: { status: NetworkStatus }) {
  const { tests, testing, test } = useNetwork();
  return (
    <div className="stack">
      <h3>In effect now</h3>
      <ul className="stack route-list" aria-label="Proxy for each service">
        {status.services.map((entry) => (
          <li key={entry.service} className="stack">
            <div className="row">
              <strong>{SERVICE_NAMES[entry.service]}</strong>
              <span className="subtle mono">{entry.host}</span>
              <span>
                →{' '}
                <span className="mono">
                  {entry.route === 'Direct' ? 'direct' : `proxy ${entry.route}`}
                </span>{' '}
                <span className="subtle">({ORIGIN_WORDS[entry.origin]})</span>
              </span>
              <Button
                busy={testing[entry.service] ?? false}
                onClick={() => void test(entry.service)}
              >
                Test connection
              </Button>
            </div>
            {tests[entry.service] ? <TestSteps result={tests[entry.service]!} /> : null}
          </li>
        ))}
      </ul>
      <p className="muted">Trusted certificate authorities: {status.caSources.join(' · ')}</p>
    </div>
  );
}

function TestSteps({ result }: { result: ConnectionTest }) {
  return (
    <dl className="kv" aria-label={`Connection test for ${SERVICE_NAMES[result.service]}`}>
      {result.steps.map((step) => (
        <div key={step.step} style={{ display: 'contents' }}>
          <dt>
            <Badge
              tone={step.state === 'ok' ? 'good' : step.state === 'failed' ? 'bad' : 'neutral'}
            >
              {step.state === 'ok' ? 'OK' : step.state === 'failed' ? 'Failed' : 'Skipped'}
            </Badge>{' '}
            {STEP_WORDS[step.step]}
          </dt>
          <dd>{step.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Keyed by the saved values, so it starts from them and resets when they change. */
function NetworkForm({ status }: { status: NetworkStatus }) {
  const { save, saving, saved, saveError } = useNetwork();
  const [mode, setMode] = useState(status.proxyMode);
  const [proxyUrl, setProxyUrl] = useState(status.proxyUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [caFiles, setCaFiles] = useState(status.caFiles.join('\n'));
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        void save({
          proxyMode: mode,
          proxyUrl,
          caFiles: caFiles
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          ...(username ? { proxyUsername: username, proxyPassword: password } : {}),
        });
      }}
    >
      <h3>Proxy</h3>
      <div className="row" role="radiogroup" aria-label="Proxy">
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'system'}
          onChange={() => setMode('system')}
        >
          Use this computer’s proxy settings
        </Choice>
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'manual'}
          onChange={() => setMode('manual')}
        >
          Use this proxy
        </Choice>
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'direct'}
          onChange={() => setMode('direct')}
        >
          No proxy
        </Choice>
      </div>
      {mode === 'manual' ? (
        <TextField
          label="Proxy address"
          placeholder="proxy.example.com:8080"
          value={proxyUrl}
          onChange={(event) => setProxyUrl(event.target.value)}
          error={saveError?.fields?.proxyUrl}
        />
      ) : null}
      <div className="grid-2">
        <TextField
          label="Proxy user name"
          autoComplete="off"
          hint={
            status.hasProxyCredentials
              ? `Saved for ${status.proxyUsername ?? 'a user'}; leave empty to keep it.`
              : 'Only if the proxy asks for one.'
          }
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label="Proxy password"
          type="password"
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <h3>Certificates</h3>
      <TextArea
        label="Also trust the certificate authorities in these PEM files (one path a line)"
        hint="Your company’s root certificate, if your network inspects secure connections."
        value={caFiles}
        onChange={(event) => setCaFiles(event.target.value)}
        error={saveError?.fields?.caFiles}
      />
      {saveError && !saveError.fields ? (
        <div className="banner banner-bad" role="alert">
          {saveError.message}
        </div>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={saving}>
          Save network settings
        </Button>
        {status.hasProxyCredentials ? (
          <Button
            onClick={() =>
              void save({
                proxyMode: status.proxyMode,
                proxyUrl: status.proxyUrl,
                caFiles: status.caFiles,
                clearProxyCredentials: true,
              })
            }
          >
            Forget the proxy password
          </Button>
        ) : null}
        {saved ? (
          <span className="subtle" role="status">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
