import { z } from 'zod';
import { channel } from './define';
import { ServiceIdSchema } from '../error-schemas';

export const WatchedFolderSchema = z.object({
  path: z.string(),
  /** Why the folder is not being read now ("… is gone. Dropship will keep looking…"). */
  problem: z.string().optional(),
});
export type WatchedFolder = z.infer<typeof WatchedFolderSchema>;

/** A new build that appeared in a watched folder and stopped growing. */
export const FoundBuildSchema = z.object({
  id: z.string(),
  path: z.string(),
  fileName: z.string(),
  folder: z.string(),
  size: z.number().int().nonnegative(),
  appId: z.string().optional(),
  appName: z.string().optional(),
  version: z.string().optional(),
  /** The services remembered for its app id: where it would go (Open prefills them). */
  services: z.array(ServiceIdSchema),
  /** offered: waits for the person; delivering: sent automatically to remembered services. */
  outcome: z.enum(['offered', 'delivering']),
  /** Why it was offered rather than sent, when auto-delivery is on; or what was sent where. */
  note: z.string().optional(),
  foundAt: z.string(),
});
export type FoundBuild = z.infer<typeof FoundBuildSchema>;

export const WatchStateSchema = z.object({
  folders: z.array(WatchedFolderSchema),
  autoDeliver: z.boolean(),
  /** Builds waiting for the person, newest first. */
  offered: z.array(FoundBuildSchema),
});
export type WatchState = z.infer<typeof WatchStateSchema>;

const FolderInput = z.object({ path: z.string().trim().min(1, 'Choose a folder') });

export const watchChannels = {
  state: channel(z.void(), WatchStateSchema),
  /** Checks that the path is a folder Dropship can read, then watches it. */
  addFolder: channel(FolderInput, WatchStateSchema),
  removeFolder: channel(FolderInput, WatchStateSchema),
  setAutoDeliver: channel(z.object({ on: z.boolean() }), WatchStateSchema),
  /** Forgets an offered build (the file stays where it is). */
  dismiss: channel(z.object({ id: z.string().min(1) }), WatchStateSchema),
};

export const watchEvents = {
  /** A new build was found: offered (a card in Upload) or being delivered automatically. */
  'watch.buildFound': FoundBuildSchema,
  /** A watched folder vanished, cannot be read, or is back (`problem` absent). */
  'watch.folderState': WatchedFolderSchema,
};
