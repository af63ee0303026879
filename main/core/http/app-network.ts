import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Settings } from '../../../shared/settings';
import type { SecretVault } from '../accounts/vault';
import { readPemBundle, trustStore, type NetworkSettings } from './network';
import { parsePacList, parseProxyUrl, type ProxyRoute } from './proxy-rules';

/** Electron's `session.resolveProxy(url)`: a PAC-style list (`PROXY h:p; DIRECT`). */
export type ResolveProxy = (url: string) => Promise<string>;

/** Where the proxy's user name and password live (never in settings, never logged). */
export const PROXY_CREDENTIALS_KEY = 'network.proxy';

export interface ProxyCredentials {
  username: string;
  password: string;
}

export async function readProxyCredentials(
  vault: SecretVault,
): Promise<ProxyCredentials | undefined> {
  const stored = await vault.get(PROXY_CREDENTIALS_KEY);
  if (!stored) return undefined;
  try {
    const parsed = JSON.parse(stored) as Partial<ProxyCredentials>;
    return typeof parsed.username === 'string' && typeof parsed.password === 'string'
      ? { username: parsed.username, password: parsed.password }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The proxy routes for a URL in the app: the manual proxy or none when Settings says so,
 * else the OS's answer for that URL (PAC/WPAD included), in the list's order. Credentials
 * from the vault go to every proxy (the OS lists do not carry them).
 */
export function appRoutes(
  network: Settings['network'],
  resolveProxy: ResolveProxy | undefined,
  credentials: ProxyCredentials | undefined,
): (url: string) => Promise<ProxyRoute[]> {
  const withCredentials = (route: ProxyRoute): ProxyRoute =>
    route.kind === 'proxy' && credentials && !route.credentials ? { ...route, credentials } : route;
  return async (url) => {
    if (network.proxyMode === 'direct') return [{ kind: 'direct', origin: 'manual' }];
    if (network.proxyMode === 'manual' && network.proxyUrl) {
      return [withCredentials(parseProxyUrl(network.proxyUrl, 'manual'))];
    }
    if (!resolveProxy) return [{ kind: 'direct', origin: 'system' }];
    const list = await resolveProxy(url).catch(() => 'DIRECT');
    return parsePacList(list, 'system').map(withCredentials);
  };
}

/** The app's network: the routes above, and the OS store plus the CA files in Settings. */
export async function appNetwork(deps: {
  network: Settings['network'];
  resolveProxy: ResolveProxy | undefined;
  vault: SecretVault;
}): Promise<NetworkSettings> {
  const extra: { source: string; pems: string[] }[] = [];
  for (const file of deps.network.caFiles) {
    // A file that went missing is left out (Settings shows which are in use).
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    try {
      extra.push({ source: basename(file), pems: readPemBundle(text, basename(file)) });
    } catch {
      continue;
    }
  }
  return {
    routes: appRoutes(deps.network, deps.resolveProxy, await readProxyCredentials(deps.vault)),
    trust: trustStore(extra, { system: true }),
  };
}
