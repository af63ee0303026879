import { useState } from 'react';
import type { BitbarProjectType } from '../../../../shared/contract/bitbar-config';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { Button, ErrorState, LoadingState, useListboxKeys, Select, TextField } from '../../ui';
import { projectTypes, projectTypeWord } from './project-words';
import { useTranslation } from 'react-i18next';

/** Projects (searched and paged on Bitbar), "All runs", and a new-project form. */
export function ProjectList() {
  const { t } = useTranslation('bitbarProjects');
  const { projects, total, hasMore, loading, error, search, setSearch, load, screen, open } =
    useBitbarProjects();
  const current = screen && screen.kind !== 'allRuns' ? screen.projectId : undefined;
  const listKeys = useListboxKeys<HTMLDivElement>();
  return (
    <aside className="stack project-list" aria-label={t('list.label')}>
      <NewProjectForm />
      <button
        type="button"
        className="nav-item"
        aria-current={screen?.kind === 'allRuns' ? 'page' : undefined}
        onClick={() => open({ kind: 'allRuns' })}
      >
        {t('list.allRuns')}
      </button>
      <input
        className="input"
        type="search"
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {error ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      {loading && projects.length === 0 ? <LoadingState label={t('list.loading')} /> : null}
      {!loading && !error && projects.length === 0 ? (
        <p className="subtle">{search ? t('list.noMatch') : t('list.none')}</p>
      ) : null}
      {projects.length > 0 ? (
        <div className="list" role="listbox" aria-label={t('list.label')} {...listKeys}>
          {projects.map((project) => (
            <button
              key={project.id}
              type="button"
              role="option"
              className="list-row"
              aria-selected={project.id === current}
              onClick={() => open({ kind: 'project', projectId: project.id, tab: 'runs' })}
            >
              <span className="stack" style={{ gap: 0, minWidth: 0 }}>
                <span className="device-name">{project.name}</span>
                <span className="subtle">
                  {projectTypeWord(t, project.type)}
                  {project.sharedWithMe ? ` · ${t('list.shared')}` : ''}
                </span>
              </span>
            </button>
          ))}
        </div>
      ) : null}
      <span className="subtle">{t('list.count', { shown: projects.length, count: total })}</span>
      {hasMore ? (
        <Button size="small" busy={loading} onClick={() => void load({ more: true })}>
          {t('list.more')}
        </Button>
      ) : null}
    </aside>
  );
}

function NewProjectForm() {
  const { t } = useTranslation('bitbarProjects');
  const { create, busy, errors } = useBitbarProjects();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<BitbarProjectType>('ANDROID');
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('new.button')}
      </Button>
    );
  }
  const error = errors.create;
  return (
    <form
      className="card stack"
      aria-label={t('new.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void create(name, type).then((ok) => {
          if (ok) {
            setOpen(false);
            setName('');
          }
        });
      }}
    >
      <TextField
        label={t('new.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fields?.name}
        autoFocus
      />
      <Select label={t('new.type')} value={type} options={projectTypes(t)} onChange={setType} />
      {error && !error.fields ? <ErrorState error={error} /> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy.create}>
          {t('new.create')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
