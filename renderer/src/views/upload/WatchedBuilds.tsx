import type { FoundBuild } from '../../../../shared/contract/watch';
import { SERVICE_NAMES } from '../../../../shared/domain/services';
import { Button, Card } from '../../ui';
import { useWatch } from '../../stores/watch-store';

/** "New builds in watched folders": each offered build, to open in the drop flow or dismiss. */
export function WatchedBuilds() {
  const offered = useWatch((s) => s.watch?.offered);
  if (!offered || offered.length === 0) return null;
  return (
    <Card title="New builds in watched folders">
      <ul className="list" aria-label="New builds in watched folders">
        {offered.map((build) => (
          <OfferedBuild key={build.id} build={build} />
        ))}
      </ul>
    </Card>
  );
}

function OfferedBuild({ build }: { build: FoundBuild }) {
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
          In <span className="mono">{build.folder}</span> ·{' '}
          {build.services.length > 0
            ? `Goes to ${build.services.map((s) => SERVICE_NAMES[s]).join(', ')}, as last time`
            : 'No services remembered for this app yet'}
        </span>
        {build.note ? <span className="subtle">{build.note}</span> : null}
      </div>
      <div className="row">
        <Button
          variant="primary"
          size="small"
          aria-label={`Open ${build.fileName}`}
          onClick={() => void open(build)}
        >
          Open
        </Button>
        <Button
          variant="ghost"
          size="small"
          aria-label={`Dismiss ${build.fileName}`}
          onClick={() => void dismiss(build.id)}
        >
          Dismiss
        </Button>
      </div>
    </li>
  );
}
