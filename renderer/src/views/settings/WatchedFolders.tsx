import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Choice, ErrorState, LoadingState } from '../../ui';
import { useWatch } from '../../stores/watch-store';

/** Settings → Watched folders: the folders, adding and removing them, auto-delivery. */
export function WatchedFolders() {
  const { t } = useTranslation('settings');
  const { watch, loadError, actionError, busy, load, chooseAndAdd, remove, setAutoDeliver } =
    useWatch();
  useEffect(() => void load(), [load]);
  return (
    <Card
      title={t('watch.title')}
      actions={
        <Button busy={busy} onClick={() => void chooseAndAdd()}>
          {t('watch.add')}
        </Button>
      }
    >
      {loadError ? <ErrorState error={loadError} onRetry={() => void load()} /> : null}
      {watch ? (
        <div className="stack">
          <p className="muted">{t('watch.body')}</p>
          {watch.folders.length > 0 ? (
            <ul className="list" aria-label={t('watch.title')}>
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
                    aria-label={t('watch.stop', { folder: folder.path })}
                    onClick={() => void remove(folder.path)}
                  >
                    {t('watch.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtle">{t('watch.none')}</p>
          )}
          <Choice
            type="checkbox"
            role="switch"
            checked={watch.autoDeliver}
            disabled={busy}
            onChange={(event) => void setAutoDeliver(event.target.checked)}
          >
            {t('watch.auto')}
          </Choice>
          {actionError ? <ErrorState error={actionError} /> : null}
        </div>
      ) : loadError ? null : (
        <LoadingState rows={2} />
      )}
    </Card>
  );
}
