import { useTranslation } from 'react-i18next';
import { useUpload } from '../../stores/upload-store';
import { changeGroups, changeLabel, changeWords, diffWarnings } from './diff-words';

/** What changed since the app's last delivered build, shown before the person sends this one. */
export function BuildDiffPanel() {
  const { t } = useTranslation('upload');
  const diff = useUpload((s) => s.history?.diff);
  if (!diff) return null;
  const title = t('diff.title', { version: diff.old.version, build: diff.old.build });
  const groups = changeGroups(diff.changes);
  return (
    <section className="card stack build-diff" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {diffWarnings(diff).map((warning) => (
        <p key={warning} className="banner diff-warning" role="alert">
          <span aria-hidden>⚠</span>
          <span>{warning}</span>
        </p>
      ))}
      {groups.length === 0 ? (
        <p className="muted">{t('diff.nothing')}</p>
      ) : (
        <div className="diff-groups">
          {groups.map((group) => (
            <div key={group.title} className="stack diff-group">
              <h3 className="diff-group-title">{group.title}</h3>
              <ul className="diff-list">
                {group.changes.map((change) => (
                  <li key={`${change.kind} ${change.label}`} data-kind={change.kind}>
                    <span className="diff-label">{changeLabel(change)}</span>{' '}
                    <span className={`diff-value diff-${change.kind.split('-').at(-1)}`}>
                      {changeWords(change)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
