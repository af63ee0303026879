import type { AccountSummary } from '../../../shared/contract/accounts';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_IDS, SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import type { Connection } from '../../../shared/settings';
import type { HttpClient } from '../http/client';
import { updateSettings, type SettingsStore } from '../settings-store';
import { requireSecureBaseUrl } from './base-url';
import type { SandboxLink } from './sandbox-link';
import type { SecretVault } from './vault';
import { DEFAULT_BASE_URLS } from './service-defaults';
import { t } from '../i18n/translate';

export type AuthKind = 'token' | 'apiKey' | 'oauth';

/** Everything a provider client needs to make an authenticated call. Stays in main. */
export interface ServiceCredentials {
  service: ServiceId;
  baseUrl: string;
  /** The token or API key; empty for an OAuth account (only its session is kept). */
  secret: string;
  auth: AuthKind;
  username?: string;
  sandbox: boolean;
  /** The core's HTTP client (proxy and trusted CAs); without one, direct. */
  http?: HttpClient;
}

/** The running sandbox's address and demo secret for each service. */
export type SandboxEndpoints = Partial<
  Record<ServiceId, { baseUrl: string; secret: string; auth?: AuthKind; username?: string }>
>;

/**
 * Which account each service uses and how to reach it. Connection metadata sits in
 * settings; secrets sit in the vault under the service's id.
 */
export class Accounts {
  constructor(
    private readonly settings: SettingsStore,
    private readonly vault: SecretVault,
    private readonly sandbox: SandboxLink,
    readonly http?: HttpClient,
  ) {}

  connection(service: ServiceId): Connection {
    const connection = this.settings.read().connections[service];
    // Without a sandbox (the CLI without --sandbox), "sandbox" means nothing is connected.
    return connection.kind === 'sandbox' && !this.sandbox.available ? { kind: 'none' } : connection;
  }

  summaries(): AccountSummary[] {
    return SERVICE_IDS.map((service) => this.summary(service));
  }

  summary(service: ServiceId): AccountSummary {
    return { ...this.describe(service), defaultBaseUrl: DEFAULT_BASE_URLS[service] };
  }

  private describe(service: ServiceId): Omit<AccountSummary, 'defaultBaseUrl'> {
    const connection = this.connection(service);
    switch (connection.kind) {
      case 'sandbox':
        return {
          service,
          status: 'sandbox',
          baseUrl: this.sandbox.current?.[service]?.baseUrl,
          label: t('accounts:sandboxLabel'),
        };
      case 'account':
        return {
          service,
          status: 'connected',
          baseUrl: connection.baseUrl,
          label: connection.label,
          auth: connection.auth,
        };
      case 'none':
        return { service, status: 'not_connected', label: t('accounts:notConnectedLabel') };
    }
  }

  /** The base URL for anonymous calls (e.g. Installr's app status), if any is known. */
  async baseUrl(service: ServiceId): Promise<string | undefined> {
    const connection = this.connection(service);
    if (connection.kind === 'account') return connection.baseUrl;
    if (connection.kind === 'sandbox') return (await this.sandbox.ensure())?.[service]?.baseUrl;
    return undefined;
  }

  /** Whether any service uses the sandbox (the app starts it only then). */
  sandboxInUse(): boolean {
    return SERVICE_IDS.some((service) => this.connection(service).kind === 'sandbox');
  }

  async credentials(service: ServiceId): Promise<ServiceCredentials> {
    const connection = this.connection(service);
    const demo =
      connection.kind === 'sandbox' ? (await this.sandbox.ensure())?.[service] : undefined;
    const http = this.http ? { http: this.http } : {};
    if (demo) return { service, auth: 'token', ...demo, sandbox: true, ...http };
    if (connection.kind === 'account') {
      // Settings written by hand or an address from the environment (CLI) get the same check.
      requireSecureBaseUrl(connection.baseUrl, service);
      const secret = await this.vault.get(service);
      if (secret || connection.auth === 'oauth') {
        return {
          service,
          baseUrl: connection.baseUrl,
          secret: secret ?? '',
          auth: connection.auth,
          sandbox: false,
          ...http,
          ...(await this.username(service)),
        };
      }
    }
    throw new DropshipError({
      code: 'not_connected',
      service,
      retryable: false,
      message: t('accounts:notConnected', { service: SERVICE_NAMES[service] }),
      hint: t('accounts:notConnectedHint', { service: SERVICE_NAMES[service] }),
    });
  }

  async save(
    service: ServiceId,
    account: {
      baseUrl: string;
      label: string;
      auth: AuthKind;
      /** Empty for OAuth: the password is exchanged for `oauthSession` and not kept. */
      secret: string;
      username?: string;
      oauthSession?: string;
    },
  ): Promise<AccountSummary> {
    requireSecureBaseUrl(account.baseUrl, service);
    if (account.secret) await this.vault.set(service, account.secret);
    else await this.vault.delete(service);
    // New credentials start a new session: the one their check opened, or none yet.
    await this.saveOAuthSession(service, account.oauthSession);
    if (account.username) await this.vault.set(`${service}.username`, account.username);
    else await this.vault.delete(`${service}.username`);
    updateSettings(this.settings, (draft) => {
      draft.connections[service] = {
        kind: 'account',
        baseUrl: account.baseUrl,
        label: account.label,
        auth: account.auth,
      };
    });
    return this.summary(service);
  }

  async disconnect(service: ServiceId): Promise<AccountSummary> {
    await this.vault.delete(service);
    await this.vault.delete(`${service}.username`);
    await this.vault.delete(`${service}.oauth`);
    this.setConnection(service, { kind: 'none' });
    return this.summary(service);
  }

  async useSandbox(service: ServiceId): Promise<AccountSummary> {
    await this.sandbox.ensure(); // first use: start it now, so the summary has its address
    this.setConnection(service, { kind: 'sandbox' });
    return this.summary(service);
  }

  /**
   * An OAuth session (Bitbar: access and refresh tokens, as JSON) kept in the vault beside
   * the account's secret, as a store its API client reads and refreshes. Only main reads
   * it; disconnecting or reconnecting drops it.
   */
  oauthSessions(service: ServiceId): {
    read(): Promise<string | undefined>;
    write(session: string | undefined): Promise<void>;
  } {
    return {
      read: () => this.vault.get(`${service}.oauth`),
      write: (session) => this.saveOAuthSession(service, session),
    };
  }

  private async saveOAuthSession(service: ServiceId, session: string | undefined): Promise<void> {
    if (session === undefined) return this.vault.delete(`${service}.oauth`);
    await this.vault.set(`${service}.oauth`, session);
    // A password kept by an earlier version is not needed once a session exists.
    const connection = this.connection(service);
    if (connection.kind === 'account' && connection.auth === 'oauth') {
      await this.vault.delete(service);
    }
  }

  private setConnection(service: ServiceId, connection: Connection) {
    updateSettings(this.settings, (draft) => {
      draft.connections[service] = connection;
    });
  }

  private async username(service: ServiceId): Promise<{ username?: string }> {
    const username = await this.vault.get(`${service}.username`);
    return username ? { username } : {};
  }
}
