import { z } from 'zod';
import { channel } from './define';

/** Bitbar's device catalog and device groups, as the renderer sees them. */
export const BitbarOsSchema = z.enum(['ANDROID', 'IOS']);
export type BitbarOs = z.infer<typeof BitbarOsSchema>;

const id = z.number().int().nonnegative();

export const BitbarDeviceSchema = z.object({
  id,
  name: z.string(),
  os: BitbarOsSchema,
  osVersion: z.string(),
  /** Android API level; for iOS Bitbar reports the major version here. */
  apiLevel: z.number().nullable(),
  credits: z.number(),
  /** A picture of the device, 80 px high (served by Bitbar without credentials). */
  imageUrl: z.string().nullable(),
});
export type BitbarDevice = z.infer<typeof BitbarDeviceSchema>;

export const BitbarDevicePageSchema = z.object({
  devices: z.array(BitbarDeviceSchema),
  offset: z.number(),
  limit: z.number(),
  total: z.number(),
  /** Bitbar gave a `next` page. */
  hasMore: z.boolean(),
});
export type BitbarDevicePage = z.infer<typeof BitbarDevicePageSchema>;

export const BitbarGroupSchema = z.object({
  id,
  name: z.string(),
  os: BitbarOsSchema,
  deviceCount: z.number(),
  credits: z.number(),
  /** The person's own group (public groups are read-only). */
  editable: z.boolean(),
});
export type BitbarGroup = z.infer<typeof BitbarGroupSchema>;

export const BitbarGroupsSchema = z.object({
  mine: z.array(BitbarGroupSchema),
  /** The person's groups that fit the chosen project's OS. */
  project: z.array(BitbarGroupSchema),
  public: z.array(BitbarGroupSchema),
});
export type BitbarGroups = z.infer<typeof BitbarGroupsSchema>;

export const BitbarAddDevicesResultSchema = z.object({
  added: z.array(id),
  /** Bitbar answered 409: the device was in the group already (nothing to undo). */
  alreadyInGroup: z.array(id),
  refused: z.array(z.object({ deviceId: id, reason: z.string() })),
  group: BitbarGroupSchema,
});
export type BitbarAddDevicesResult = z.infer<typeof BitbarAddDevicesResultSchema>;

const groupName = z
  .string()
  .trim()
  .min(1, 'Give the group a name')
  .max(100, 'Keep the name under 100 characters');

export const bitbarDeviceChannels = {
  /** One page of the catalog (`GET /devices`), optionally searched on the server. */
  devices: channel(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
      search: z.string().trim().max(100).default(''),
    }),
    BitbarDevicePageSchema,
  ),
  /** The person's groups; with a project, also its groups and the public ones. */
  groups: channel(z.object({ projectId: id.optional() }), BitbarGroupsSchema),
  groupDevices: channel(
    z.object({ groupId: id }),
    z.object({ group: BitbarGroupSchema, devices: z.array(BitbarDeviceSchema) }),
  ),
  createGroup: channel(z.object({ name: groupName, os: BitbarOsSchema }), BitbarGroupSchema),
  renameGroup: channel(z.object({ groupId: id, name: groupName }), BitbarGroupSchema),
  deleteGroup: channel(z.object({ groupId: id }), z.object({ groupId: id })),
  /** Adds each device; refusals (wrong OS, unknown device) come back with a reason. */
  addDevices: channel(
    z.object({ groupId: id, deviceIds: z.array(id).min(1, 'Pick at least one device').max(200) }),
    BitbarAddDevicesResultSchema,
  ),
  removeDevice: channel(z.object({ groupId: id, deviceId: id }), BitbarGroupSchema),
};
