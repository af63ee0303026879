import { randomUUID } from 'node:crypto';
import type { AccountChoice, AccountSummary } from '../../../shared/contract/accounts';
import { DropshipError } from '../../../shared/errors';
import { SERVICE_IDS, SERVICE_NAMES, type ServiceId } from '../../../shared/domain/services';
import { SANDBOX_ACCOUNT, type AccountEntry, type Connection } from '../../../shared/settings';
import type { HttpClient } from '../http/client';
import { updateSettings, type SettingsStore } from '../settings-store';
import { forgetSecrets, migrateVault, vaultKey } from './account-keys';
import { freeName, requireFreeName } from './account-names';
import { requireSecureBaseUrl } from './base-url';
import type { SandboxLink } from './sandbox-link';
import type { SecretVault } from './vault';
import { DEFAULT_BASE_URLS } from './service-defaults';

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
  /** The account's id (absent for the sandbox): whose OAuth session to use. */
  account?: string;
  /** The core's HTTP client (proxy and trusted CAs); without one, direct. */
  http?: HttpClient;
}

/** The running sandbox's address and demo secret for each service. */
export type SandboxEndpoints = Partial<
  Record<ServiceId, { baseUrl: string; secret: string; auth?: AuthKind; username?: string }>
>;

export interface NewAccount {
  baseUrl: string;
  label: string;
  auth: AuthKind;
  /** Empty for OAuth: the password is exchanged for `oauthSession` and not kept. */
  secret: string;
  username?: string;
  oauthSession?: string;
  /** The person's name for it; absent: "Default", or the next free "<Service> 2". */
  name?: string;
  /** Replace this account's credentials (keeping its name) instead of adding one. */
  replace?: string;
}

/**
 * Each service's named accounts (issue 12 §6) and how to reach them. Metadata sits in
 * settings (`accounts`, `activeAccounts`); secrets sit in the vault under the account's
 * id. `account` arguments take an id or a name; absent, the account the views show.
 */
export class Accounts {
  readonly #migrated: Promise<void>;

