import type { BitbarAddDevicesResult } from '../../../shared/contract/bitbar-devices';
import type { bitbarDeviceChannels } from '../../../shared/contract/bitbar-devices';
import type { CoreContext } from '../context';
import { HttpError } from '../http/errors';
import { myUserId } from '../providers/bitbar/connection';
import { listDevices } from '../providers/bitbar/devices';
import * as groups from '../providers/bitbar/groups';
import type { Handlers } from './types';

type DeviceHandlers = Pick<Handlers['bitbar'], keyof typeof bitbarDeviceChannels>;

/** Catalog and device groups. */
export function bitbarDeviceHandlers(ctx: CoreContext): DeviceHandlers {
  const api = ctx.bitbar;
  const me = myUserId(api);
  const group = async (groupId: number) => {
    const found = await groups.getGroup(api, groupId);
    return groups.toGroup(found, found.userId === (await me()));
  };

  return {
    devices: (page) => listDevices(api, page),

    groups: async ({ projectId }) => {
      const [mine, project, publicGroups] = await Promise.all([
        groups.listMyGroups(api),
        projectId === undefined ? [] : groups.listProjectGroups(api, projectId),
        projectId === undefined ? [] : groups.listPublicGroups(api, projectId),
      ]);
      return {
        mine: mine.map((g) => groups.toGroup(g, true)),
        project: project.map((g) => groups.toGroup(g, true)),
        public: publicGroups.map((g) => groups.toGroup(g, false)),
      };
    },

    groupDevices: async ({ groupId }) => {
      const [info, devices] = await Promise.all([
        group(groupId),
        groups.listGroupDevices(api, groupId),
      ]);
      return { group: info, devices };
    },

    createGroup: async ({ name, os }) =>
      groups.toGroup(await groups.createGroup(api, name, os), true),

    renameGroup: async ({ groupId, name }) => {
      const current = await groups.getGroup(api, groupId);
      return groups.toGroup(
        await groups.renameGroup(api, groupId, name, current.osType === 'IOS' ? 'IOS' : 'ANDROID'),
        true,
      );
    },

    deleteGroup: async ({ groupId }) => {
      await groups.deleteGroup(api, groupId);
      return { groupId };
    },

    /**
     * One request per device, in order. A 409 means it was there already (fine); a 400 or
     * 404 refuses that device with Bitbar's reason; anything else stops and refuses the rest
     * with the same message, so the caller knows exactly what was added.
     */
    addDevices: async ({ groupId, deviceIds }) => {
      const result: Omit<BitbarAddDevicesResult, 'group'> = {
        added: [],
        alreadyInGroup: [],
        refused: [],
      };
      let stopped: string | undefined;
      for (const deviceId of deviceIds) {
        if (stopped) {
          result.refused.push({ deviceId, reason: stopped });
          continue;
        }
        try {
          await groups.addDeviceToGroup(api, groupId, deviceId);
          result.added.push(deviceId);
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          if (error.status === 409) result.alreadyInGroup.push(deviceId);
          else if (error.status === 400 || error.status === 404)
            result.refused.push({ deviceId, reason: error.message });
          else {
            if (result.added.length === 0 && result.alreadyInGroup.length === 0) throw error;
            stopped = error.message;
            result.refused.push({ deviceId, reason: stopped });
          }
        }
      }
      return { ...result, group: await group(groupId) };
    },

    removeDevice: async ({ groupId, deviceId }) => {
      await groups.removeDeviceFromGroup(api, groupId, deviceId);
      return group(groupId);
    },
  };
}
