import { z } from 'zod';
import { ServiceIdSchema } from '../error-schemas';
import { channel } from './define';

/** Where the proxy in effect came from. */
export const ProxyOriginSchema = z.enum(['system', 'environment', 'manual', 'none']);

export const NetworkStatusSchema = z.object({
  proxyMode: z.enum(['system', 'manual', 'direct']),
  proxyUrl: z.string(),
  /** A user name and password for the proxy are kept in the vault (never sent here). */
  hasProxyCredentials: z.boolean(),
  proxyUsername: z.string().optional(),
  caFiles: z.array(z.string()),
  /** The certificate authorities trusted now: built-in, the OS store, files. */
  caSources: z.array(z.string()),
  /** The route each service's address takes now. */
  services: z.array(
    z.object({
      service: ServiceIdSchema,
      host: z.string(),
      /** "Direct" or the proxy's scheme://host:port (never credentials). */
      route: z.string(),
      origin: ProxyOriginSchema,
    }),
  ),
});
export type NetworkStatus = z.infer<typeof NetworkStatusSchema>;

export const NetworkUpdateSchema = z.object({
  proxyMode: z.enum(['system', 'manual', 'direct']),
  proxyUrl: z.string().trim().max(2000),
  /** Empty keeps what is stored; `clearProxyCredentials` forgets it. */
  proxyUsername: z.string().max(500).optional(),
  proxyPassword: z.string().max(500).optional(),
  clearProxyCredentials: z.boolean().default(false),
  caFiles: z.array(z.string().trim().min(1).max(4000)).max(20),
});

export const ConnectionStepSchema = z.object({
  step: z.enum(['lookup', 'proxy', 'tls', 'authentication', 'service']),
  state: z.enum(['ok', 'failed', 'skipped']),
  /** For a person: what was checked, or what went wrong and what to do. */
  detail: z.string(),
});
export type ConnectionStep = z.infer<typeof ConnectionStepSchema>;

export const ConnectionTestSchema = z.object({
  service: ServiceIdSchema,
  ok: z.boolean(),
  steps: z.array(ConnectionStepSchema),
});
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

export const networkChannels = {
  status: channel(z.void(), NetworkStatusSchema),
  update: channel(NetworkUpdateSchema, NetworkStatusSchema),
  test: channel(z.object({ service: ServiceIdSchema }), ConnectionTestSchema),
};
