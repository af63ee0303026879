import { z } from 'zod';
import { channel } from './define';
import { ServiceIdSchema } from '../error-schemas';

/** A person-chosen account name: unique per service (the core checks), plain text, short. */
export const AccountNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the account')
  .max(40, 'Use at most 40 characters')
  .refine(
    (name) => ![...name].some((c) => c === ',' || c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127),
    'Use letters, digits, spaces and punctuation other than commas',
  );

/** One of a service's accounts, as Settings and the account pickers list it. */
export const AccountChoiceSchema = z.object({
  /** Stable; what the renderer sends back to pick, rename or disconnect it. */
  id: z.string(),
  name: z.string(),
  status: z.enum(['sandbox', 'connected']),
  baseUrl: z.string().optional(),
  label: z.string(),
  auth: z.enum(['token', 'apiKey', 'oauth']).optional(),
});
export type AccountChoice = z.infer<typeof AccountChoiceSchema>;

/**
 * What the renderer may know about a service's connection: never the secret itself. The
 * top-level fields describe the account its views show (`account`); `accounts` lists all.
 */
export const AccountSummarySchema = z.object({
  service: ServiceIdSchema,
  /** The account the views show: absent when the service has none. */
  account: z.object({ id: z.string(), name: z.string() }).optional(),
  accounts: z.array(AccountChoiceSchema),
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

const AccountIdSchema = z.string().min(1).max(100);

export const ConnectInputSchema = z.object({
  service: ServiceIdSchema,
  /** Replace this account's credentials ("Change account"); absent: add another account. */
  account: AccountIdSchema.optional(),
  /** Absent: "Default" (or the next free "<Service> 2", …). */
  name: AccountNameSchema.optional(),
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
  test: channel(
    z.object({ service: ServiceIdSchema, account: AccountIdSchema.optional() }),
    z.object({ detail: z.string() }),
  ),
  /** Removes one account (the shown one when absent) and its secrets. */
  disconnect: channel(
    z.object({ service: ServiceIdSchema, account: AccountIdSchema.optional() }),
    AccountSummarySchema,
  ),
  rename: channel(
    z.object({ service: ServiceIdSchema, account: AccountIdSchema, name: AccountNameSchema }),
    AccountSummarySchema,
  ),
  /** Which account the service's views show (remembered). */
  select: channel(
    z.object({ service: ServiceIdSchema, account: AccountIdSchema }),
    AccountSummarySchema,
  ),
  useSandbox: channel(z.object({ service: ServiceIdSchema }), AccountSummarySchema),
};
