import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../shared/settings';

describe('watched-folder settings', () => {
  it('settings saved before watched folders existed keep everything and gain the defaults', () => {
    const before = {
      version: 1,
      connections: { installr: { kind: 'none' } },
      uploads: { maxConcurrentTransfers: 2 },
      rememberedTargets: { 'com.dropship.hello': { targets: [{ service: 'testio' }] } },
    };
    const parsed = SettingsSchema.parse(before);
    expect(parsed.watch).toEqual({ folders: [], autoDeliver: false });
    expect(parsed.accounts.installr).toEqual([]);
    expect(parsed.uploads.maxConcurrentTransfers).toBe(2);
    expect(parsed.rememberedTargets).toEqual(before.rememberedTargets);
  });

  it('keeps the chosen folders and the auto-delivery switch', () => {
    const parsed = SettingsSchema.parse({ watch: { folders: ['/ci/out'], autoDeliver: true } });
    expect(parsed.watch).toEqual({ folders: ['/ci/out'], autoDeliver: true });
  });
});
