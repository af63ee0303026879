import type { Accounts } from './accounts/accounts';
import type { EventBus } from './event-bus';
import type { HistoryStore } from './history/history-store';
import type { DesktopPlatform } from './platform';
import type { SettingsStore } from './settings-store';

/** What every handler may use. Built once by createCore; nothing here knows Electron. */
export interface CoreContext {
  accounts: Accounts;
  settings: SettingsStore;
  events: EventBus;
  /** A folder the core may write to (persisted jobs, downloads' temp files). */
  dataDir: string;
  /** Every delivery ever made, for the History view, "already delivered" and diffs. */
  history: HistoryStore;
  /** Native dialogs and the browser (headless in tests). */
  platform: DesktopPlatform;
}
