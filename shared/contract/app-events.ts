import { z } from 'zod';
import { AccountSummarySchema } from './accounts';

/** App-wide events (domains add their own files, e.g. transfer events). */
export const appEvents = {
  /** A connection changed (connected, disconnected, token refreshed or revoked). */
  'accounts.changed': z.array(AccountSummarySchema),
  /** The OS asked Dropship to open a build (double-click, "Open with", drag on the icon). */
  'app.openFile': z.object({ path: z.string().min(1), fileName: z.string().min(1) }),
};
