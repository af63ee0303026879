import { z } from 'zod';
import {
  BitbarConfigEditSchema,
  BitbarConfigSchema,
  BitbarProjectTypeSchema,
} from './bitbar-config';
import { channel } from './define';

/** Bitbar projects: list, edit, config, parameters, files, sharing and notifications. */
const id = z.number().int().nonnegative();

export const BitbarProjectSchema = z.object({
  id,
  name: z.string(),
  description: z.string(),
  type: BitbarProjectTypeSchema,
  /** Someone else shared it with the person. */
  sharedWithMe: z.boolean(),
});
export type BitbarProject = z.infer<typeof BitbarProjectSchema>;

export const BitbarProjectPageSchema = z.object({
  projects: z.array(BitbarProjectSchema),
  offset: z.number(),
  limit: z.number(),
  total: z.number(),
  hasMore: z.boolean(),
});

export const BitbarParameterSchema = z.object({ id, key: z.string(), value: z.string() });
export type BitbarParameter = z.infer<typeof BitbarParameterSchema>;

export const BitbarFileKindSchema = z.enum(['application', 'test', 'data']);
export type BitbarFileKind = z.infer<typeof BitbarFileKindSchema>;

export const BitbarProjectFileSchema = z.object({
  kind: BitbarFileKindSchema,
  name: z.string(),
  size: z.number().nullable(),
});
export type BitbarProjectFile = z.infer<typeof BitbarProjectFileSchema>;

export const BitbarShareSchema = z.object({ id, email: z.string() });
export type BitbarShare = z.infer<typeof BitbarShareSchema>;

export const BitbarNotificationTypeSchema = z.enum(['ALWAYS', 'ON_FAILURE']);
export const BitbarNotificationSchema = z.object({
  id,
  email: z.string(),
  /** null: every project of the account. */
  projectId: z.number().nullable(),
  type: BitbarNotificationTypeSchema,
});
export type BitbarNotification = z.infer<typeof BitbarNotificationSchema>;

/** Where a download landed; main wrote it, the renderer only shows it. */
export const BitbarDownloadSchema = z.object({ path: z.string(), bytes: z.number() });
export type BitbarDownload = z.infer<typeof BitbarDownloadSchema>;

/** A folder the person typed; without one main asks the desktop where to save. */
export const DownloadFolderSchema = z.string().trim().min(1).optional();

const email = z
  .string()
  .trim()
  .pipe(z.email({ error: 'Enter an e-mail address like ana@example.com' }));
const name = z.string().trim().min(1, 'Give it a name').max(200);

export const bitbarProjectChannels = {
  projects: channel(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
      search: z.string().trim().max(100).default(''),
    }),
    BitbarProjectPageSchema,
  ),
  createProject: channel(z.object({ name, type: BitbarProjectTypeSchema }), BitbarProjectSchema),
  updateProject: channel(
    z.object({
      projectId: id,
      name: name.optional(),
      description: z.string().max(2000).optional(),
    }),
    BitbarProjectSchema,
  ),
  deleteProject: channel(z.object({ projectId: id }), z.object({ projectId: id })),

  projectConfig: channel(z.object({ projectId: id }), BitbarConfigSchema),
  updateProjectConfig: channel(
    z.object({ projectId: id, config: BitbarConfigEditSchema }),
    BitbarConfigSchema,
  ),
  /** Sets the group the project's runs use (`usedDeviceGroupId`). */
  useDeviceGroup: channel(z.object({ projectId: id, groupId: id }), BitbarConfigSchema),

  parameters: channel(z.object({ projectId: id }), z.array(BitbarParameterSchema)),
  addParameter: channel(
    z.object({
      projectId: id,
      key: z.string().trim().min(1, 'Give the parameter a key').max(200),
      value: z.string().max(2000),
    }),
    BitbarParameterSchema,
  ),
  deleteParameter: channel(
    z.object({ projectId: id, parameterId: id }),
    z.object({ parameterId: id }),
  ),

  projectFiles: channel(z.object({ projectId: id }), z.array(BitbarProjectFileSchema)),
  downloadProjectFile: channel(
    z.object({
      projectId: id,
      kind: z.union([BitbarFileKindSchema, z.literal('all')]),
      folder: DownloadFolderSchema,
    }),
    BitbarDownloadSchema,
  ),

  shares: channel(z.object({ projectId: id }), z.array(BitbarShareSchema)),
  addShare: channel(z.object({ projectId: id, email }), BitbarShareSchema),
  removeShare: channel(z.object({ projectId: id, shareId: id }), z.object({ shareId: id })),

  /** Account-wide notifications, or a project's when projectId is given. */
  notifications: channel(z.object({ projectId: id.optional() }), z.array(BitbarNotificationSchema)),
  addNotification: channel(
    z.object({ email, type: BitbarNotificationTypeSchema, projectId: id.optional() }),
    BitbarNotificationSchema,
  ),
  updateNotification: channel(
    z.object({ notificationId: id, type: BitbarNotificationTypeSchema }),
    BitbarNotificationSchema,
  ),
  removeNotification: channel(z.object({ notificationId: id }), z.object({ notificationId: id })),
};

export { BitbarConfigSchema };
