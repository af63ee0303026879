import { t } from '../i18n/translate';
/**
 * Which proxy, if any, carries a request: the environment's HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY (as curl reads them), a manual setting, or a PAC-style list from the OS
 * (`PROXY h:p; DIRECT`). Pure functions: the Electron resolver is passed in from main/.
 */

/** Where a proxy setting came from, as Settings → Network shows it. */
export type ProxyOrigin = 'system' | 'environment' | 'manual';

/** One way to reach a URL; a PAC list gives several, tried in order. */
export type ProxyRoute =
  | { kind: 'direct'; origin: ProxyOrigin | 'none' }
  | {
      kind: 'proxy';
      origin: ProxyOrigin;
      /** scheme://host:port, never with credentials (it is shown and logged). */
      url: string;
      /** Decoded from the URL or from the vault; sent as Proxy-Authorization only. */
      credentials?: { username: string; password: string };
    };

/** `http://user:p%40ss@proxy:8080` → the bare URL and its decoded credentials. */
export function parseProxyUrl(raw: string, origin: ProxyOrigin): ProxyRoute {
  const text = raw.trim();
  let url: URL;
  try {
    // curl accepts `proxy:8080` without a scheme and means http.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new ProxySettingError(t('http:proxy.notAnAddress', { text: redactUserinfo(text) }));
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!['http', 'https', 'socks5', 'socks'].includes(scheme) || !url.hostname) {
    throw new ProxySettingError(t('http:proxy.unusableScheme', { text: redactUserinfo(text) }));
  }
  const port =
    url.port || (scheme === 'https' ? '443' : scheme.startsWith('socks') ? '1080' : '80');
  const bare = `${scheme}://${url.hostname}:${port}`;
  if (!url.username && !url.password) return { kind: 'proxy', origin, url: bare };
  return {
    kind: 'proxy',
    origin,
    url: bare,
    credentials: {
      username: safeDecode(url.username),
      password: safeDecode(url.password),
    },
  };
}

/** A bad proxy setting: the person fixes it (an environment variable, --proxy, Settings). */
export class ProxySettingError extends Error {}

/** The proxy variables as curl reads them: lower case wins, HTTPS_PROXY for https URLs. */
export function proxyFromEnv(env: Record<string, string | undefined>) {
  const read = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()];
  const https = read('https_proxy');
  const http = read('http_proxy');
  const noProxy = read('no_proxy') ?? '';
  return (target: string): ProxyRoute => {
    const url = new URL(target);
    const chosen = url.protocol === 'https:' ? https : http;
    if (!chosen || bypasses(noProxy, url)) return { kind: 'direct', origin: 'none' };
    return parseProxyUrl(chosen, 'environment');
  };
}

/**
 * NO_PROXY: comma- or space-separated; `*` is every host; `example.com` and
 * `.example.com` are that domain and its subdomains; `host:port` only on that port.
 */
export function bypasses(noProxy: string, url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const [, name = entry, entryPort] = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry) ?? [];
    if (entryPort && entryPort !== port) continue;
    const domain = name.replace(/^\[|\]$/g, '').replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

/**
 * A PAC result (`PROXY a:1; HTTPS b:2; SOCKS5 c:3; DIRECT`) as routes in its order.
 * Unknown entries are skipped; an empty or unreadable list means direct.
 */
export function parsePacList(list: string, origin: ProxyOrigin = 'system'): ProxyRoute[] {
  const routes: ProxyRoute[] = [];
  for (const entry of list.split(';')) {
    const [keyword = '', address] = entry.trim().split(/\s+/);
    const kind = keyword.toUpperCase();
    if (kind === 'DIRECT') {
      routes.push({ kind: 'direct', origin });
      continue;
    }
    const scheme = {
      PROXY: 'http',
      HTTP: 'http',
      HTTPS: 'https',
      SOCKS: 'socks5',
      SOCKS5: 'socks5',
    }[kind];
    if (!scheme || !address) continue;
    try {
      routes.push(parseProxyUrl(`${scheme}://${address}`, origin));
    } catch {
      // A malformed entry is skipped, as browsers do; the next one is tried.
    }
  }
  return routes.length > 0 ? routes : [{ kind: 'direct', origin }];
}

/** `user:pass@` never appears in a message. */
export function redactUserinfo(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/, '//…@');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
