import { Accounts, type SandboxEndpoints } from './accounts/accounts';
import { SandboxLink, type SandboxStarter } from './accounts/sandbox-link';
import type { SecretVault } from './accounts/vault';
import type { CoreContext } from './context';
import { dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { HistoryStore } from './history/history-store';
import { createHandlers, type Handlers } from './handlers';
import { TransferEngine, type TransferTuning } from './transfer/transfer-engine';
import { uploadersFor } from './providers/uploaders';
import { connectBitbar } from './providers/bitbar/connection';
import type { SettingsStore } from './settings-store';
import { headlessPlatform, type DesktopPlatform } from './platform';
import { join } from 'node:path';
import { HttpClient } from './http/client';
import { appNetwork, type ResolveProxy } from './http/app-network';
import type { NetworkSettings } from './http/network';
import { WatchService, type WatchTiming } from './watch/watch-service';
import { followLanguage } from './i18n/core-language';

export interface CoreOptions {
  settings: SettingsStore;
  vault: SecretVault;
  /** The embedded sandbox, when running: services default to it. */
  sandbox?: SandboxEndpoints;
  /**
   * Or how to start it (the app: in a process of its own). It is started only if some
   * service uses it — at once if one does, else when a service is switched to it.
   */
  startSandbox?: SandboxStarter;
  dataDir: string;
  /** Where the delivery history lives, when it must outlive dataDir (the CLI's is temporary). */
  historyDir?: string;
  /** Defaults to a headless platform saving into dataDir/downloads. */
  platform?: DesktopPlatform;
  /**
   * Proxy and trusted CAs fixed for the run (the CLI: environment and flags; tests).
   * Without it they come from Settings → Network and the OS (`resolveProxy`).
   */
  network?: NetworkSettings;
  /** The app: Electron's `session.resolveProxy`, which applies the OS settings, PAC, WPAD. */
  resolveProxy?: ResolveProxy;
  /** Retry waits and the stall window; the app keeps the defaults, tests shorten them. */
  uploads?: TransferTuning;
  /** Watched folders' quiet period and poll; the app keeps the defaults, tests shorten them. */
  watch?: Partial<WatchTiming>;
  /**
   * The language of everything the core says to people (errors, the board's export):
   * fixed by the CLI ('en') and tests; else Settings → Language, where "system" means
   * `systemLocale` (the app passes the OS locale). English when neither is given.
   */
  locale?: string;
  systemLocale?: string;
}

export interface Core {
  ctx: CoreContext;
  handlers: Handlers;
  /** Watched folders: tests shorten its timing and wait for it to settle. */
  watch: WatchService;
  dispatch(channelId: string, input: unknown): ReturnType<typeof dispatch>;
  dispose(): Promise<void>;
}

/** The composition root of everything below main/: one per app (or test, or CLI run). */
export function createCore(options: CoreOptions): Core {
  // First: every sentence below, from the first error on, is in this language.
  const language = { locale: options.locale, systemLocale: options.systemLocale };
  followLanguage(language, options.settings.read().language);
  const sandbox = new SandboxLink(options.sandbox, options.startSandbox);
  const http = new HttpClient(options.network);
  const fromSettings = !options.network;
  const rebuildNetwork = async () => {
    if (!fromSettings) return;
    await http.reconfigure(
      appNetwork({
        network: options.settings.read().network,
        resolveProxy: options.resolveProxy,
        vault: options.vault,
      }),
    );
  };
  void rebuildNetwork();
  const accounts = new Accounts(options.settings, options.vault, sandbox, http);
  const events = new EventBus();
  const history = new HistoryStore(options.historyDir ?? options.dataDir);
  const bitbar = connectBitbar(accounts, events);
  const uploads = new TransferEngine(
    { accounts, events, history, settings: options.settings, dataDir: options.dataDir },
    { ...options.uploads, uploaders: uploadersFor(bitbar) },
  );
  const ctx: CoreContext = {
    accounts,
    http,
    network: { fromSettings, rebuild: rebuildNetwork },
    settings: options.settings,
    vault: options.vault,
    events,
    dataDir: options.dataDir,
    history,
    platform: options.platform ?? headlessPlatform(join(options.dataDir, 'downloads')),
    bitbar,
    uploads,
    language: { follow: (choice) => followLanguage(language, choice) },
  };
  const watch = new WatchService(ctx, options.watch);
  const handlers = createHandlers(ctx, { watch });
  const disposers: (() => Promise<void> | void)[] = [];
  // Ready before the first call needs it; a failure is reported by that call, not here.
  // Once up, the summaries gain its addresses: say so.
  if (ctx.accounts.sandboxInUse() && !sandbox.current) {
    void sandbox.ensure().then(
      () => ctx.events.emit('accounts.changed', ctx.accounts.summaries()),
      () => undefined,
    );
  }
  // Resume the uploads an earlier run left pending; on dispose, stop them (not cancel).
  void uploads.restore();
  // Watching starts after the transfer engine exists: auto-delivery hands builds to it.
  void watch.start();
  disposers.push(() => history.close());
  disposers.push(() => uploads.dispose());
  disposers.push(() => watch.dispose()); // first to go: no build is handed to a stopped engine
  disposers.unshift(() => http.close());
  return {
    ctx,
    handlers,
    watch,
    dispatch: (channelId, input) => dispatch(handlers, channelId, input),
    dispose: async () => {
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}
