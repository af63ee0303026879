import type { Accounts } from './accounts/accounts';
import type { SecretVault } from './accounts/vault';
import type { EventBus } from './event-bus';
import type { HistoryStore } from './history/history-store';
import type { HttpClient } from './http/client';
import type { DesktopPlatform } from './platform';
import type { SettingsStore } from './settings-store';
import type { BitbarApi } from './providers/bitbar/api';
import type { TransferEngine } from './transfer/transfer-engine';
import type { LanguageChoice } from '../../shared/settings';

/** What every handler may use. Built once by createCore; nothing here knows Electron. */
export interface CoreContext {
  accounts: Accounts;
  settings: SettingsStore;
  /** Secrets (Accounts' tokens, the proxy's credentials); never sent to the renderer. */
  vault: SecretVault;
  events: EventBus;
  /** Every request to a service goes through it: proxy, trusted CAs, retries. */
  http: HttpClient;
  /** Whether Settings → Network applies (the app) or the run fixed it (CLI, tests). */
  network: { fromSettings: boolean; rebuild(): Promise<void> };
  /** A folder the core may write to (persisted jobs, downloads' temp files). */
  dataDir: string;
  /** Every delivery ever made, for the History view, "already delivered" and diffs. */
  history: HistoryStore;
  /** Native dialogs and the browser (headless in tests). */
  platform: DesktopPlatform;
  /**
   * The core's one Bitbar session, shared by the handlers, the board and the upload
   * engine so an OAuth token is refreshed once.
   */
  bitbar: BitbarApi;
  /** The transfer engine: every job, its transfers, the queue and the `uploads.*` events. */
  uploads: TransferEngine;
  /** Switches what the core says to the language the person chose in Settings. */
  language: { follow(choice: LanguageChoice): void };
}
