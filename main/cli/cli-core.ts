import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceId } from '../../shared/domain/services';
import { SettingsSchema } from '../../shared/settings';
import { DEFAULT_BASE_URLS } from '../core/accounts/service-defaults';
import { MemoryVault } from '../core/accounts/vault';
import { createCore, type Core } from '../core/create-core';
import { appDataDir } from '../core/history/data-location';
import { MemorySettingsStore } from '../core/settings-store';
import { sandboxEndpoints, startSandbox } from '../sandbox';
import { UsageError } from './args';
import { cliNetwork } from './network';

const TOKEN_VARS: Record<ServiceId, string> = {
  installr: 'INSTALLR_API_TOKEN',
  testio: 'TESTIO_API_TOKEN',
  bitbar: 'BITBAR_API_KEY',
  productscience: 'PRODUCTSCIENCE_API_TOKEN',
};
const URL_VARS: Record<ServiceId, string> = {
  installr: 'DROPSHIP_INSTALLR_URL',
  testio: 'DROPSHIP_TESTIO_URL',
  bitbar: 'DROPSHIP_BITBAR_URL',
  productscience: 'DROPSHIP_PRODUCTSCIENCE_URL',
};

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
  },
): Promise<CliCore> {
  const network = await cliNetwork(options.env, { proxy: options.proxy, ca: options.ca });
  const dataDir = await mkdtemp(join(tmpdir(), 'dropship-cli-'));
  const vault = new MemoryVault();
  const connections: Record<string, unknown> = {};
  if (!options.sandbox) {
    const missing = services.filter((s) => !options.env[TOKEN_VARS[s]]);
    if (missing.length > 0) {
      await rm(dataDir, { recursive: true, force: true });
      throw new UsageError(
        `Set ${missing.map((s) => TOKEN_VARS[s]).join(', ')} (or add --sandbox to try it locally).`,
      );
    }
    for (const service of services) {
      await vault.set(service, options.env[TOKEN_VARS[service]]!);
      connections[service] = {
        kind: 'account',
        baseUrl: options.env[URL_VARS[service]] || DEFAULT_BASE_URLS[service],
        label: 'from the environment',
        auth: service === 'bitbar' ? 'apiKey' : 'token',
      };
    }
  }
  const settings = new MemorySettingsStore(
    SettingsSchema.parse({ connections, uploads: options.uploads ?? {} }),
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
