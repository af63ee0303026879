import { z } from 'zod';
import { BuildDiffSchema } from '../domain/build-diff';
import { HistoryFilterSchema, HistoryPageSchema } from '../domain/history';
import { ServiceIdSchema } from '../error-schemas';
import { channel } from './define';

export const HistoryFacetsSchema = z.object({
  /** Every app ever delivered, for the app filter's suggestions. */
  apps: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  accounts: z.array(z.string()),
});
export type HistoryFacets = z.infer<typeof HistoryFacetsSchema>;

export const HistoryExportSchema = z.object({ path: z.string(), rows: z.number().int() });

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in hex');

export const BuildHistorySchema = z.object({
  /**
   * Each account (of each service) that already holds these exact bytes, since its first
   * delivery: Upload matches the account picked for the service, else the one shown.
   */
  alreadyDelivered: z.array(
    z.object({
      service: ServiceIdSchema,
      account: z.object({ id: z.string(), name: z.string() }).optional(),
      /** The account the service's views show (the one a delivery uses unless told). */
      shown: z.boolean(),
      since: z.string(),
      version: z.string().nullable(),
      build: z.string().nullable(),
      links: z.array(z.object({ label: z.string(), url: z.string() })),
    }),
  ),
  /** What changed since the last delivered build of the same app id, if there was one. */
  diff: BuildDiffSchema.optional(),
});
export type BuildHistory = z.infer<typeof BuildHistorySchema>;

export const ReleaseNotesInputSchema = z.object({
  appId: z.string().min(1),
  /** The app's repository, chosen now (then remembered); else the one remembered for the app. */
  folder: z.string().min(1).optional(),
});

export const ReleaseNotesDraftSchema = z.discriminatedUnion('kind', [
  /** No repository is known for this app yet: the person chooses one. */
  z.object({ kind: z.literal('needs-folder') }),
  z.object({
    kind: z.literal('draft'),
    folder: z.string(),
    /** HEAD's full hash: what the build was made from, sent as the delivery's commit. */
    head: z.string(),
    /** Where the notes start, in words: "the last delivered build", "tag v1.2", … */
    since: z.string(),
    commits: z.number().int().nonnegative(),
    text: z.string(),
  }),
]);
export type ReleaseNotesDraft = z.infer<typeof ReleaseNotesDraftSchema>;

/** Everything Dropship delivered: searched, and exported as CSV for a spreadsheet. */
export const historyChannels = {
  search: channel(HistoryFilterSchema, HistoryPageSchema),
  facets: channel(z.void(), HistoryFacetsSchema),
  /** A dropped build against the history: already delivered where, and the diff to the last one. */
  forBuild: channel(z.object({ path: z.string().min(1), sha256: Sha256 }), BuildHistorySchema),
  /** Release notes drafted from the app's git repository since its last delivered build. */
  draftReleaseNotes: channel(ReleaseNotesInputSchema, ReleaseNotesDraftSchema),
  /** Every delivery the filter matches (not only the page shown), written where the person chose. */
  exportCsv: channel(
    HistoryFilterSchema.omit({ limit: true, offset: true }).extend({
      path: z.string().min(1, 'Choose where to save the file'),
    }),
    HistoryExportSchema,
  ),
};
