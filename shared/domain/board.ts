import { z } from 'zod';
import { SERVICE_IDS, type ServiceId } from './services';
import { ToneSchema } from './tone';

/**
 * The status board: one card per tracked app, for people who only want to know which
 * version is out, how to install it and how the tests went. What is persisted (a card's
 * sources) is separate from what is shown (its latest data, per section).
 */

const id = z.number().int().positive();

/** Where a card's Installr section comes from: an anonymous app token, or the account. */
export const InstallrSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('appToken'), appToken: z.string().min(1) }),
  z.object({ kind: z.literal('account'), appId: id }),
]);
export type InstallrSource = z.infer<typeof InstallrSourceSchema>;

/** A tracked card as settings keep it. Titles are remembered so a card has a name offline. */
export const BoardCardConfigSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  addedAt: z.string(),
  installr: InstallrSourceSchema.optional(),
  testio: z.object({ productId: id, title: z.string() }).optional(),
  bitbar: z.object({ projectId: id, title: z.string() }).optional(),
  /** Product Science has no read API: the card shows Dropship's own last upload there. */
  productscience: z.object({ project: z.string().min(1) }).optional(),
});
export type BoardCardConfig = z.infer<typeof BoardCardConfigSchema>;

/** One section per service, in the services' order. */
export const BOARD_SECTIONS = SERVICE_IDS;
export type BoardSectionId = ServiceId;

export const InstallrSectionSchema = z.object({
  title: z.string(),
  version: z.string(),
  buildNumber: z.string().optional(),
  releasedAt: z.string(),
  releaseNotes: z.string().optional(),
  installUrl: z.string().optional(),
  /** The install link as a QR code (SVG data URL), made in main. */
  installQr: z.string().optional(),
  /** `data:` URL: the app's icon, or a monogram when Installr has none to give. */
  icon: z.string().optional(),
});
export type InstallrSection = z.infer<typeof InstallrSectionSchema>;

export const BugCountSchema = z.object({
  severity: z.string(),
  label: z.string(),
  tone: ToneSchema,
  count: z.number().int().nonnegative(),
});
export type BugCount = z.infer<typeof BugCountSchema>;

export const TestioSectionSchema = z.object({
  productTitle: z.string(),
  /** Absent when the product has no tests yet. */
  latestTest: z
    .object({
      title: z.string(),
      /** Test IO's status (pending, running, …), for words in the person's language. */
      status: z.string().optional(),
      statusLabel: z.string(),
      statusDetail: z.string(),
      tone: ToneSchema,
      startedAt: z.string().optional(),
      endsAt: z.string().optional(),
    })
    .optional(),
  /** The product's bugs that are neither rejected nor fixed, most severe first. */
  openBugs: z.array(BugCountSchema),
  openBugTotal: z.number().int().nonnegative(),
});
export type TestioSection = z.infer<typeof TestioSectionSchema>;

export const BitbarSectionSchema = z.object({
  projectTitle: z.string(),
  latestRun: z
    .object({
      name: z.string(),
      /** Bitbar's run state (WAITING, RUNNING, FINISHED, …), for words in the person's language. */
      state: z.string().optional(),
      resultLabel: z.string(),
      tone: ToneSchema,
      startedAt: z.string().optional(),
      /** 0…1, when the run has results. */
      successRatio: z.number().min(0).max(1).optional(),
    })
    .optional(),
  /** Success ratios of recent finished runs, oldest first (the sparkline). */
  trend: z.array(z.number().min(0).max(1)),
});
export type BitbarSection = z.infer<typeof BitbarSectionSchema>;

export const ProductScienceSectionSchema = z.object({
  project: z.string(),
  /** Absent when Dropship has not uploaded a build for this project yet. */
  latestUpload: z
    .object({
      buildName: z.string(),
      /** The upload job's state (done, failed, …), for words in the person's language. */
      state: z.string().optional(),
      stateLabel: z.string(),
      tone: ToneSchema,
      at: z.string(),
    })
    .optional(),
});
export type ProductScienceSection = z.infer<typeof ProductScienceSectionSchema>;

/** Why a section shows no fresh data, in words for the person reading the board. */
export const SectionProblemSchema = z.object({
  kind: z.enum(['unreachable', 'refused', 'gone', 'not_connected', 'unreadable']),
  /** "Installr can’t be reached right now" — the board adds how old the shown data is. */
  message: z.string(),
});
export type SectionProblem = z.infer<typeof SectionProblemSchema>;

const section = <T extends z.ZodType>(data: T) =>
  z.object({
    /** The last data that arrived, even if the latest attempt failed. */
    data: data.optional(),
    /** When `data` arrived (ISO). */
    fetchedAt: z.string().optional(),
    /** Set when the latest attempt failed; cleared by the next success. */
    problem: SectionProblemSchema.optional(),
  });

export const BoardCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  icon: z.string().optional(),
  /** Which services the card follows, in words: "Installr app token", "Test IO: Shop". */
  sources: z.array(z.string()),
  /** When the latest refresh finished (ISO); absent before the first one. */
  checkedAt: z.string().optional(),
  refreshing: z.boolean(),
  installr: section(InstallrSectionSchema).optional(),
  testio: section(TestioSectionSchema).optional(),
  bitbar: section(BitbarSectionSchema).optional(),
  productscience: section(ProductScienceSectionSchema).optional(),
});
export type BoardCard = z.infer<typeof BoardCardSchema>;
export type BoardSection<S extends BoardSectionId> = NonNullable<BoardCard[S]>;
