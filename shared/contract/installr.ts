import { z } from 'zod';
import { channel } from './define';
import { ToneSchema } from '../domain/tone';

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

/** One line of an app's activity feed ("… uploaded new build …"). */
export const InstallrEventSchema = z.object({ at: z.string(), description: z.string() });

/** An app with every build (newest first) and its activity, newest first. */
export const InstallrAppDetailsSchema = InstallrAppSchema.extend({
  builds: z.array(InstallrBuildSchema),
  events: z.array(InstallrEventSchema),
  /** "Hobbyist (5 devices)" */
  plan: z.string().optional(),
});
export type InstallrAppDetails = z.infer<typeof InstallrAppDetailsSchema>;

/** Where a tester stands, for people who never saw Installr's own labels. */
export const TesterStageSchema = z.enum([
  'not_notified',
  'invited',
  'accepted',
  'device_registered',
  'installed',
  'unsubscribed',
  'awaiting_approval',
  'unknown',
]);
export type TesterStage = z.infer<typeof TesterStageSchema>;

export const TesterStatusSchema = z.object({
  stage: TesterStageSchema,
  /** "Invite sent — waiting for them to accept", "Installed", … */
  text: z.string(),
  tone: ToneSchema,
  /** Installr's own label ("Invite Sent"), for people who compare with the website. */
  serviceLabel: z.string().optional(),
});
export type TesterStatus = z.infer<typeof TesterStatusSchema>;

export const InstallrTesterSchema = z.object({
  id: z.number(),
  email: z.string(),
  status: TesterStatusSchema,
  /** The personal link to forward when the email got lost (open invitations only). */
  inviteLink: z.string().optional(),
  devices: z.number(),
});
export type InstallrTester = z.infer<typeof InstallrTesterSchema>;

export const BuildRefSchema = z.union([z.number().int().positive(), z.literal('latest')]);
export type BuildRef = z.infer<typeof BuildRefSchema>;

export const TeamInputSchema = z.object({
  appId: z.number().int().positive(),
  build: BuildRefSchema,
});

export const InstallrTeamSchema = z.object({
  appId: z.number(),
  build: BuildRefSchema,
  testers: z.array(InstallrTesterSchema),
  /** Asked for access through the app's page; not on the team yet. */
  pending: z.array(InstallrTesterSchema),
});
export type InstallrTeam = z.infer<typeof InstallrTeamSchema>;

export const InviteModeSchema = z.enum(['notify', 'add']);
export type InviteMode = z.infer<typeof InviteModeSchema>;

export const InviteInputSchema = TeamInputSchema.extend({
  /** As pasted: addresses separated by commas, spaces, semicolons or lines. */
  emails: z.string(),
  /** `notify` emails them an invitation; `add` gives access silently. */
  mode: InviteModeSchema,
});

export const InviteResultSchema = z.object({
  mode: InviteModeSchema,
  invited: z.array(
    z.object({ id: z.number(), email: z.string(), inviteLink: z.string().optional() }),
  ),
  /** Addresses pasted twice, sent once. */
  duplicates: z.array(z.string()),
});
export type InviteResult = z.infer<typeof InviteResultSchema>;

export const AppStatusInputSchema = z.object({
  appToken: z
    .string()
    .trim()
    .min(1, 'Paste the app token from the app’s Settings tab on Installr')
    .regex(/^[A-Za-z0-9_-]+$/, 'An app token has only letters and digits'),
});

/** What anyone holding the app token may know: the latest build. */
export const InstallrAppStatusSchema = z.object({
  title: z.string(),
  bundleId: z.string(),
  version: z.string(),
  buildNumber: z.string().optional(),
  createdAt: z.string(),
  releaseNotes: z.string().optional(),
  installUrl: z.string().optional(),
});
export type InstallrAppStatus = z.infer<typeof InstallrAppStatusSchema>;

export const installrChannels = {
  listApps: channel(z.void(), z.array(InstallrAppSchema)),
  getApp: channel(z.object({ appId: z.number().int().positive() }), InstallrAppDetailsSchema),
  getTeam: channel(TeamInputSchema, InstallrTeamSchema),
  inviteTesters: channel(InviteInputSchema, InviteResultSchema),
  /** Anonymous: no account needed, only the app token. */
  appStatus: channel(AppStatusInputSchema, InstallrAppStatusSchema),
};
