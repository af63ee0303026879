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
  errorText,
  LoadingState,
  Select,
  TextField,
} from '../../ui';
import { CatalogPanel } from './CatalogPanel';
import { DeviceRow } from './DeviceRow';
import { deviceCount, osWord, runPrice } from './device-words';
import { GroupNotice } from './GroupNotice';
import { useTranslation } from 'react-i18next';

/** One group: rename, delete, use for a project, its devices, and adding from the catalog. */
export function GroupEditor({ group }: { group: BitbarGroup }) {
  const { t } = useTranslation('devices');
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
              {osWord(group.os)} · {deviceCount(t, group.deviceCount)} ·{' '}
              {runPrice(t, group.credits)}
            </span>
          </div>
        }
        actions={
          group.editable ? (
            <GroupActions group={group} />
          ) : (
            <Badge>{t('group.publicReadOnly')}</Badge>
          )
        }
      >
        <AssignToProject group={group} />
      </Card>
      {picking ? null : <GroupNotice />}
      <Card
        title={t('group.devicesIn')}
        actions={
          group.editable ? (
            <Button
              variant={picking ? 'secondary' : 'primary'}
              onClick={() => setPicking(!picking)}
            >
              {picking ? t('group.doneAdding') : t('catalog.addDevices')}
            </Button>
          ) : null
        }
      >
        {members?.error ? <ErrorState error={members.error} /> : null}
        {members?.loading && !members.data ? (
          <LoadingState label={t('group.loadingDevices')} />
        ) : null}
        {members?.data && members.data.length === 0 ? (
          <EmptyState icon="▯" title={t('group.noDevices')}>
            {group.editable ? t('group.addFromCatalog') : t('group.empty')}
          </EmptyState>
        ) : null}
        {members?.data && members.data.length > 0 ? (
          <div className="list" role="list" aria-label={t('group.devicesIn')}>
            {members.data.map((device) => (
              <div role="listitem" key={device.id} className="member-row">
                <DeviceRow
                  device={device}
                  action={
                    group.editable ? (
                      <Button
                        size="small"
                        variant="ghost"
                        aria-label={t('group.removeDevice', { device: device.name })}
                        onClick={() => void removeDevice(device.id)}
                      >
                        {t('group.remove')}
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
  const { t } = useTranslation('devices');
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
          label={t('group.newName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.rename?.fields?.name ?? (errors.rename && errorText(errors.rename))}
          autoFocus
        />
        <Button type="submit" variant="primary" busy={busy.rename}>
          {t('group.saveName')}
        </Button>
        <Button onClick={() => setName(undefined)}>{t('cancel')}</Button>
      </form>
    );
  }
  return (
    <>
      <Button onClick={() => setName(group.name)}>{t('group.rename')}</Button>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('group.delete')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('group.deleteTitle', { group: group.name })}
        confirmLabel={t('group.deleteConfirm')}
        danger
        busy={busy.delete}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void deleteSelected().then(() => setConfirming(false))}
      >
        {t('group.deleteBody', { count: group.deviceCount })}
        {errors.delete ? <ErrorState error={errors.delete} /> : null}
      </ConfirmDialog>
    </>
  );
}

function AssignToProject({ group }: { group: BitbarGroup }) {
  const { t } = useTranslation('devices');
  const projects = useBitbarProjects((s) => s.projects);
  const { assignToProject, busy, errors, projectId } = useBitbarGroups();
  const fitting = projects.filter((p) => (p.type === 'IOS') === (group.os === 'IOS'));
  const [chosen, setChosen] = useState<string>(projectId !== undefined ? String(projectId) : '');
  const value = fitting.some((p) => String(p.id) === chosen)
    ? chosen
    : String(fitting[0]?.id ?? '');
  if (fitting.length === 0) {
    return <p className="subtle">{t('group.noProject', { os: osWord(group.os) })}</p>;
  }
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="row use-row">
        <Select
          label={t('group.runProject')}
          value={value}
          options={fitting.map((p) => ({ value: String(p.id), label: p.name }))}
          onChange={setChosen}
        />
        <Button
          busy={busy.use}
          disabled={!value}
          onClick={() => void assignToProject(Number(value))}
        >
          {t('group.useForProject')}
        </Button>
      </div>
      {errors.use ? <ErrorState error={errors.use} /> : null}
    </div>
  );
}
