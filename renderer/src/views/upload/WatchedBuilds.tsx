import { useTranslation } from 'react-i18next';
import type { FoundBuild } from '../../../../shared/contract/watch';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Button, Card, formatList } from '../../ui';
import { useWatch } from '../../stores/watch-store';

/** "New builds in watched folders": each offered build, to open in the drop flow or dismiss. */
export function WatchedBuilds() {
  const { t } = useTranslation('upload');
  const offered = useWatch((s) => s.watch?.offered);
  if (!offered || offered.length === 0) return null;
  return (
    <Card title={t('watched.title')}>
      <ul className="list" aria-label={t('watched.title')}>
        {offered.map((build) => (
          <OfferedBuild key={build.id} build={build} />
        ))}
      </ul>
    </Card>
  );
}

function OfferedBuild({ build }: { build: FoundBuild }) {
  const { t } = useTranslation('upload');
  const open = useWatch((s) => s.open);
  const dismiss = useWatch((s) => s.dismiss);
  const app = build.appName ? `${build.appName} ${build.version ?? ''}`.trim() : undefined;
  return (
    <li className="list-row list-row-split">
      <div className="stack list-row-text">
        <div>
          <strong>{build.fileName}</strong>
          {app ? <span className="muted"> · {app}</span> : null}
          {build.appId ? <span className="subtle mono"> {build.appId}</span> : null}
        </div>
        <span className="subtle">
          {t('watched.in')} <span className="mono">{build.folder}</span> ·{' '}
          {build.services.length > 0
            ? t('watched.goesTo', {
                services: formatList(build.services.map((s) => SERVICE_NAMES[s])),
              })
            : t('watched.noServices')}
        </span>
        {build.note ? <span className="subtle">{build.note}</span> : null}
      </div>
      <div className="row">
        <Button
          variant="primary"
          size="small"
          aria-label={t('watched.openFile', { file: build.fileName })}
          onClick={() => void open(build)}
        >
          {t('watched.open')}
        </Button>
        <Button
          variant="ghost"
          size="small"
          aria-label={t('watched.dismissFile', { file: build.fileName })}
          onClick={() => void dismiss(build.id)}
        >
          {t('watched.dismiss')}
        </Button>
      </div>
    </li>
  );
}
