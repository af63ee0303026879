import { safeStorage } from 'electron';
import Store from 'electron-store';
import { ServiceIdSchema } from '../shared/error-schemas';
import { DropshipError } from '../shared/errors';
import { SERVICE_NAMES } from '../shared/domain/services';
import type { SecretVault } from './core/accounts/vault';
import { t } from './core/i18n/translate';

/**
 * Secrets encrypted with the OS keychain (safeStorage) and kept as ciphertext in their
 * own store file. On Linux without a keyring, Electron would fall back to a hard-coded
 * key ("basic_text"): we refuse to write secrets to disk then, keeping them for this
 * session only, and say so.
 */
export class SafeStorageVault implements SecretVault {
  readonly #store = new Store<Record<string, string>>({ name: 'vault' });
  readonly #sessionOnly = new Map<string, string>();

  get persistent(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  }

  async get(key: string): Promise<string | undefined> {
    const session = this.#sessionOnly.get(key);
    if (session !== undefined) return session;
    const sealed = this.#store.get(key);
    if (!sealed || !this.persistent) return undefined;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      // A damaged file, or a keychain that changed since: the secret is gone either way.
      const service = ServiceIdSchema.safeParse(key.split('.')[0]);
      const account = service.success
        ? t('shell:vault.serviceAccount', { service: SERVICE_NAMES[service.data] })
        : t('shell:vault.account');
      throw new DropshipError({
        code: 'not_connected',
        retryable: false,
        ...(service.success ? { service: service.data } : {}),
        message: t('shell:vault.locked', { account }),
      });
    }
  }

  async set(key: string, secret: string): Promise<void> {
    if (!this.persistent) {
      console.warn('[dropship] no OS keychain: the token is kept for this session only');
      this.#sessionOnly.set(key, secret);
      return;
    }
    this.#store.set(key, safeStorage.encryptString(secret).toString('base64'));
  }

  async delete(key: string): Promise<void> {
    this.#sessionOnly.delete(key);
    this.#store.delete(key);
  }
}
