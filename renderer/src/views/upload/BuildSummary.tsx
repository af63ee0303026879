import { useTranslation } from 'react-i18next';
import { Badge, Button, Choice, CopyButton, formatBytes } from '../../ui';
import { isUnreadableBuild, useUpload } from '../../stores/upload-store';

/** The dropped build as inspection read it: icon, name, id, version, size, SHA-256. */
export function BuildSummary() {
  const { t } = useTranslation('upload');
  const file = useUpload((s) => s.file);
  const sha256 = useUpload((s) => s.sha256);
  const hashError = useUpload((s) => s.hashError);
  const reset = useUpload((s) => s.reset);
  const sent = useUpload((s) => s.sentTo.length > 0);
  const sendUnreadable = useUpload((s) => s.sendUnreadable);
  const setSendUnreadable = useUpload((s) => s.setSendUnreadable);
  if (!file) return null;
  const build = file.build;
  return (
    <section className="card build-summary" aria-label={t('summary.label')}>
      <div className="row build-summary-head">
        {build?.iconDataUrl ? (
          <img
            className="app-icon build-icon"
            src={build.iconDataUrl}
            alt={t('summary.iconAlt', { name: build.name })}
          />
        ) : (
          <span className="app-icon build-icon build-icon-blank" aria-hidden>
            ▣
          </span>
        )}
        <div className="stack" style={{ gap: 2, flex: 1, minWidth: 0 }}>
          <h2 className="build-name">{build?.name || file.fileName}</h2>
          <span className="muted">{file.fileName}</span>
        </div>
        {build ? <Badge tone="info">{build.platform === 'ios' ? 'iOS' : 'Android'}</Badge> : null}
        {sent ? null : (
          <Button size="small" onClick={reset}>
            {t('summary.dropAnother')}
          </Button>
        )}
      </div>
      {file.inspectError && isUnreadableBuild(file) ? (
        <div className="banner banner-bad unreadable-build" role="alert">
          <span aria-hidden>⚠</span>
          <div className="stack" style={{ gap: 6 }}>
            <strong>{t('summary.unreadable', { reason: file.inspectError })}</strong>
            <span>{t('summary.unreadableBody')}</span>
            {sent ? null : (
              <Choice
                type="checkbox"
                checked={sendUnreadable}
                onChange={(event) => setSendUnreadable(event.target.checked)}
              >
                {t('summary.sendAnyway')}
              </Choice>
            )}
          </div>
        </div>
      ) : null}
      {file.inspectError && !isUnreadableBuild(file) ? (
        <p className="banner banner-info" role="status">
          {t('summary.notAnApp', { reason: file.inspectError })}
        </p>
      ) : null}
      <dl className="kv">
        {build ? (
          <>
            <dt>{t('summary.appId')}</dt>
            <dd className="mono">{build.id}</dd>
            <dt>{t('summary.version')}</dt>
            <dd>
              {build.build && build.build !== build.version
                ? t('summary.versionAndBuild', { version: build.version, build: build.build })
                : build.version}
            </dd>
            <dt>{t('summary.runsOn')}</dt>
            <dd>{t('summary.orLater', { minOs: build.minOs })}</dd>
          </>
        ) : null}
        <dt>{t('summary.size')}</dt>
        <dd>{formatBytes(file.size)}</dd>
        <dt>SHA-256</dt>
        <dd className="row" style={{ gap: 6 }}>
          {sha256 ? (
            <>
              <span className="mono sha" data-testid="build-sha256">
                {sha256}
              </span>
              <CopyButton text={sha256} />
            </>
          ) : (
            <span className="muted">{hashError ?? t('summary.computing')}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}
