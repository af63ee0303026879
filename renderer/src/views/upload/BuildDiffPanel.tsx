import { useUpload } from '../../stores/upload-store';
import { changeGroups, changeWords } from './diff-words';

/** What changed since the app's last delivered build, shown before the person sends this one. */
export function BuildDiffPanel() {
  const diff = useUpload((s) => s.history?.diff);
  if (!diff) return null;
  const title = `What changed since ${diff.old.version} (build ${diff.old.build})`;
  const groups = changeGroups(diff.changes);
  return (
    <section className="card stack build-diff" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {diff.warnings.map((warning) => (
        <p key={warning} className="banner diff-warning" role="alert">
          <span aria-hidden>⚠</span>
          <span>{warning}</span>
        </p>
      ))}
      {groups.length === 0 ? (
        <p className="muted">Nothing Dropship can read changed, only the bytes.</p>
      ) : (
        <div className="diff-groups">
          {groups.map((group) => (
            <div key={group.title} className="stack diff-group">
              <h3 className="diff-group-title">{group.title}</h3>
              <ul className="diff-list">
                {group.changes.map((change) => (
                  <li key={`${change.kind} ${change.label}`} data-kind={change.kind}>
                    <span className="diff-label">{change.label}</span>{' '}
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
