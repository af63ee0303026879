import { z } from 'zod';
import { BoardCardConfigSchema } from './domain/board';

/**
 * The app's persisted preferences (no secrets: tokens live in the vault).
 * Every field has a default, so `SettingsSchema.parse({})` is a valid first-run state.
 */
export const ConnectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox') }),
  z.object({
    kind: z.literal('account'),
    baseUrl: z.url(),
    /** What the person sees: "connected as …" (an email, a name, or the host). */
    label: z.string(),
    /** How the secret in the vault is used (Bitbar: API key or OAuth). */
    auth: z.enum(['token', 'apiKey', 'oauth']).default('token'),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type Connection = z.infer<typeof ConnectionSchema>;

/** The interface language: the OS locale's ("system") or one the person picked. */
export const LanguageChoiceSchema = z.enum(['system', 'en', 'de']);
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

/**
 * One named account of a service (issue 12 §6: two Installr teams, two Bitbar accounts).
 * `id` is stable and keys its secrets in the vault; `name` is the person's and may change.
 */
export const AccountEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sandbox'), id: z.string().min(1), name: z.string().min(1) }),
  z.object({
    kind: z.literal('account'),
    id: z.string().min(1),
    name: z.string().min(1),
    baseUrl: z.url(),
    label: z.string(),
    auth: z.enum(['token', 'apiKey', 'oauth']).default('token'),
  }),
]);
export type AccountEntry = z.infer<typeof AccountEntrySchema>;

/** The names migrated and first-run accounts get. */
export const SANDBOX_ACCOUNT = { kind: 'sandbox', id: 'sandbox', name: 'Sandbox' } as const;
export const MIGRATED_ACCOUNT = { id: 'default', name: 'Default' } as const;

const accountList = z.array(AccountEntrySchema).default([SANDBOX_ACCOUNT]);

/**
 * Settings written before several accounts per service kept one `connections[service]`;
 * it becomes that service's only account ("Default", or "Sandbox"), with nothing lost.
 * Its secrets move in the vault with `Accounts.migrateVault`.
 */
function migrateConnections(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('connections' in raw)) return raw;
  const { connections, ...rest } = raw as { connections: unknown; accounts?: unknown };
  if (rest.accounts !== undefined || typeof connections !== 'object' || connections === null) {
    return rest;
  }
  const accounts: Record<string, unknown[]> = {};
  for (const [service, value] of Object.entries(connections)) {
    const connection = ConnectionSchema.safeParse(value);
    if (!connection.success) continue;
    const c = connection.data;
    accounts[service] =
      c.kind === 'none'
        ? []
        : c.kind === 'sandbox'
          ? [SANDBOX_ACCOUNT]
          : [{ ...c, ...MIGRATED_ACCOUNT }];
  }
  return { ...rest, accounts };
}

const SettingsObjectSchema = z.object({
  version: z.literal(1).default(1),
  language: LanguageChoiceSchema.default('system'),
  /** Each service's accounts, in the order the person added them (none: not connected). */
  accounts: z
    .object({
      installr: accountList,
      testio: accountList,
      bitbar: accountList,
      productscience: accountList,
    })
    .prefault({}),
  /** The account each service's views show (service → account id); else its first. */
  activeAccounts: z.record(z.string(), z.string()).default({}),
  uploads: z
    .object({
      /** Test IO: files above this many bytes go through the presigned S3 flow. */
      testioDirectUploadLimit: z
        .number()
        .int()
        .positive()
        .default(100 * 1024 * 1024),
      maxConcurrentTransfers: z.number().int().min(1).max(8).default(4),
    })
    .prefault({}),
  /** How to reach the services: the proxy (credentials are in the vault) and extra CAs. */
  network: z
    .object({
      /** system: the OS settings (PAC and WPAD included); manual: `proxyUrl`; direct: none. */
      proxyMode: z.enum(['system', 'manual', 'direct']).default('system'),
      /** scheme://host:port, without credentials. */
      proxyUrl: z.string().default(''),
      /** PEM files whose certificate authorities are trusted besides the OS store. */
      caFiles: z.array(z.string()).default([]),
    })
    .prefault({}),
  /** Per-app memory of what the person chose last time, keyed by bundle/package id. */
  rememberedTargets: z.record(z.string(), z.unknown()).default({}),
  /** Each app's git repository, chosen once, to draft release notes from: app id → folder. */
  appRepositories: z.record(z.string(), z.string()).default({}),
  /** Watched folders (CI artifacts, a build output): new builds there are offered or sent. */
  watch: z
    .object({
      folders: z.array(z.string()).default([]),
      /** Send new builds to the services remembered for their app, without asking. */
      autoDeliver: z.boolean().default(false),
    })
    .prefault({}),
  /** The status board: tracked cards (app tokens are not secrets, but are never logged). */
  board: z
    .object({
      refreshSeconds: z.number().int().min(2).max(3600).default(30),
      cards: z.array(BoardCardConfigSchema).default([]),
    })
    .prefault({}),
});

export const SettingsSchema = z.preprocess(migrateConnections, SettingsObjectSchema);
export type Settings = z.infer<typeof SettingsSchema>;
