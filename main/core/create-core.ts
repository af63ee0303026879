import { Accounts, type SandboxEndpoints } from './accounts/accounts';
import type { SecretVault } from './accounts/vault';
import type { CoreContext } from './context';
import { dispatch } from './dispatch';
import { EventBus } from './event-bus';
import { createHandlers, type Handlers } from './handlers';
import { startUploads, stopUploads } from './transfer';
import type { SettingsStore } from './settings-store';
import { headlessPlatform, type DesktopPlatform } from './platform';
import { join } from 'node:path';
import { HttpClient } from './http/client';
import { appNetwork, type ResolveProxy } from './http/app-network';
import type { NetworkSettings } from './http/network';

export interface CoreOptions {
  settings: SettingsStore;
  vault: SecretVault;
  /** The embedded sandbox, when running: services default to it. */
  sandbox?: SandboxEndpoints;
  dataDir: string;
  /** Defaults to a headless platform saving into dataDir/downloads. */
  platform?: DesktopPlatform;
  /**
   * Proxy and trusted CAs fixed for the run (the CLI: environment and flags; tests).
   * Without it they come from Settings → Network and the OS (`resolveProxy`).
   */
  network?: NetworkSettings;
  /** The app: Electron's `session.resolveProxy`, which applies the OS settings, PAC, WPAD. */
  resolveProxy?: ResolveProxy;
}

export interface Core {
  ctx: CoreContext;
  handlers: Handlers;
  dispatch(channelId: string, input: unknown): ReturnType<typeof dispatch>;
  dispose(): Promise<void>;
}

/** The composition root of everything below main/: one per app (or test, or CLI run). */
export function createCore(options: CoreOptions): Core {
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
  const ctx: CoreContext = {
    accounts: new Accounts(options.settings, options.vault, options.sandbox, http),
    http,
    network: { fromSettings, rebuild: rebuildNetwork },
    settings: options.settings,
    vault: options.vault,
    events: new EventBus(),
    dataDir: options.dataDir,
    platform: options.platform ?? headlessPlatform(join(options.dataDir, 'downloads')),
  };
  const handlers = createHandlers(ctx);
  const disposers: (() => Promise<void> | void)[] = [];
  // Resume the uploads an earlier run left pending; on dispose, stop them (not cancel).
  void startUploads(ctx);
  disposers.push(() => stopUploads(ctx));
  disposers.unshift(() => http.close());
  return {
    ctx,
    handlers,
    dispatch: (channelId, input) => dispatch(handlers, channelId, input),
    dispose: async () => {
      for (const dispose of disposers.reverse()) await dispose();
    },
  };
}
