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
import { useTranslation } from 'react-i18next';

type Tab = Extract<BitbarScreen, { kind: 'project' }>['tab'];
const TABS: Record<Tab, string> = {
  runs: 'bitbarProjects:tabs.runs',
  config: 'bitbarProjects:tabs.config',
  files: 'bitbarProjects:tabs.files',
  people: 'bitbarProjects:tabs.people',
};

/** One project: its header (rename, describe, delete) and tabs. */
export function ProjectScreen({ project, tab }: { project: BitbarProject; tab: Tab }) {
  const { t } = useTranslation('bitbarProjects');
  const open = useBitbarProjects((s) => s.open);
  const openDetail = useBitbarProjectDetail((s) => s.open);
  useEffect(() => openDetail(project.id), [project.id, openDetail]);
  const tabKeys = useTabListKeys<HTMLDivElement>();
  return (
    <div className="stack">
      <ProjectHeader project={project} />
      <div className="segmented" role="tablist" aria-label={t('tabs.label')} {...tabKeys}>
        {(Object.keys(TABS) as Tab[]).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={id === tab}
            onClick={() => open({ kind: 'project', projectId: project.id, tab: id })}
          >
            {t(TABS[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(TABS[tab])}>
        {tab === 'runs' ? <RunsPanel projectId={project.id} /> : null}
        {tab === 'config' ? <ConfigPanel project={project} /> : null}
        {tab === 'files' ? <FilesPanel projectId={project.id} /> : null}
        {tab === 'people' ? <PeoplePanel projectId={project.id} /> : null}
      </div>
    </div>
  );
}

function ProjectHeader({ project }: { project: BitbarProject }) {
  const { t } = useTranslation('bitbarProjects');
  const { update, remove, busy, errors } = useBitbarProjects();
  const [editing, setEditing] = useState<{ name: string; description: string } | undefined>();
  const [confirming, setConfirming] = useState(false);
  if (editing) {
    return (
      <form
        className="card stack"
        aria-label={t('edit.label')}
        onSubmit={(event) => {
          event.preventDefault();
          void update(project.id, editing).then((ok) => ok && setEditing(undefined));
        }}
      >
        <TextField
          label={t('new.name')}
          value={editing.name}
          onChange={(e) => setEditing({ ...editing, name: e.target.value })}
          error={errors.update?.fields?.name}
        />
        <TextArea
          label={t('edit.description')}
          value={editing.description}
          onChange={(e) => setEditing({ ...editing, description: e.target.value })}
        />
        {errors.update && !errors.update.fields ? <ErrorState error={errors.update} /> : null}
        <div className="row">
          <Button type="submit" variant="primary" busy={busy.update}>
            {t('edit.save')}
          </Button>
          <Button onClick={() => setEditing(undefined)}>{t('cancel')}</Button>
        </div>
      </form>
    );
  }
  return (
    <header className="project-header">
      <div className="stack" style={{ gap: 2, minWidth: 0 }}>
        <h2>{project.name}</h2>
        <span className="muted">
          {projectTypeWord(t, project.type)}
          {project.description ? ` · ${project.description}` : ''}
        </span>
      </div>
      <div className="row">
        <Button
          onClick={() => setEditing({ name: project.name, description: project.description })}
        >
          {t('edit.rename')}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('edit.delete')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('edit.deleteTitle', { name: project.name })}
        confirmLabel={t('edit.deleteConfirm')}
        danger
        busy={busy.delete}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove(project.id).then(() => setConfirming(false))}
      >
        {t('edit.deleteBody')}
        {errors.delete ? <ErrorState error={errors.delete} /> : null}
      </ConfirmDialog>
    </header>
  );
}