  constructor(
    private readonly settings: SettingsStore,
    private readonly vault: SecretVault,
    private readonly sandbox: SandboxLink,
    readonly http?: HttpClient,
  ) {
    const all = settings.read().accounts;
    this.#migrated = Promise.all(
      SERVICE_IDS.map((service) => migrateVault(vault, service, all[service])),
    ).then(() => undefined);
  }

  /** A service's accounts; without a sandbox (the CLI without --sandbox), its is left out. */
  list(service: ServiceId): AccountEntry[] {
    const entries = this.settings.read().accounts[service];
    return this.sandbox.available ? entries : entries.filter((a) => a.kind !== 'sandbox');
  }

  /** The named (id or name, any case) account, or the one the views show. */
  find(service: ServiceId, account?: string): AccountEntry | undefined {
    const entries = this.list(service);
    if (account === undefined) {
      const active = this.settings.read().activeAccounts[service];
      return entries.find((a) => a.id === active) ?? entries[0];
    }
    const wanted = account.trim().toLowerCase();
    return (
      entries.find((a) => a.id === account) ?? entries.find((a) => a.name.toLowerCase() === wanted)
    );
  }

  /** The name, cleaned; an invalid name or one another of the service's accounts has throws. */
  requireFreeName(service: ServiceId, name: string, ownId?: string): string {
    return requireFreeName(service, this.staying(service), name, ownId);
  }

  /** The accounts a new one joins: none while only the sandbox stands in (it is replaced). */
  private staying(service: ServiceId): AccountEntry[] {
    const all = this.settings.read().accounts[service];
    return all.every((a) => a.kind === 'sandbox') ? [] : all;
  }

  /** Like find, but a name that matches nothing is an error listing the names there are. */
  resolve(service: ServiceId, account?: string): AccountEntry | undefined {
    const found = this.find(service, account);
    if (found || account === undefined) return found;
    const names = this.list(service).map((a) => `"${a.name}"`);
    throw new DropshipError({
      code: 'invalid_input',
      service,
      retryable: false,
      message: `${SERVICE_NAMES[service]} has no account named "${account}".`,
      hint: names.length
        ? `Its accounts: ${names.join(', ')}.`
        : `Connect a ${SERVICE_NAMES[service]} account first.`,
    });
  }

  connection(service: ServiceId, account?: string): Connection {
    const entry = this.find(service, account);
    if (!entry) return { kind: 'none' };
    if (entry.kind === 'sandbox') return { kind: 'sandbox' };
    return { kind: 'account', baseUrl: entry.baseUrl, label: entry.label, auth: entry.auth };
  }

  summaries(): AccountSummary[] {
    return SERVICE_IDS.map((service) => this.summary(service));
  }

  /** The service as its views show it (or as one account of it shows it). */
  summary(service: ServiceId, account?: string): AccountSummary {
    const entry = this.find(service, account);
    const accounts = this.list(service).map((a) => this.choice(service, a));
    const defaultBaseUrl = DEFAULT_BASE_URLS[service];
    if (!entry) {
      return { service, accounts, status: 'not_connected', label: 'Not connected', defaultBaseUrl };
    }
    const { id, name, ...shown } = this.choice(service, entry);
    return { service, account: { id, name }, accounts, ...shown, defaultBaseUrl };
  }

  private choice(service: ServiceId, entry: AccountEntry): AccountChoice {
    const { id, name } = entry;
    if (entry.kind === 'sandbox') {
      const baseUrl = this.sandbox.current?.[service]?.baseUrl;
      return {
        id,
        name,
        status: 'sandbox',
        label: 'Sandbox with demo data',
        ...(baseUrl ? { baseUrl } : {}),
      };
    }
    const { baseUrl, label, auth } = entry;
    return { id, name, status: 'connected', baseUrl, label, auth };
  }

  /** The base URL for anonymous calls (e.g. Installr's app status), if any is known. */
  async baseUrl(service: ServiceId, account?: string): Promise<string | undefined> {
    const entry = this.find(service, account);
    if (entry?.kind === 'account') return entry.baseUrl;
    if (entry?.kind === 'sandbox') return (await this.sandbox.ensure())?.[service]?.baseUrl;
    return undefined;
  }

  /** Whether any service uses the sandbox (the app starts it only then). */
  sandboxInUse(): boolean {
    return SERVICE_IDS.some((service) => this.find(service)?.kind === 'sandbox');
  }

  async credentials(service: ServiceId, account?: string): Promise<ServiceCredentials> {
    const entry = this.resolve(service, account);
    const http = this.http ? { http: this.http } : {};
    if (entry?.kind === 'sandbox') {
      const demo = (await this.sandbox.ensure())?.[service];
      if (demo) return { service, auth: 'token', ...demo, sandbox: true, ...http };
    }
    if (entry?.kind === 'account') {
      // Settings written by hand or an address from the environment (CLI) get the same check.
      requireSecureBaseUrl(entry.baseUrl, service);
      await this.#migrated;
      const secret = await this.vault.get(vaultKey(service, entry.id, 'secret'));
      if (secret || entry.auth === 'oauth') {
        const username = await this.vault.get(vaultKey(service, entry.id, 'username'));
        return {
          service,
          baseUrl: entry.baseUrl,
          secret: secret ?? '',
          auth: entry.auth,
          sandbox: false,
          account: entry.id,
          ...http,
          ...(username ? { username } : {}),
        };
      }
    }
    const which = entry
      ? `Your ${SERVICE_NAMES[service]} account "${entry.name}"`
      : SERVICE_NAMES[service];
    throw new DropshipError({
      code: 'not_connected',
      service,
      retryable: false,
      message: `${which} is not connected.`,
      hint: `Open Settings and connect your ${SERVICE_NAMES[service]} account, or use the sandbox.`,
    });
  }

  /** Adds an account (or replaces one's credentials); the views show it from now on. */
  async save(service: ServiceId, account: NewAccount): Promise<AccountSummary> {
    requireSecureBaseUrl(account.baseUrl, service);
    await this.#migrated;
    const replaced = account.replace ? this.resolve(service, account.replace) : undefined;
    const all = this.staying(service);
    const name = requireFreeName(
      service,
      all,
      account.name ?? replaced?.name ?? freeName(service, all),
      replaced?.id,
    );
    const id = replaced?.kind === 'account' ? replaced.id : randomUUID().slice(0, 8);
    const key = (part: 'secret' | 'username' | 'oauth') => vaultKey(service, id, part);
    if (account.secret) await this.vault.set(key('secret'), account.secret);
    else await this.vault.delete(key('secret'));
    // New credentials start a new session: the one their check opened, or none yet.
    if (account.oauthSession === undefined) await this.vault.delete(key('oauth'));
    else await this.vault.set(key('oauth'), account.oauthSession);
    if (account.username) await this.vault.set(key('username'), account.username);
    else await this.vault.delete(key('username'));
    const entry: AccountEntry = {
      kind: 'account',
      id,
      name,
      baseUrl: account.baseUrl,
      label: account.label,
      auth: account.auth,
    };
    updateSettings(this.settings, (draft) => {
      // The demo sandbox stands in until a real account comes: the first one replaces it.
      const list = draft.accounts[service].every((a) => a.kind === 'sandbox')
        ? []
        : draft.accounts[service];
      const at = replaced ? list.findIndex((a) => a.id === replaced.id) : -1;
      if (at >= 0) list[at] = entry;
      else list.push(entry);
      draft.accounts[service] = list;
      draft.activeAccounts[service] = id;
    });
    return this.summary(service);
  }

  async rename(service: ServiceId, account: string, name: string): Promise<AccountSummary> {
    const entry = this.resolve(service, account);
    if (!entry) return this.summary(service);
    const clean = requireFreeName(service, this.settings.read().accounts[service], name, entry.id);
    updateSettings(this.settings, (draft) => {
      const found = draft.accounts[service].find((a) => a.id === entry.id);
      if (found) found.name = clean;
    });
    return this.summary(service);
  }

  /** Which account the service's views show, remembered. */
  select(service: ServiceId, account: string): AccountSummary {
    const entry = this.resolve(service, account);
    if (entry) {
      updateSettings(this.settings, (draft) => {
        draft.activeAccounts[service] = entry.id;
      });
    }
    return this.summary(service);
  }

  /** Removes one account (the shown one when absent) and everything the vault kept for it. */
  async disconnect(service: ServiceId, account?: string): Promise<AccountSummary> {
    const entry = this.resolve(service, account);
    if (!entry) return this.summary(service);
    await this.#migrated;
    await forgetSecrets(this.vault, service, entry.id);
    updateSettings(this.settings, (draft) => {
      draft.accounts[service] = draft.accounts[service].filter((a) => a.id !== entry.id);
      if (draft.activeAccounts[service] === entry.id) delete draft.activeAccounts[service];
    });
    return this.summary(service);
  }

  /** Shows the sandbox in the service's views, adding it as an account if it is not one. */
  async useSandbox(service: ServiceId): Promise<AccountSummary> {
    await this.sandbox.ensure(); // first use: start it now, so the summary has its address
    updateSettings(this.settings, (draft) => {
      const list = draft.accounts[service];
      let sandbox = list.find((a) => a.kind === 'sandbox');
      if (!sandbox) {
        const name = list.some((a) => a.name.toLowerCase() === 'sandbox')
          ? 'Demo sandbox'
          : SANDBOX_ACCOUNT.name;
        sandbox = { ...SANDBOX_ACCOUNT, name };
        list.push(sandbox);
      }
      draft.activeAccounts[service] = sandbox.id;
    });
    return this.summary(service);
  }

  /**
   * An OAuth session (Bitbar: access and refresh tokens, as JSON) kept in the vault beside
   * the account's secret, as a store its API client reads and refreshes. Only main reads
   * it; disconnecting or reconnecting drops it. Follows the shown account unless named.
   */
  oauthSessions(
    service: ServiceId,
    account?: string,
  ): { read(): Promise<string | undefined>; write(session: string | undefined): Promise<void> } {
    const key = () => {
      const entry = this.find(service, account);
      return entry ? vaultKey(service, entry.id, 'oauth') : undefined;
    };
    return {
      read: async () => {
        await this.#migrated;
        const at = key();
        return at ? this.vault.get(at) : undefined;
      },
      write: async (session) => {
        const at = key();
        if (!at) return;
        if (session === undefined) return this.vault.delete(at);
        await this.vault.set(at, session);
        // A password kept by an earlier version is not needed once a session exists.
        const entry = this.find(service, account);
        if (entry?.kind === 'account' && entry.auth === 'oauth') {
          await this.vault.delete(vaultKey(service, entry.id, 'secret'));
        }
      },
    };
  }
}
