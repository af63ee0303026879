import { open, rename, rm } from 'node:fs/promises';
import type { CoreContext } from '../context';
import { checkedSavePath, couldNotWrite } from '../files/save-path';
import { draftAppReleaseNotes } from '../git/app-release-notes';
import { buildHistory } from '../history/build-history';
import { historyCsvHeader, historyCsvRows } from '../history/history-csv';
import type { Handlers } from './types';

const EXPORT_PAGE = 1000;

export function historyHandlers(ctx: CoreContext): Handlers['history'] {
  return {
    search: async (filter) => ctx.history.search(filter),
    facets: async () => ctx.history.facets(),
    forBuild: ({ path, sha256 }) => buildHistory(ctx, path, sha256),
    draftReleaseNotes: ({ appId, folder }) => draftAppReleaseNotes(ctx, appId, folder),
    exportCsv: async ({ path, ...filter }) => {
      const target = await checkedSavePath(path, '~/Downloads/deliveries.csv');
      // Written beside the target, then renamed: a failed export never leaves half a file.
      const partial = `${target}.partial`;
      let rows = 0;
      try {
        const file = await open(partial, 'w');
        try {
          await file.write(historyCsvHeader());
          for (let offset = 0; ; offset += EXPORT_PAGE) {
            const page = ctx.history.search({ ...filter, limit: EXPORT_PAGE, offset });
            await file.write(historyCsvRows(page.deliveries));
            rows += page.deliveries.length;
            if (page.deliveries.length < EXPORT_PAGE) break;
          }
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(partial, target);
      } catch {
        await rm(partial, { force: true });
        throw couldNotWrite(target);
      }
      return { path: target, rows };
    },
  };
}
