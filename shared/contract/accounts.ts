import { z } from 'zod';
import { channel } from './define';
import { ServiceIdSchema } from '../error-schemas';

/** What the renderer may know about a connection: never the secret itself. */
export const AccountSummarySchema = z.object({
  service: ServiceIdSchema,
  status: z.enum(['sandbox', 'connected', 'not_connected']),
  baseUrl: z.string().optional(),
  /** "Sandbox (demo data)", "connected as ana@example.com", … */
  label: z.string(),
  auth: z.enum(['token', 'apiKey', 'oauth']).optional(),
  /** Prefills the connect form: the real service's address. */
  defaultBaseUrl: z.string(),
});
export type AccountSummary = z.infer<typeof AccountSummarySchema>;

const trimmed = z.string().trim();

export const ConnectInputSchema = z.object({
  service: ServiceIdSchema,
  baseUrl: trimmed.pipe(
    z.url({ protocol: /^https?$/, error: 'Enter a full address, like https://example.com' }),
  ),
  /** API token / key; for Bitbar OAuth this is the password and `username` is set. */
  secret: trimmed.min(1, 'Paste your token'),
  username: trimmed.optional(),
  auth: z.enum(['token', 'apiKey', 'oauth']).default('token'),
});

export const accountsChannels = {
  list: channel(z.void(), z.array(AccountSummarySchema)),
  /** Checks the credentials against the service, then stores them. */
  connect: channel(ConnectInputSchema, AccountSummarySchema),
  /** Calls the service with the stored credentials; resolves with a sentence for the person. */
  test: channel(z.object({ service: ServiceIdSchema }), z.object({ detail: z.string() })),
  disconnect: channel(z.object({ service: ServiceIdSchema }), AccountSummarySchema),
  useSandbox: channel(z.object({ service: ServiceIdSchema }), AccountSummarySchema),
};
