import { readFile } from 'node:fs/promises';
import { readPemBundle, trustStore, type NetworkSettings } from '../core/http/network';
import {
  bypasses,
  parseProxyUrl,
  proxyFromEnv,
  ProxySettingError,
  type ProxyRoute,
} from '../core/http/proxy-rules';
import { UsageError } from './args';

/**
 * The CLI's network, as curl would have it: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either
 * case), `--proxy URL` over both (NO_PROXY still applies), credentials percent-encoded in
 * the URL. Trust: Node's roots, NODE_EXTRA_CA_CERTS and every `--ca FILE`.
 */
export async function cliNetwork(
  env: NodeJS.ProcessEnv,
  flags: { proxy?: string | undefined; ca?: string[] | undefined },
): Promise<NetworkSettings> {
  const fromEnv = proxyFromEnv(env);
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  let flagged: ProxyRoute | undefined;
  try {
    flagged = flags.proxy ? parseProxyUrl(flags.proxy, 'manual') : undefined;
    // A malformed variable is reported before anything is sent.
    for (const name of ['https_proxy', 'http_proxy']) {
      const value = env[name] ?? env[name.toUpperCase()];
      if (value) parseProxyUrl(value, 'environment');
    }
  } catch (error) {
    if (error instanceof ProxySettingError) throw new UsageError(error.message);
    throw error;
  }
  const extra: { source: string; pems: string[] }[] = [];
  // Without --ca Node's own store applies, NODE_EXTRA_CA_CERTS included; with it, an
  // explicit list replaces that store, so NODE_EXTRA_CA_CERTS joins the list.
  const explicit = (flags.ca ?? []).length > 0;
  const extraCerts = explicit ? env.NODE_EXTRA_CA_CERTS : undefined;
  const files = [
    ...(extraCerts ? [[extraCerts, 'NODE_EXTRA_CA_CERTS'] as const] : []),
    ...(flags.ca ?? []).map((file) => [file, '--ca'] as const),
  ];
  for (const [file, from] of files) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`Cannot read the certificate file ${file} (${from}).`);
    });
    try {
      extra.push({ source: `${file} (${from})`, pems: readPemBundle(text, file) });
    } catch (error) {
      throw new UsageError(`${(error as Error).message} (${from})`);
    }
  }
  return {
    routes: async (url) => {
      if (flagged && !bypasses(noProxy, new URL(url))) return [flagged];
      return [fromEnv(url)];
    },
    trust: trustStore(extra, { system: false }),
  };
}
