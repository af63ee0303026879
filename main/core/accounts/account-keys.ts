import type { ServiceId } from '../../../shared/domain/services';
import { MIGRATED_ACCOUNT, type AccountEntry } from '../../../shared/settings';
import type { SecretVault } from './vault';

/** What the vault keeps for one account, beside its token or key. */
export type SecretPart = 'secret' | 'username' | 'oauth';

/**
 * The vault key of one account's secret: `installr.<account id>` (and `.username`,
 * `.oauth`). The service comes first, so a key that cannot be unlocked still names it.
 */
export function vaultKey(service: ServiceId, accountId: string, part: SecretPart): string {
  const base = `${service}.${accountId}`;
  return part === 'secret' ? base : `${base}.${part}`;
}

/** Before several accounts, each service kept one secret under its own id. */
function legacyKey(service: ServiceId, part: SecretPart): string {
  return part === 'secret' ? service : `${service}.${part}`;
}

const PARTS: SecretPart[] = ['secret', 'username', 'oauth'];

/**
 * Moves a service's secrets from the single-account keys to its migrated account's keys
 * (written first, then the old ones removed, so a crash in between loses nothing).
 * Keys already moved, or a service with no migrated account, are left as they are.
 */
export async function migrateVault(
  vault: SecretVault,
  service: ServiceId,
  accounts: AccountEntry[],
): Promise<void> {
  if (!accounts.some((a) => a.kind === 'account' && a.id === MIGRATED_ACCOUNT.id)) return;
  for (const part of PARTS) {
    // A secret the keychain cannot unlock stays where it is: credentials() says so then.
    const old = await vault.get(legacyKey(service, part)).catch(() => undefined);
    if (old === undefined) continue;
    const target = vaultKey(service, MIGRATED_ACCOUNT.id, part);
    if ((await vault.get(target)) === undefined) await vault.set(target, old);
    await vault.delete(legacyKey(service, part));
  }
}

/** Removes everything the vault keeps for one account. */
export async function forgetSecrets(
  vault: SecretVault,
  service: ServiceId,
  accountId: string,
): Promise<void> {
  for (const part of PARTS) await vault.delete(vaultKey(service, accountId, part));
}
