import type { HttpContext } from '../framework/http-context';
import type { Router } from '../framework/router';
import { presentDevice, type OsType } from './catalog';
import { freeGroupId, osOfProject } from './config-rules';
import { deviceList } from './devices';
import { authed, originOf, projectFor, type BitbarEnv } from './env';
import { ApiFailure, numberParam, oneOf, readParams, respond, required } from './http';
import { sendList, type ListOptions } from './list';
import type { DeviceGroup, User } from './state';

const OS_TYPES = ['ANDROID', 'IOS'] as const;

/** Bitbar names groups by creation time plus a random suffix; people see `displayName`. */
function generatedName(now: number, id: number): string {
  const stamp = new Date(now).toISOString().replace('T', '_').replace('Z', '');
  return `${stamp}_${(id * 2654435761).toString(16).slice(-10)}`;
}

export function createGroup(
  env: BitbarEnv,
  userId: number,
  displayName: string,
  osType: OsType,
  isPublic = false,
) {
  const id = env.state.nextId('group');
  const group: DeviceGroup = {
    id,
    name: generatedName(env.now(), id),
    displayName,
    userId,
    osType,
    deviceIds: [],
    isPublic,
  };
  env.state.groups.set(id, group);
  return group;
}

export function groupRoutes(router: Router, env: BitbarEnv): void {
  const present = (group: DeviceGroup) => ({
    id: group.id,
    name: group.name,
    displayName: group.displayName,
    deviceCount: group.deviceIds.length,
    creditsPrice: env.state.groupPrice(group),
    userId: group.userId,
    osType: group.osType,
  });
  const groupList: ListOptions<DeviceGroup> = {
    searchText: (g) => g.displayName,
    sortFields: {
      id: (g) => g.id,
      displayName: (g) => g.displayName.toLowerCase(),
      deviceCount: (g) => g.deviceIds.length,
    },
  };
  const groups = () => [...env.state.groups.values()];
  const mine = (user: User) => groups().filter((g) => !g.isPublic && g.userId === user.id);

  /** Any group the user may read (their own or a public one). */
  const readable = (ctx: HttpContext, user: User) => {
    const group = env.state.groups.get(numberParam(ctx, 'deviceGroupId'));
    if (!group || (!group.isPublic && group.userId !== user.id)) {
      throw new ApiFailure(404, `Device group ${ctx.params.deviceGroupId ?? ''} not found`);
    }
    return group;
  };
  /** Only the owner changes a group; public groups are read-only. */
  const writable = (ctx: HttpContext, user: User) => {
    const group = readable(ctx, user);
    if (group.userId !== user.id || group.isPublic)
      throw new ApiFailure(403, 'Public device groups cannot be changed');
    return group;
  };

  router.post(
    '/api/v2/me/device-groups',
    authed(env, async (ctx, user) => {
      const params = await readParams(ctx);
      const name = required(params, 'name');
      const osType = oneOf(required(params, 'osType'), OS_TYPES, 'osType');
      respond(ctx, 201, present(createGroup(env, user.id, name, osType)));
    }),
  );

  router.get(
    '/api/v2/me/device-groups',
    authed(env, (ctx, user) => sendList(ctx, mine(user), groupList, present)),
  );

  router.get(
    '/api/v2/me/projects/:projectId/device-groups',
    authed(env, (ctx, user) => {
      const os = osOfProject(projectFor(env, ctx, user));
      sendList(
        ctx,
        mine(user).filter((g) => g.osType === os),
        groupList,
        present,
      );
    }),
  );

  router.get(
    '/api/v2/me/projects/:projectId/public-device-groups',
    authed(env, (ctx, user) => {
      const os = osOfProject(projectFor(env, ctx, user));
      sendList(
        ctx,
        groups().filter((g) => g.isPublic && g.osType === os),
        groupList,
        present,
      );
    }),
  );

  router.get(
    '/api/v2/me/device-groups/:deviceGroupId',
    authed(env, (ctx, user) => respond(ctx, 200, present(readable(ctx, user)))),
  );

  router.post(
    '/api/v2/me/device-groups/:deviceGroupId',
    authed(env, async (ctx, user) => {
      const group = writable(ctx, user);
      const params = await readParams(ctx);
      const name = required(params, 'name');
      const osType = params.get('osType');
      if (osType !== null) {
        const os = oneOf(osType, OS_TYPES, 'osType');
        if (os !== group.osType && group.deviceIds.length > 0) {
          throw new ApiFailure(400, 'Remove the devices before changing the group OS type');
        }
        group.osType = os;
      }
      group.displayName = name;
      respond(ctx, 202, present(group));
    }),
  );

  router.delete(
    '/api/v2/me/device-groups/:deviceGroupId',
    authed(env, (ctx, user) => {
      const group = writable(ctx, user);
      env.state.groups.delete(group.id);
      // Projects that ran on the group fall back to the free devices of their OS.
      for (const config of env.state.configs.values()) {
        if (config.usedDeviceGroupId === group.id)
          config.usedDeviceGroupId = freeGroupId(env, group.osType);
      }
      ctx.empty(204);
    }),
  );

  router.post(
    '/api/v2/me/device-groups/:deviceGroupId/devices',
    authed(env, async (ctx, user) => {
      const group = writable(ctx, user);
      const raw = required(await readParams(ctx), 'id');
      const device = /^\d+$/.test(raw) ? env.state.devices.get(Number(raw)) : undefined;
      if (!device) throw new ApiFailure(404, `Device ${raw} not found`);
      if (device.osType !== group.osType) {
        throw new ApiFailure(
          400,
          `Device '${device.displayName}' is ${device.osType}; group '${group.displayName}' accepts ${group.osType} devices only`,
        );
      }
      if (group.deviceIds.includes(device.id))
        throw new ApiFailure(409, `Device '${device.displayName}' is already in group`);
      group.deviceIds.push(device.id);
      ctx.empty(201);
    }),
  );

  router.get(
    '/api/v2/me/device-groups/:deviceGroupId/devices',
    authed(env, (ctx, user) => {
      const group = readable(ctx, user);
      const origin = originOf(ctx);
      const devices = group.deviceIds.flatMap((id) => env.state.devices.get(id) ?? []);
      sendList(ctx, devices, deviceList, (d) => presentDevice(d, origin));
    }),
  );

  router.delete(
    '/api/v2/me/device-groups/:deviceGroupId/devices/:deviceId',
    authed(env, (ctx, user) => {
      const group = writable(ctx, user);
      const deviceId = numberParam(ctx, 'deviceId');
      if (!group.deviceIds.includes(deviceId))
        throw new ApiFailure(404, `Device ${deviceId} is not in this group`);
      group.deviceIds = group.deviceIds.filter((id) => id !== deviceId);
      ctx.empty(204);
    }),
  );
}
