import { z } from 'zod';
import { channel } from './define';

/** Installr's domain as the renderer sees it: plain words, no API envelopes. */
export const InstallrBuildSchema = z.object({
  id: z.number(),
  version: z.string(),
  buildNumber: z.string().optional(),
  createdAt: z.string(),
  releaseNotes: z.string().optional(),
  iconUrl: z.string().optional(),
  installs: z.number(),
  platform: z.enum(['ios', 'android']).optional(),
  size: z.string().optional(),
});
export type InstallrBuild = z.infer<typeof InstallrBuildSchema>;

export const InstallrAppSchema = z.object({
  id: z.number(),
  bundleId: z.string(),
  title: z.string(),
  latestBuild: InstallrBuildSchema.optional(),
});
export type InstallrApp = z.infer<typeof InstallrAppSchema>;

export const installrChannels = {
  listApps: channel(z.void(), z.array(InstallrAppSchema)),
};
