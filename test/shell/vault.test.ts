import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DropshipError } from '../../shared/errors';
import { SafeStorageVault } from '../../main/vault';
import { app, resetElectronFake, safeStorage } from './electron-fake';

// electron-store (real) keeps the vault in <userData>/vault.json; the fake app points there.
const vaultFile = () => join(app.getPath('userData'), 'vault.json');
const onDisk = async () => readFile(vaultFile(), 'utf8').catch(() => '');

beforeEach(async () => {
  resetElectronFake();
  await rm(vaultFile(), { force: true });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('SafeStorageVault', () => {
  it('encrypts to disk, and decrypts back the original in a later session', async () => {
    const secret = 'installr-token-ÄÖ-🔑-0123456789';
    await new SafeStorageVault().set('installr', secret);
    const file = await onDisk();
    expect(file).toContain('"installr"');
    expect(file).not.toContain(secret);
    expect(await new SafeStorageVault().get('installr')).toBe(secret);
  });

  // basic_text is Electron's fallback on Linux only.
  const onLinux = it.runIf(process.platform === 'linux');

  onLinux('refuses the basic_text backend: the secret stays in memory, never on disk', async () => {
    safeStorage.backend = 'basic_text';
    const vault = new SafeStorageVault();
    expect(vault.persistent).toBe(false);
    await vault.set('installr', 'session-only-token');
    expect(await vault.get('installr')).toBe('session-only-token');
    expect(await onDisk()).not.toContain('installr');
    expect(await new SafeStorageVault().get('installr')).toBeUndefined();
  });

  onLinux('does not read a ciphertext back through basic_text either', async () => {
    await new SafeStorageVault().set('bitbar', 'kept-token');
    safeStorage.backend = 'basic_text';
    expect(await new SafeStorageVault().get('bitbar')).toBeUndefined();
  });

  it('keeps secrets for the session only when encryption is unavailable', async () => {
    safeStorage.available = false;
    const vault = new SafeStorageVault();
    await vault.set('testio', 'token');
    expect(vault.persistent).toBe(false);
    expect(await onDisk()).not.toContain('testio');
  });

  it('says plainly when a stored ciphertext is corrupted', async () => {
    await new SafeStorageVault().set('installr', 'a-token-worth-keeping');
    const stored = JSON.parse(await onDisk()) as Record<string, string>;
    const sealed = Buffer.from(stored.installr!, 'base64');
    sealed[sealed.length - 1]! ^= 0xff;
    await writeFile(vaultFile(), JSON.stringify({ installr: sealed.toString('base64') }));

    const error = await new SafeStorageVault().get('installr').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DropshipError);
    expect(error).toMatchObject({ code: 'not_connected', service: 'installr', retryable: false });
    expect((error as Error).message).toBe(
      'The saved sign-in for your Installr account could not be unlocked with the system keychain. Connect the account again.',
    );
  });

  it('forgets a secret on delete', async () => {
    const vault = new SafeStorageVault();
    await vault.set('installr', 'token');
    await vault.delete('installr');
    expect(await vault.get('installr')).toBeUndefined();
    expect(await onDisk()).not.toContain('installr');
  });
});
