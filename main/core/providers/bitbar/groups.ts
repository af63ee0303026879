import type {
  BitbarDevice,
  BitbarGroup,
  BitbarOs,
} from '../../../../shared/contract/bitbar-devices';
import type { BitbarApi } from './api';
import { toDevice, toOs } from './devices';
import { listAll } from './paging';
import { ApiDeviceGroupSchema, ApiDeviceSchema, type ApiDeviceGroup } from './schemas';
import { t } from '../../i18n/translate';

/** Device groups: the person's, a project's, the public ones; and their devices. */
export function toGroup(group: ApiDeviceGroup, editable: boolean): BitbarGroup {
  return {
    id: group.id,
    name: group.displayName || group.name || t('bitbar:subject.groupName', { id: group.id }),
    os: toOs(group.osType),
    deviceCount: group.deviceCount ?? 0,
    credits: group.creditsPrice ?? 0,
    editable,
  };
}

const subject = (groupId: number) => t('bitbar:subject.deviceGroup', { id: groupId });

export const listMyGroups = (api: BitbarApi) =>
  listAll(
    api,
    { path: 'v2/me/device-groups', action: t('bitbar:action.listYourDeviceGroups') },
    ApiDeviceGroupSchema,
  );

export const listProjectGroups = (api: BitbarApi, projectId: number) =>
  listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/device-groups`,
      action: t('bitbar:action.listProjectDeviceGroups'),
      subject: t('bitbar:subject.project', { id: projectId }),
    },
    ApiDeviceGroupSchema,
  );

export const listPublicGroups = (api: BitbarApi, projectId: number) =>
  listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/public-device-groups`,
      action: t('bitbar:action.listPublicDeviceGroups'),
      subject: t('bitbar:subject.project', { id: projectId }),
    },
    ApiDeviceGroupSchema,
  );

export const getGroup = (api: BitbarApi, groupId: number) =>
  api.json(
    {
      method: 'GET',
      path: `v2/me/device-groups/${groupId}`,
      action: t('bitbar:action.openDeviceGroup'),
      subject: subject(groupId),
    },
    ApiDeviceGroupSchema,
  );

export const createGroup = (api: BitbarApi, name: string, os: BitbarOs) =>
  api.json(
    {
      method: 'POST',
      path: 'v2/me/device-groups',
      query: { name, osType: os },
      action: t('bitbar:action.createDeviceGroup'),
    },
    ApiDeviceGroupSchema,
  );

/** The doc lists `osType` as required on update too; it is sent unchanged. */
export const renameGroup = (api: BitbarApi, groupId: number, name: string, os: BitbarOs) =>
  api.json(
    {
      method: 'POST',
      path: `v2/me/device-groups/${groupId}`,
      query: { name, osType: os },
      action: t('bitbar:action.renameDeviceGroup'),
      subject: subject(groupId),
    },
    ApiDeviceGroupSchema,
  );

export async function deleteGroup(api: BitbarApi, groupId: number): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/device-groups/${groupId}`,
    action: t('bitbar:action.deleteDeviceGroup'),
    subject: subject(groupId),
  });
}

export async function addDeviceToGroup(
  api: BitbarApi,
  groupId: number,
  deviceId: number,
): Promise<void> {
  await api.call({
    method: 'POST',
    path: `v2/me/device-groups/${groupId}/devices`,
    query: { id: deviceId },
    action: t('bitbar:action.addDeviceToGroup'),
    subject: t('bitbar:subject.groupOrDevice', { groupId, deviceId }),
  });
}

export async function removeDeviceFromGroup(
  api: BitbarApi,
  groupId: number,
  deviceId: number,
): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/device-groups/${groupId}/devices/${deviceId}`,
    action: t('bitbar:action.removeDeviceFromGroup'),
    subject: t('bitbar:subject.deviceInGroup', { groupId, deviceId }),
  });
}

export async function listGroupDevices(api: BitbarApi, groupId: number): Promise<BitbarDevice[]> {
  const devices = await listAll(
    api,
    {
      path: `v2/me/device-groups/${groupId}/devices`,
      action: t('bitbar:action.listGroupDevices'),
      subject: subject(groupId),
    },
    ApiDeviceSchema,
  );
  return devices.map(toDevice);
}
