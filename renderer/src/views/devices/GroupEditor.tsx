import { useMemo, useState } from 'react';
import type { BitbarGroup } from '../../../../shared/contract/bitbar-devices';
import { useBitbarGroups } from '../../stores/bitbar-groups-store';
import { useBitbarProjects } from '../../stores/bitbar-projects-store';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  LoadingState,
  Select,
  TextField,
} from '../../ui';
import { CatalogPanel } from './CatalogPanel';
import { DeviceRow } from './DeviceRow';
import { deviceCount, osWord, runPrice } from './device-words';
import { GroupNotice } from './GroupNotice';

/** One group: rename, delete, use for a project, its devices, and adding from the catalog. */
export function GroupEditor({ group }: { group: BitbarGroup }) {
  const members = useBitbarGroups((s) => s.members[group.id]);
  const removeDevice = useBitbarGroups((s) => s.removeDevice);
  const [picking, setPicking] = useState(false);
  const memberIds = useMemo(() => new Set((members?.data ?? []).map((d) => d.id)), [members]);

  return (
    <div className="stack">
      <Card
        title={
          <div className="stack" style={{ gap: 2 }}>
            <h2>{group.name}</h2>
            <span className="muted">
              {osWord(group.os)} · {deviceCount(group.deviceCount)} · {runPrice(group.credits)}
            </span>
          </div>
        }
        actions={group.editable ? <GroupActions group={group} /> : <Badge>Public, read-only</Badge>}
      >
        <AssignToProject group={group} />
      </Card>
      {picking ? null : <GroupNotice />}
      <Card
        title="Devices in this group"
        actions={
          group.editable ? (
            <Button
              variant={picking ? 'secondary' : 'primary'}
              onClick={() => setPicking(!picking)}
            >
              {picking ? 'Done adding' : 'Add devices'}
            </Button>
          ) : null
        }
      >
        {members?.error ? <ErrorState error={members.error} /> : null}
        {members?.loading && !members.data ? (
          <LoadingState label="Loading the group's devices…" />
        ) : null}
        {members?.data && members.data.length === 0 ? (
          <EmptyState icon="▯" title="No devices yet">
            {group.editable ? 'Add devices from the catalog.' : 'This group is empty.'}
          </EmptyState>
        ) : null}
        {members?.data && members.data.length > 0 ? (
          <div className="list" role="list" aria-label="Devices in this group">
            {members.data.map((device) => (
              <div role="listitem" key={device.id} className="member-row">
                <DeviceRow
                  device={device}
                  action={
                    group.editable ? (
                      <Button
                        size="small"
                        variant="ghost"
                        aria-label={`Remove ${device.name}`}
                        onClick={() => void removeDevice(device.id)}
                      >
                        Remove
                      </Button>
                    ) : null
                  }
                />
              </div>
            ))}
          </div>
        ) : null}
      </Card>
      {picking && group.editable ? <CatalogPanel group={group} memberIds={memberIds} /> : null}
    </div>
  );
}

function GroupActions({ group }: { group: BitbarGroup }) {
  const { rename, deleteSelected, busy, errors } = useBitbarGroups();
  const [name, setName] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  if (name !== undefined) {
    return (
      <form
        className="row rename-form"
        onSubmit={(event) => {
          event.preventDefault();
          void rename(name).then((ok) => ok && setName(undefined));
        }}
      >
        <TextField
          label="New name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.rename?.fields?.name ?? errors.rename?.message}
          autoFocus
        />
        <Button type="submit" variant="primary" busy={busy.rename}>
          Save name
        </Button>
        <Button onClick={() => setName(undefined)}>Cancel</Button>
      </form>
    );
  }
  return (
    <>
      <Button onClick={() => setName(group.name)}>Rename</Button>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${group.name}”?`}
        confirmLabel="Delete group"
        danger
        busy={busy.delete}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void deleteSelected().then(() => setConfirming(false))}
      >
        Its {deviceCount(group.deviceCount)} stay in the catalog. Projects that run on this group
        move to Bitbar's free devices.
        {errors.delete ? <ErrorState error={errors.delete} /> : null}
      </ConfirmDialog>
    </>
  );
}

function AssignToProject({ group }: { group: BitbarGroup }) {
  const projects = useBitbarProjects((s) => s.projects);
  const { assignToProject, busy, errors, projectId } = useBitbarGroups();
  const fitting = projects.filter((p) => (p.type === 'IOS') === (group.os === 'IOS'));
  const [chosen, setChosen] = useState<string>(projectId !== undefined ? String(projectId) : '');
  const value = fitting.some((p) => String(p.id) === chosen)
    ? chosen
    : String(fitting[0]?.id ?? '');
  if (fitting.length === 0) {
    return <p className="subtle">No {osWord(group.os)} project to run this group on yet.</p>;
  }
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="row use-row">
        <Select
          label="Run a project on this group"
          value={value}
          options={fitting.map((p) => ({ value: String(p.id), label: p.name }))}
          onChange={setChosen}
        />
        <Button
          busy={busy.use}
          disabled={!value}
          onClick={() => void assignToProject(Number(value))}
        >
          Use for this project
        </Button>
      </div>
      {errors.use ? <ErrorState error={errors.use} /> : null}
    </div>
  );
}
