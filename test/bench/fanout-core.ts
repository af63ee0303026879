import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryVault } from '../../main/core/accounts/vault';
import { createCore, type Core } from '../../main/core/create-core';
import { MemorySettingsStore } from '../../main/core/settings-store';
import type { UploadTargetInput } from '../../shared/contract/uploads';
import { SettingsSchema } from '../../shared/settings';

/** One build to all four services: what a four-way upload asks of the core. */
export const FANOUT_TARGETS: UploadTargetInput[] = [
  { service: 'installr' },
  { service: 'testio' },
  { service: 'bitbar', project: { kind: 'existing', id: 1, name: 'bench' } },
  { service: 'productscience', projectName: 'bench' },
];

/** The real core with all four services connected to the bench sink (test/bench/sink.ts). */
export async function fanoutCore(sink: string): Promise<{ core: Core; close(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dropship-bench-core-'));
  const vault = new MemoryVault();
  const bases = {
    installr: sink,
    testio: `${sink}/customer/v2`,
    bitbar: `${sink}/api`,
    productscience: sink,
  } as const;
  const connections: Record<string, unknown> = {};
  for (const [service, baseUrl] of Object.entries(bases)) {
    await vault.set(service, 'bench');
    const auth = service === 'bitbar' ? 'apiKey' : 'token';
    connections[service] = { kind: 'account', baseUrl, label: 'bench', auth };
  }
  const settings = new MemorySettingsStore(SettingsSchema.parse({ connections }));
  const core = createCore({ settings, vault, dataDir });
  return {
    core,
    close: async () => {
      await core.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
