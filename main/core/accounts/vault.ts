/**
 * Secret storage. The app implements it over Electron's safeStorage (main/vault.ts);
 * tests and the CLI use memory. Secrets are read only when a request needs them.
 */
export interface SecretVault {
  get(key: string): Promise<string | undefined>;
  set(key: string, secret: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryVault implements SecretVault {
  readonly #secrets = new Map<string, string>();
  async get(key: string) {
    return this.#secrets.get(key);
  }
  async set(key: string, secret: string) {
    this.#secrets.set(key, secret);
  }
  async delete(key: string) {
    this.#secrets.delete(key);
  }
}
