import {
  createCertificateAuthority,
  issueServerCertificate,
  type LeafOptions,
  type ServerTls,
} from './framework/certificates';
import type { Emulator } from './framework/emulator-server';
import { startBitbarEmulator, type BitbarEmulatorOptions } from './bitbar/emulator';
import { installrNotes, startInstallrEmulator } from './installr/emulator';
import { startProductScienceEmulator } from './productscience/emulator';
import { startStorage, type SandboxStorage, type StorageOptions } from './storage';
import { startTestioEmulator } from './testio/emulator';

export interface SandboxOptions {
  /** Fixed ports for the standalone sandbox; random (0) otherwise. */
  ports?: Partial<Record<SandboxService, number>>;
  /** Lifetime of presigned S3 policies / GCS signed URLs (tests shorten them). */
  presignTtlMs?: StorageOptions['presignTtlMs'];
  /** Bitbar: catalog size, OAuth token lifetime, run pace (tests speed runs up). */
  bitbar?: Omit<BitbarEmulatorOptions, 'port' | 'tls'>;
  /**
   * Serve HTTPS, with a certificate authority made at start (`Sandbox.ca` is its root).
   * `expired` or other `hosts` make a certificate a client must refuse (tests).
   */
  https?: boolean | LeafOptions;
}

export type SandboxService = 'installr' | 'testio' | 'bitbar' | 'productscience';

/** One running emulator plus the demo credentials a client uses against it. */
export interface SandboxServiceHandle {
  emulator: Emulator;
  baseUrl: string;
  secret: string;
  auth?: 'token' | 'apiKey' | 'oauth';
  username?: string;
  /** Extra lines `npm run sandbox` prints (e.g. app tokens, demo logins). */
  notes?: string[];
}

export interface Sandbox {
  services: Partial<Record<SandboxService, SandboxServiceHandle>>;
  /** The S3 / GCS buckets upload URLs point at: `received`, `faults`, `clock` for tests. */
  storage: SandboxStorage;
  /** The root certificate (PEM) the services' certificates chain to, when serving HTTPS. */
  ca?: string;
  close(): Promise<void>;
}

/**
 * Starts every emulator on 127.0.0.1. The app starts this when a service has no real
 * account; tests start it per suite; `npm run sandbox` starts it standalone.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const services: Sandbox['services'] = {};
  const authority = options.https ? createCertificateAuthority() : undefined;
  const tls: ServerTls | undefined = authority
    ? issueServerCertificate(authority, typeof options.https === 'object' ? options.https : {})
    : undefined;
  const installr = await startInstallrEmulator({ port: options.ports?.installr, tls });
  services.installr = {
    emulator: installr,
    baseUrl: installr.url,
    secret: installr.demoToken,
    notes: installrNotes(installr),
  };
  const storage = await startStorage({ presignTtlMs: options.presignTtlMs, tls });
  const testio = await startTestioEmulator({
    storage: storage.s3,
    port: options.ports?.testio,
    tls,
  });
  services.testio = {
    emulator: testio,
    baseUrl: testio.baseUrl,
    secret: testio.demoToken,
    auth: 'token',
  };
  const ps = await startProductScienceEmulator({
    storage: storage.gcs,
    port: options.ports?.productscience,
    tls,
  });
  services.productscience = { emulator: ps, baseUrl: ps.url, secret: ps.demoToken };
  const bitbar = await startBitbarEmulator({
    ...options.bitbar,
    port: options.ports?.bitbar,
    tls,
  });
  services.bitbar = {
    emulator: bitbar,
    baseUrl: `${bitbar.url}/api`,
    secret: bitbar.demoApiKey,
    auth: 'apiKey',
    notes: [`e-mail and password (OAuth): ${bitbar.demoUser.email} / ${bitbar.demoUser.password}`],
  };
  return {
    services,
    storage,
    ...(authority ? { ca: authority.cert } : {}),
    close: async () => {
      await Promise.all(Object.values(services).map((s) => s.emulator.close()));
      await storage.close();
    },
  };
}

/** The shape the core takes: base URL and demo secret per service. */
export function sandboxEndpoints(sandbox: Sandbox) {
  return Object.fromEntries(
    Object.entries(sandbox.services).map(([service, handle]) => [
      service,
      {
        baseUrl: handle.baseUrl,
        secret: handle.secret,
        ...(handle.auth ? { auth: handle.auth } : {}),
        ...(handle.username ? { username: handle.username } : {}),
      },
    ]),
  );
}
