import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ElectronSettingsStore } from '../../main/settings-store';
import { SettingsSchema } from '../../shared/settings';
import { app, resetElectronFake } from './electron-fake';

// The real electron-store, in the stand-in app's user data folder.
const file = () => join(app.getPath('userData'), 'settings.json');

beforeEach(async () => {
  resetElectronFake();
  await rm(file(), { force: true });
});

describe('ElectronSettingsStore', () => {
  it('starts from the defaults, and keeps what is written for the next launch', () => {
    const defaults = SettingsSchema.parse({});
    expect(new ElectronSettingsStore().read()).toEqual(defaults);
    const next = { ...defaults, uploads: { ...defaults.uploads, maxConcurrentTransfers: 2 } };
    new ElectronSettingsStore().write(next);
    expect(new ElectronSettingsStore().read().uploads.maxConcurrentTransfers).toBe(2);
  });

  it('refuses to write settings the schema refuses', async () => {
    const defaults = SettingsSchema.parse({});
    const bad = { ...defaults, uploads: { ...defaults.uploads, maxConcurrentTransfers: 99 } };
    expect(() => new ElectronSettingsStore().write(bad)).toThrow();
    expect(await readFile(file(), 'utf8').catch(() => '')).not.toContain('99');
  });

  it('starts from the defaults when the file holds settings it cannot read', async () => {
    await writeFile(
      file(),
      JSON.stringify({ settings: { uploads: { maxConcurrentTransfers: 'many' } } }),
    );
    expect(new ElectronSettingsStore().read()).toEqual(SettingsSchema.parse({}));
  });
});
