import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceId } from '../../shared/domain/services';
import { SettingsSchema } from '../../shared/settings';
import { MemoryVault } from '../core/accounts/vault';
import { createCore, type Core } from '../core/create-core';
import { appDataDir } from '../core/history/data-location';
import { MemorySettingsStore } from '../core/settings-store';
import { sandboxEndpoints, startSandbox } from '../sandbox';
import { UsageError } from './args';
import { cliNetwork } from './network';
import { envAccounts, envSuffix, pickEnvAccount, TOKEN_VARS } from './env-accounts';
import { vaultKey } from '../core/accounts/account-keys';

/** Scripts parse its output and CI logs are shared: one language, English. */
export const CLI_LOCALE = 'en';

export interface CliCore {
  core: Core;
  close(): Promise<void>;
}

/**
 * The same core the app runs, for one CLI run: settings and vault in memory, a throwaway
 * data folder (a CLI run resumes nothing), and either the services named by environment
 * variables or a freshly started sandbox.
 */
export async function startCliCore(
  services: ServiceId[],
  options: {
    sandbox: boolean;
    env: NodeJS.ProcessEnv;
    uploads?: Record<string, number>;
    proxy?: string | undefined;
    ca?: string[] | undefined;
    /** `--account NAME`: which of each service's accounts in the environment to use. */
    account?: string | undefined;
  },
): Promise<CliCore> {
  const network = await cliNetwork(options.env, { proxy: options.proxy, ca: options.ca });
  const dataDir = await mkdtemp(join(tmpdir(), 'dropship-cli-'));
  const vault = new MemoryVault();
  const accounts: Record<string, unknown[]> = {};
  if (!options.sandbox) {
    try {
      const missing = services.filter((s) => envAccounts(s, options.env).length === 0);
      if (missing.length > 0) {
        throw new UsageError(
          `Set ${missing.map((s) => TOKEN_VARS[s]).join(', ')} (or add --sandbox to try it locally).`,
        );
      }
      for (const service of services) {
        const found = envAccounts(service, options.env);
        const picked = pickEnvAccount(service, found, options.account)!;
        const id = 'env';
        await vault.set(vaultKey(service, id, 'secret'), picked.secret);
        accounts[service] = [
          {
            kind: 'account',
            id,
            name: picked.name,
            baseUrl: picked.baseUrl,
            label: 'from the environment',
            auth: service === 'bitbar' ? 'apiKey' : 'token',
          },
        ];
      }
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  } else if (options.account !== undefined && envSuffix(options.account) !== 'SANDBOX') {
    await rm(dataDir, { recursive: true, force: true });
    throw new UsageError(
      `With --sandbox each service has one account, “Sandbox”; leave out --account ${options.account}.`,
    );
  }
  const settings = new MemorySettingsStore(
    SettingsSchema.parse({ accounts, uploads: options.uploads ?? {} }),
  );
  const sandbox = options.sandbox ? await startSandbox() : undefined;
  // Deliveries to real services join the app's history; a throwaway sandbox's stay with it.
  const historyDir = sandbox ? undefined : appDataDir(options.env);
  if (historyDir) await mkdir(historyDir, { recursive: true });
  const core = createCore({
    settings,
    vault,
    dataDir,
    ...(historyDir ? { historyDir } : {}),
    network,
    ...(sandbox ? { sandbox: sandboxEndpoints(sandbox) } : {}),
    // The command line stays English whatever the OS or the app's language setting says.
    locale: CLI_LOCALE,
  });
  return {
    core,
    close: async () => {
      await core.dispose();
      await sandbox?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
