import { z } from 'zod';
import { HistoryFilterSchema, HistoryPageSchema } from '../domain/history';
import { channel } from './define';

export const HistoryFacetsSchema = z.object({
  /** Every app ever delivered, for the app filter's suggestions. */
  apps: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  accounts: z.array(z.string()),
});
export type HistoryFacets = z.infer<typeof HistoryFacetsSchema>;

export const HistoryExportSchema = z.object({ path: z.string(), rows: z.number().int() });

/** Everything Dropship delivered: searched, and exported as CSV for a spreadsheet. */
export const historyChannels = {
  search: channel(HistoryFilterSchema, HistoryPageSchema),
  facets: channel(z.void(), HistoryFacetsSchema),
  /** Every delivery the filter matches (not only the page shown), written where the person chose. */
  exportCsv: channel(
    HistoryFilterSchema.omit({ limit: true, offset: true }).extend({
      path: z.string().min(1, 'Choose where to save the file'),
    }),
    HistoryExportSchema,
  ),
};
