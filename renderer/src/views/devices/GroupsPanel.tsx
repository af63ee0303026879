import { useState } from 'react';
import type { BitbarGroup, BitbarOs } from '../../../../shared/contract/bitbar-devices';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import {
  Badge,
  Button,
  ErrorState,
  LoadingState,
  useListboxKeys,
  Select,
  TextField,
} from '../../ui';
import { creditsWord, deviceCount, osWord } from './device-words';
import { useTranslation } from 'react-i18next';

/** The person's groups, the chosen project's groups and the public ones; a new-group form. */
export function GroupsPanel() {
  const { t } = useTranslation('devices');
  const { groups, selectedId, select, projectId, load } = useBitbarGroups();
  const projects = useBitbarProjects((s) => s.projects);
  const data = groups.data;

  return (
    <aside className="stack groups-panel" aria-label={t('groups.label')}>
      <NewGroupForm />
      <Select
        label={t('groups.project')}
        hint={t('groups.projectHint')}
        value={projectId === undefined ? '' : String(projectId)}
        options={[
          { value: '', label: t('groups.noProject') },
          ...projects.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        onChange={(value) => void load(value === '' ? undefined : Number(value))}
      />
      {groups.error ? <ErrorState error={groups.error} onRetry={() => void load()} /> : null}
      {groups.loading && !data ? <LoadingState label={t('groups.loading')} /> : null}
      {data ? (
        <>
          <GroupList
            title={t('groups.mine')}
            groups={data.mine}
            selectedId={selectedId}
            onSelect={select}
            empty={t('groups.mineEmpty')}
          />
          {projectId !== undefined ? (
            <>
              <GroupList
                title={t('groups.projects')}
                groups={data.project}
                selectedId={selectedId}
                onSelect={select}
                empty={t('groups.projectsEmpty')}
              />
              <GroupList
                title={t('groups.public')}
                groups={data.public}
                selectedId={selectedId}
                onSelect={select}
                empty={t('groups.publicEmpty')}
              />
            </>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}

function GroupList({
  title,
  groups,
  selectedId,
  onSelect,
  empty,
}: {
  title: string;
  groups: BitbarGroup[];
  selectedId: number | undefined;
  onSelect: (id: number) => void;
  empty: string;
}) {
  const { t } = useTranslation('devices');
  const listKeys = useListboxKeys<HTMLDivElement>();
  return (
    <section className="stack" style={{ gap: 6 }} aria-label={title}>
      <h2 className="group-list-title">{title}</h2>
      {groups.length === 0 ? (
        <p className="subtle">{empty}</p>
      ) : (
        <div className="list" role="listbox" aria-label={title} {...listKeys}>
          {groups.map((group) => (
            <button
              key={group.id}
              type="button"
              role="option"
              className="list-row group-row"
              aria-selected={group.id === selectedId}
              onClick={() => onSelect(group.id)}
            >
              <span className="stack" style={{ gap: 0, flex: 1, minWidth: 0 }}>
                <span className="group-name">{group.name}</span>
                <span className="subtle">
                  {deviceCount(t, group.deviceCount)} · {creditsWord(t, group.credits)}
                </span>
              </span>
              <Badge tone={group.os === 'IOS' ? 'neutral' : 'good'}>{osWord(group.os)}</Badge>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function NewGroupForm() {
  const { t } = useTranslation('devices');
  const create = useBitbarGroups((s) => s.create);
  const busy = useBitbarGroups((s) => s.busy.create);
  const error = useBitbarGroups((s) => s.errors.create);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [os, setOs] = useState<BitbarOs>('ANDROID');
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('groups.new')}
      </Button>
    );
  }
  return (
    <form
      className="card stack"
      aria-label={t('groups.new')}
      onSubmit={(event) => {
        event.preventDefault();
        void create(name, os).then((ok) => {
          if (ok) {
            setName('');
            setOpen(false);
          }
        });
      }}
    >
      <TextField
        label={t('groups.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fields?.name}
        autoFocus
      />
      <div className="segmented" role="group" aria-label={t('groups.devicesOf')}>
        {(['ANDROID', 'IOS'] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={os === value}
            onClick={() => setOs(value)}
          >
            {osWord(value)}
          </button>
        ))}
      </div>
      {error && !error.fields ? <ErrorState error={error} /> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={busy}>
          {t('groups.create')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
