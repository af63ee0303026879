import type { ServiceId } from '../../shared/domain/services';
import { SERVICE_NAMES } from '../../shared/domain/services';
import { DEFAULT_BASE_URLS } from '../core/accounts/service-defaults';
import { UsageError } from './args';

export const TOKEN_VARS: Record<ServiceId, string> = {
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

/** The account the plain variables (`INSTALLR_API_TOKEN`) make. */
export const ENV_DEFAULT_ACCOUNT = 'Default';

export interface EnvAccount {
  /** As `--account` names it: "Default", or the variable's suffix ("QA_TEAM"). */
  name: string;
  secret: string;
  baseUrl: string;
}

/** `QA team`, `qa-team` and `QA_TEAM` all name the account of `…_TOKEN__QA_TEAM`. */
export function envSuffix(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
}

/**
 * A service's accounts from the environment: `INSTALLR_API_TOKEN` (with
 * `DROPSHIP_INSTALLR_URL`) is the "Default" one; `INSTALLR_API_TOKEN__QA_TEAM` (with
 * `DROPSHIP_INSTALLR_URL__QA_TEAM`, else the plain address) is one named QA_TEAM.
 */
export function envAccounts(service: ServiceId, env: NodeJS.ProcessEnv): EnvAccount[] {
  const plainUrl = env[URL_VARS[service]] || DEFAULT_BASE_URLS[service];
  const found: EnvAccount[] = [];
  const plain = env[TOKEN_VARS[service]];
  if (plain) found.push({ name: ENV_DEFAULT_ACCOUNT, secret: plain, baseUrl: plainUrl });
  const prefix = `${TOKEN_VARS[service]}__`;
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(prefix) || !value) continue;
    const suffix = name.slice(prefix.length);
    if (!/^[A-Z0-9_]+$/.test(suffix)) continue;
    found.push({
      name: suffix,
      secret: value,
      baseUrl: env[`${URL_VARS[service]}__${suffix}`] || plainUrl,
    });
  }
  return found;
}

/**
 * The one account of each service a run uses: `--account NAME` picks it (an unknown name
 * is refused with the names there are); without it, a service with one account uses it
 * and one with several asks to choose.
 */
export function pickEnvAccount(
  service: ServiceId,
  accounts: EnvAccount[],
  wanted: string | undefined,
): EnvAccount | undefined {
  const names = accounts.map((a) => a.name).join(', ');
  if (wanted === undefined) {
    if (accounts.length <= 1) return accounts[0];
    const own = accounts.find((a) => a.name === ENV_DEFAULT_ACCOUNT);
    if (own) return own;
    throw new UsageError(
      `${SERVICE_NAMES[service]} has several accounts in the environment (${names}): choose one with --account NAME.`,
    );
  }
  const key = envSuffix(wanted);
  const found = accounts.find((a) => envSuffix(a.name) === key);
  if (found) return found;
  throw new UsageError(
    accounts.length
      ? `${SERVICE_NAMES[service]} has no account named “${wanted}”. Its accounts: ${names}.`
      : `${SERVICE_NAMES[service]} has no account named “${wanted}”: set ${TOKEN_VARS[service]}__${key}.`,
  );
}
