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

export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  language: LanguageChoiceSchema.default('system'),
  connections: z
    .object({
      installr: ConnectionSchema.default({ kind: 'sandbox' }),
      testio: ConnectionSchema.default({ kind: 'sandbox' }),
      bitbar: ConnectionSchema.default({ kind: 'sandbox' }),
      productscience: ConnectionSchema.default({ kind: 'sandbox' }),
    })
    .prefault({}),
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
export type Settings = z.infer<typeof SettingsSchema>;
