import type {
  BitbarDevice,
  BitbarGroup,
  BitbarOs,
} from '../../../../shared/contract/bitbar-devices';
import type { BitbarApi } from './api';
import { toDevice, toOs } from './devices';
import { listAll } from './paging';
import { ApiDeviceGroupSchema, ApiDeviceSchema, type ApiDeviceGroup } from './schemas';

/** Device groups: the person's, a project's, the public ones; and their devices. */
export function toGroup(group: ApiDeviceGroup, editable: boolean): BitbarGroup {
  return {
    id: group.id,
    name: group.displayName || group.name || `Group ${group.id}`,
    os: toOs(group.osType),
    deviceCount: group.deviceCount ?? 0,
    credits: group.creditsPrice ?? 0,
    editable,
  };
}

const subject = (groupId: number) => `device group ${groupId}`;

export const listMyGroups = (api: BitbarApi) =>
  listAll(
    api,
    { path: 'v2/me/device-groups', action: 'list your device groups' },
    ApiDeviceGroupSchema,
  );

export const listProjectGroups = (api: BitbarApi, projectId: number) =>
  listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/device-groups`,
      action: "list the project's device groups",
      subject: `project ${projectId}`,
    },
    ApiDeviceGroupSchema,
  );

export const listPublicGroups = (api: BitbarApi, projectId: number) =>
  listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/public-device-groups`,
      action: 'list the public device groups',
      subject: `project ${projectId}`,
    },
    ApiDeviceGroupSchema,
  );

export const getGroup = (api: BitbarApi, groupId: number) =>
  api.json(
    {
      method: 'GET',
      path: `v2/me/device-groups/${groupId}`,
      action: 'open the device group',
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
      action: 'create the device group',
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
      action: 'rename the device group',
      subject: subject(groupId),
    },
    ApiDeviceGroupSchema,
  );

export async function deleteGroup(api: BitbarApi, groupId: number): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/device-groups/${groupId}`,
    action: 'delete the device group',
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
    action: 'add the device to the group',
    subject: `device group ${groupId} or device ${deviceId}`,
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
    action: 'remove the device from the group',
    subject: `device ${deviceId} in device group ${groupId}`,
  });
}

export async function listGroupDevices(api: BitbarApi, groupId: number): Promise<BitbarDevice[]> {
  const devices = await listAll(
    api,
    {
      path: `v2/me/device-groups/${groupId}/devices`,
      action: "list the group's devices",
      subject: subject(groupId),
    },
    ApiDeviceSchema,
  );
  return devices.map(toDevice);
}
