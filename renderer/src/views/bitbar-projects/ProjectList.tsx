import { useState } from 'react';
import type { BitbarProjectType } from '../../../../shared/contract/bitbar-config';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import { Button, ErrorState, LoadingState, useListboxKeys, Select, TextField } from '../../ui';
import { PROJECT_TYPES, projectTypeWord } from './project-words';

/** Projects (searched and paged on Bitbar), "All runs", and a new-project form. */
export function ProjectList() {
  const { projects, total, hasMore, loading, error, search, setSearch, load, screen, open } =
    useBitbarProjects();
  const current = screen && screen.kind !== 'allRuns' ? screen.projectId : undefined;
  const listKeys = useListboxKeys<HTMLDivElement>();
  return (
    <aside className="stack project-list" aria-label="Projects">
      <NewProjectForm />
      <button
        type="button"
        className="nav-item"
        aria-current={screen?.kind === 'allRuns' ? 'page' : undefined}
        onClick={() => open({ kind: 'allRuns' })}
      >
        All runs
      </button>
      <input
        className="input"
        type="search"
        aria-label="Search projects"
        placeholder="Search projects"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {error ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      {loading && projects.length === 0 ? <LoadingState label="Loading projects…" /> : null}
      {!loading && !error && projects.length === 0 ? (
        <p className="subtle">{search ? 'No project matches.' : 'No projects yet.'}</p>
      ) : null}
      {projects.length > 0 ? (
        <div className="list" role="listbox" aria-label="Projects" {...listKeys}>
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
                  {projectTypeWord(project.type)}
                  {project.sharedWithMe ? ' · shared with you' : ''}
                </span>
              </span>
            </button>
          ))}
        </div>
      ) : null}
      <span className="subtle">
        {projects.length} of {total} projects
      </span>
      {hasMore ? (
        <Button size="small" busy={loading} onClick={() => void load({ more: true })}>
          Show more projects
        </Button>
      ) : null}
    </aside>
  );
}

function NewProjectForm() {
  const { create, busy, errors } = useBitbarProjects();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<BitbarProjectType>('ANDROID');
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        New project
      </Button>
    );
  }
  const error = errors.create;
  return (
    <form
      className="card stack"
      aria-label="New project"
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
        label="Project name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fields?.name}
        autoFocus
      />
      <Select label="Type" value={type} options={PROJECT_TYPES} onChange={setType} />
      {error && !error.fields ? <ErrorState error={error} /> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy.create}>
          Create project
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
