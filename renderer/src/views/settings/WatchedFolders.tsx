import { useEffect } from 'react';
import { Button, Card, Choice, ErrorState, LoadingState } from '../../ui';
import { useWatch } from '../../stores/watch-store';

/** Settings → Watched folders: the folders, adding and removing them, auto-delivery. */
export function WatchedFolders() {
  const { watch, loadError, actionError, busy, load, chooseAndAdd, remove, setAutoDeliver } =
    useWatch();
  useEffect(() => void load(), [load]);
  return (
    <Card
      title="Watched folders"
      actions={
        <Button busy={busy} onClick={() => void chooseAndAdd()}>
          Add folder…
        </Button>
      }
    >
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {watch ? (
        <div className="stack">
          <p className="muted">
            New .apk, .aab and .ipa files in these folders (CI artifacts, a build output) are
            offered in Upload once they stop growing.
          </p>
          {watch.folders.length > 0 ? (
            <ul className="list" aria-label="Watched folders">
              {watch.folders.map((folder) => (
                <li key={folder.path} className="list-row list-row-split">
                  <div className="stack list-row-text">
                    <span className="mono">{folder.path}</span>
                    {folder.problem ? (
                      <span className="field-error" role="status">
                        {folder.problem}
                      </span>
                    ) : null}
                  </div>
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={`Stop watching ${folder.path}`}
                    onClick={() => void remove(folder.path)}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtle">No folders yet.</p>
          )}
          <Choice
            type="checkbox"
            role="switch"
            checked={watch.autoDeliver}
            disabled={busy}
            onChange={(event) => void setAutoDeliver(event.target.checked)}
          >
            Deliver new builds automatically, to the services last used for the same app
          </Choice>
          {actionError ? <ErrorState error={actionError} /> : null}
        </div>
      ) : loadError ? null : (
        <LoadingState rows={2} />
      )}
    </Card>
  );
}
