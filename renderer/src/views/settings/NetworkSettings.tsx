import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTest, NetworkStatus } from '../../../../shared/contract/network';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import {
  Badge,
  Button,
  Card,
  Choice,
  ErrorState,
  errorText,
  LoadingState,
  TextArea,
  TextField,
} from '../../ui';
import { useNetwork } from '../../stores/network-store';

const ORIGIN_WORDS = {
  system: 'settings:network.origin.system',
  environment: 'settings:network.origin.environment',
  manual: 'settings:network.origin.manual',
  none: 'settings:network.origin.none',
} as const;

const STEP_WORDS = {
  lookup: 'settings:network.step.lookup',
  proxy: 'settings:network.step.proxy',
  tls: 'settings:network.step.tls',
  authentication: 'settings:network.step.authentication',
  service: 'settings:network.step.service',
} as const;

const STATE_WORDS = {
  ok: 'settings:network.state.ok',
  failed: 'settings:network.state.failed',
  skipped: 'settings:network.state.skipped',
} as const;

export function NetworkSettings() {
  const { t } = useTranslation('settings');
  const { status, loadError, load } = useNetwork();
  useEffect(() => void load(), [load]);
  return (
    <Card title={t('network.title')}>
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
  const { t } = useTranslation('settings');
  const { tests, testing, test } = useNetwork();
  return (
    <div className="stack">
      <h3>{t('network.inEffect')}</h3>
      <ul className="stack route-list" aria-label={t('network.perService')}>
        {status.services.map((entry) => (
          <li key={entry.service} className="stack">
            <div className="row">
              <strong>{SERVICE_NAMES[entry.service]}</strong>
              <span className="subtle mono">{entry.host}</span>
              <span>
                →{' '}
                <span className="mono">
                  {entry.route === 'Direct'
                    ? t('network.direct')
                    : t('network.viaProxy', { route: entry.route })}
                </span>{' '}
                <span className="subtle">({t(ORIGIN_WORDS[entry.origin])})</span>
              </span>
              <Button
                busy={testing[entry.service] ?? false}
                onClick={() => void test(entry.service)}
              >
                {t('network.test')}
              </Button>
            </div>
            {tests[entry.service] ? <TestSteps result={tests[entry.service]!} /> : null}
          </li>
        ))}
      </ul>
      <p className="muted">{t('network.cas', { sources: status.caSources.join(' · ') })}</p>
    </div>
  );
}

function TestSteps({ result }: { result: ConnectionTest }) {
  const { t } = useTranslation('settings');
  return (
    <dl className="kv" aria-label={t('network.testOf', { service: SERVICE_NAMES[result.service] })}>
      {result.steps.map((step) => (
        <div key={step.step} style={{ display: 'contents' }}>
          <dt>
            <Badge
              tone={step.state === 'ok' ? 'good' : step.state === 'failed' ? 'bad' : 'neutral'}
            >
              {t(STATE_WORDS[step.state])}
            </Badge>{' '}
            {t(STEP_WORDS[step.step])}
          </dt>
          <dd>{step.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Keyed by the saved values, so it starts from them and resets when they change. */
function NetworkForm({ status }: { status: NetworkStatus }) {
  const { t } = useTranslation('settings');
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
      <h3>{t('network.proxy')}</h3>
      <div className="row" role="radiogroup" aria-label={t('network.proxy')}>
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'system'}
          onChange={() => setMode('system')}
        >
          {t('network.useSystem')}
        </Choice>
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'manual'}
          onChange={() => setMode('manual')}
        >
          {t('network.useManual')}
        </Choice>
        <Choice
          type="radio"
          name="proxy-mode"
          checked={mode === 'direct'}
          onChange={() => setMode('direct')}
        >
          {t('network.useNone')}
        </Choice>
      </div>
      {mode === 'manual' ? (
        <TextField
          label={t('network.address')}
          placeholder="proxy.example.com:8080"
          value={proxyUrl}
          onChange={(event) => setProxyUrl(event.target.value)}
          error={saveError?.fields?.proxyUrl}
        />
      ) : null}
      <div className="grid-2">
        <TextField
          label={t('network.user')}
          autoComplete="off"
          hint={
            status.hasProxyCredentials
              ? t('network.userSaved', { user: status.proxyUsername ?? t('network.aUser') })
              : t('network.userHint')
          }
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label={t('network.password')}
          type="password"
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <h3>{t('network.certificates')}</h3>
      <TextArea
        label={t('network.caFiles')}
        hint={t('network.caHint')}
        value={caFiles}
        onChange={(event) => setCaFiles(event.target.value)}
        error={saveError?.fields?.caFiles}
      />
      {saveError && !saveError.fields ? (
        <div className="banner banner-bad" role="alert">
          {errorText(saveError)}
        </div>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={saving}>
          {t('network.save')}
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
            {t('network.forget')}
          </Button>
        ) : null}
        {saved ? (
          <span className="subtle" role="status">
            {t('network.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
