import type { Accounts } from './accounts/accounts';
import type { EventBus } from './event-bus';
import type { HttpClient } from './http/client';
import type { DesktopPlatform } from './platform';
import type { SettingsStore } from './settings-store';

/** What every handler may use. Built once by createCore; nothing here knows Electron. */
export interface CoreContext {
  accounts: Accounts;
  settings: SettingsStore;
  events: EventBus;
  /** Every request to a service goes through it: proxy, trusted CAs, retries. */
  http: HttpClient;
  /** A folder the core may write to (persisted jobs, downloads' temp files). */
  dataDir: string;
  /** Native dialogs and the browser (headless in tests). */
  platform: DesktopPlatform;
}
