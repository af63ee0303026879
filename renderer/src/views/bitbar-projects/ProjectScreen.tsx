import { useEffect, useState } from 'react';
import type { BitbarProject } from '../../../../shared/contract/bitbar-projects';
import { useBitbarProjectDetail } from '../../stores/bitbar-project-detail-store';
import { useBitbarProjects, type BitbarScreen } from '../../stores/bitbar-projects-store';
import { Button, ConfirmDialog, ErrorState, TextArea, TextField, useTabListKeys } from '../../ui';
import { RunsPanel } from '../bitbar-runs/RunsPanel';
import { ConfigPanel } from './ConfigPanel';
import { FilesPanel } from './FilesPanel';
import { PeoplePanel } from './PeoplePanel';
import { projectTypeWord } from './project-words';

type Tab = Extract<BitbarScreen, { kind: 'project' }>['tab'];
const TABS: { id: Tab; label: string }[] = [
  { id: 'runs', label: 'Runs' },
  { id: 'config', label: 'Config' },
  { id: 'files', label: 'Files' },
  { id: 'people', label: 'Sharing and notifications' },
];

/** One project: its header (rename, describe, delete) and tabs. */
export function ProjectScreen({ project, tab }: { project: BitbarProject; tab: Tab }) {
  const open = useBitbarProjects((s) => s.open);
  const openDetail = useBitbarProjectDetail((s) => s.open);
  useEffect(() => openDetail(project.id), [project.id, openDetail]);
  const tabKeys = useTabListKeys<HTMLDivElement>();
  return (
    <div className="stack">
      <ProjectHeader project={project} />
      <div className="segmented" role="tablist" aria-label="Project sections" {...tabKeys}>
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            onClick={() => open({ kind: 'project', projectId: project.id, tab: t.id })}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
        {tab === 'runs' ? <RunsPanel projectId={project.id} /> : null}
        {tab === 'config' ? <ConfigPanel project={project} /> : null}
        {tab === 'files' ? <FilesPanel projectId={project.id} /> : null}
        {tab === 'people' ? <PeoplePanel projectId={project.id} /> : null}
      </div>
    </div>
  );
}

function ProjectHeader({ project }: { project: BitbarProject }) {
  const { update, remove, busy, errors } = useBitbarProjects();
  const [editing, setEditing] = useState<{ name: string; description: string } | undefined>();
  const [confirming, setConfirming] = useState(false);
  if (editing) {
    return (
      <form
        className="card stack"
        aria-label="Edit project"
        onSubmit={(event) => {
          event.preventDefault();
          void update(project.id, editing).then((ok) => ok && setEditing(undefined));
        }}
      >
        <TextField
          label="Project name"
          value={editing.name}
          onChange={(e) => setEditing({ ...editing, name: e.target.value })}
          error={errors.update?.fields?.name}
        />
        <TextArea
          label="Description"
          value={editing.description}
          onChange={(e) => setEditing({ ...editing, description: e.target.value })}
        />
        {errors.update && !errors.update.fields ? <ErrorState error={errors.update} /> : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.update}>
            Save
          </Button>
          <Button onClick={() => setEditing(undefined)}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <header className="project-header">
      <div className="stack" style={{ gap: 2, minWidth: 0 }}>
        <h2>{project.name}</h2>
        <span className="muted">
          {projectTypeWord(project.type)}
          {project.description ? ` · ${project.description}` : ''}
        </span>
      </div>
      <div className="row">
        <Button
          onClick={() => setEditing({ name: project.name, description: project.description })}
        >
          Rename or describe
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${project.name}”?`}
        confirmLabel="Delete project"
        danger
        busy={busy.delete}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove(project.id).then(() => setConfirming(false))}
      >
        Its runs, results and files are deleted on Bitbar too. This cannot be undone.
        {errors.delete ? <ErrorState error={errors.delete} /> : null}
      </ConfirmDialog>
    </header>
  );
}
