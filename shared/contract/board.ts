import { z } from 'zod';
import { channel } from './define';
import { BoardCardSchema } from '../domain/board';

/** The status board: tracked apps as cards, refreshed on their own, exportable as one file. */

const id = z.number().int().positive();

export const BoardSchema = z.object({
  cards: z.array(BoardCardSchema),
  /** How often the board refreshes itself. */
  refreshSeconds: z.number().int().positive(),
});
export type Board = z.infer<typeof BoardSchema>;

export const AppTokenSchema = z
  .string()
  .trim()
  .min(1, 'Paste the app token from the app’s Settings tab on Installr')
  .regex(/^[A-Za-z0-9_-]+$/, 'An app token has only letters and digits');

export const AddCardInputSchema = z
  .object({
    installr: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('appToken'), appToken: AppTokenSchema }),
        z.object({ kind: z.literal('account'), appId: id }),
      ])
      .optional(),
    /** Titles come from the options list; they name the card until fresh data arrives. */
    testio: z.object({ productId: id, title: z.string().trim().min(1) }).optional(),
    bitbar: z.object({ projectId: id, title: z.string().trim().min(1) }).optional(),
    productscience: z.object({ project: z.string().trim().min(1) }).optional(),
  })
  .refine((input) => input.installr || input.testio || input.bitbar || input.productscience, {
    message: 'Paste an app token or pick at least one app, product or project',
  });
export type AddCardInput = z.input<typeof AddCardInputSchema>;

/** One thing the add dialog offers to pick (an Installr app, a Test IO product, …). */
export const BoardOptionSchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  detail: z.string().optional(),
});

export const ServiceOptionsSchema = z.object({
  status: z.enum(['ready', 'not_connected', 'unavailable']),
  /** Why there is nothing to pick, in words. */
  message: z.string().optional(),
  items: z.array(BoardOptionSchema),
});
export type ServiceOptions = z.infer<typeof ServiceOptionsSchema>;

export const BoardOptionsSchema = z.object({
  installr: ServiceOptionsSchema,
  testio: ServiceOptionsSchema,
  bitbar: ServiceOptionsSchema,
  productscience: ServiceOptionsSchema,
});
export type BoardOptions = z.infer<typeof BoardOptionsSchema>;

export const ExportInputSchema = z.object({
  path: z
    .string()
    .trim()
    .min(1, 'Choose where to save the file')
    .refine((path) => /\.html?$/i.test(path), 'The file name should end in .html'),
});

export const ExportResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  cards: z.number().int().nonnegative(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const REFRESH_CHOICES = [15, 30, 60, 300] as const;

export const boardChannels = {
  /** The cards with what is known now (no network): the screen paints at once. */
  list: channel(z.void(), BoardSchema),
  /** Refreshes one card (or all) from the services and answers with the whole board. */
  refresh: channel(z.object({ cardId: z.string().optional() }), BoardSchema),
  /** What the add dialog offers: apps, products and projects of connected accounts. */
  options: channel(z.void(), BoardOptionsSchema),
  add: channel(AddCardInputSchema, BoardSchema),
  remove: channel(z.object({ cardId: z.string().min(1) }), BoardSchema),
  setRefreshInterval: channel(
    z.object({ seconds: z.number().int().min(2, 'At least 2 seconds').max(3600) }),
    BoardSchema,
  ),
  /** Where the export goes unless the person picks another place. */
  exportDefaults: channel(z.void(), z.object({ path: z.string() })),
  /** Writes the board as one self-contained HTML file. */
  exportHtml: channel(ExportInputSchema, ExportResultSchema),
};
