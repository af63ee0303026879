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

/** The person's groups, the chosen project's groups and the public ones; a new-group form. */
export function GroupsPanel() {
  const { groups, selectedId, select, projectId, load } = useBitbarGroups();
  const projects = useBitbarProjects((s) => s.projects);
  const data = groups.data;

  return (
    <aside className="stack groups-panel" aria-label="Device groups">
      <NewGroupForm />
      <Select
        label="Project"
        hint="Shows the project's groups and the public groups for its OS."
        value={projectId === undefined ? '' : String(projectId)}
        options={[
          { value: '', label: 'No project' },
          ...projects.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        onChange={(value) => void load(value === '' ? undefined : Number(value))}
      />
      {groups.error ? <ErrorState error={groups.error} onRetry={() => void load()} /> : null}
      {groups.loading && !data ? <LoadingState label="Loading device groups…" /> : null}
      {data ? (
        <>
          <GroupList
            title="My groups"
            groups={data.mine}
            selectedId={selectedId}
            onSelect={select}
            empty="You have no device groups yet."
          />
          {projectId !== undefined ? (
            <>
              <GroupList
                title="This project's groups"
                groups={data.project}
                selectedId={selectedId}
                onSelect={select}
                empty="None of your groups fits this project's OS."
              />
              <GroupList
                title="Public groups"
                groups={data.public}
                selectedId={selectedId}
                onSelect={select}
                empty="Bitbar offers no public group for this OS."
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
                  {deviceCount(group.deviceCount)} · {creditsWord(group.credits)}
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
  const create = useBitbarGroups((s) => s.create);
  const busy = useBitbarGroups((s) => s.busy.create);
  const error = useBitbarGroups((s) => s.errors.create);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [os, setOs] = useState<BitbarOs>('ANDROID');
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        New device group
      </Button>
    );
  }
  return (
    <form
      className="card stack"
      aria-label="New device group"
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
        label="Group name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error?.fields?.name}
        autoFocus
      />
      <div className="segmented" role="group" aria-label="Devices of">
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
          Create group
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </form>
  );
}
