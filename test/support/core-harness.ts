import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryVault } from '../../main/core/accounts/vault';
import { createCore, type Core, type CoreOptions } from '../../main/core/create-core';
import type { NetworkSettings } from '../../main/core/http/network';
import type { TransferTuning } from '../../main/core/transfer/transfer-engine';
import { MemorySettingsStore } from '../../main/core/settings-store';
import {
  sandboxEndpoints,
  startSandbox,
  type Sandbox,
  type SandboxOptions,
} from '../../main/sandbox';

export interface CoreHarness {
  core: Core;
  sandbox: Sandbox;
  dataDir: string;
  vault: MemoryVault;
  settings: MemorySettingsStore;
  close(): Promise<void>;
}

/**
 * The real core wired to a fresh sandbox over loopback HTTP, as the app wires it,
 * with memory-backed settings and vault. Pass `dataDir` to reopen an earlier one.
 */
export async function startCoreHarness(
  options: {
    sandbox?: SandboxOptions;
    dataDir?: string;
    settings?: unknown;
    /** Proxy and trust for the core's HTTP client, given the running sandbox. */
    network?: (sandbox: Sandbox) => NetworkSettings;
    /** The engine's retry waits and stall window (e.g. `fastRetries()`). */
    uploads?: TransferTuning;
    watch?: CoreOptions['watch'];
    /** The language the core speaks (default English)... */
    locale?: string;
    /** ...or the OS locale, with Settings → Language followed (as the app runs it). */
    systemLocale?: string;
  } = {},
): Promise<CoreHarness> {
  const sandbox = await startSandbox(options.sandbox);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'dropship-core-')));
  const vault = new MemoryVault();
  const settings = new MemorySettingsStore(options.settings ?? {});
  const core = createCore({
    settings,
    vault,
    sandbox: sandboxEndpoints(sandbox),
    dataDir,
    ...(options.network ? { network: options.network(sandbox) } : {}),
    ...(options.uploads ? { uploads: options.uploads } : {}),
    ...(options.watch ? { watch: options.watch } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.systemLocale ? { systemLocale: options.systemLocale } : {}),
  });
  return {
    core,
    sandbox,
    dataDir,
    vault,
    settings,
    close: async () => {
      await core.dispose();
      await sandbox.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
