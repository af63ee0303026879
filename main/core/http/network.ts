import { isIP, type Socket } from 'node:net';
import * as tls from 'node:tls';
import { Agent, buildConnector, Client, ProxyAgent, type Dispatcher } from 'undici';
import type { ProxyRoute } from './proxy-rules';
import { socks5Connect } from './socks5';
import { t } from '../i18n/translate';

/**
 * How Dropship reaches the network: which proxy each URL goes through and which
 * certificate authorities it trusts. One object, given to the HTTP client by createCore:
 * the CLI builds it from the environment and flags, the app from the OS and Settings.
 */
export interface NetworkSettings {
  /** The ways to reach `url`, in the order to try them (a PAC list may give several). */
  routes(url: string): Promise<ProxyRoute[]>;
  trust: Trust;
}

export interface Trust {
  /** PEM roots to trust; undefined means Node's defaults (bundled + NODE_EXTRA_CA_CERTS). */
  ca: string[] | undefined;
  /** The roots in `ca` beyond Node's bundled ones (the OS store, files): what a TLS
   * context adds to Node's own store. */
  added: string[];
  /** Where the roots come from, for Settings → Network ("Built-in", "System", a file). */
  sources: string[];
}

/** No proxy, Node's trust store: tests, and the sandbox talking to itself. */
export function directNetwork(): NetworkSettings {
  return {
    routes: async () => [{ kind: 'direct', origin: 'none' }],
    trust: { ca: undefined, added: [], sources: [t('http:trust.builtIn')] },
  };
}

/**
 * Node's bundled roots, then the OS store where this Node can read it
 * (`tls.getCACertificates('system')`, Node 22.15+; Node 20 lacks it), then `extra`.
 * Passing `ca` replaces Node's defaults, so the bundled roots are always included.
 */
export function trustStore(
  extra: { source: string; pems: string[] }[],
  options: { system: boolean },
): Trust {
  const sources = [t('http:trust.builtIn')];
  const added: string[] = [];
  const readSystem = (tls as { getCACertificates?: (kind: string) => string[] }).getCACertificates;
  if (options.system && readSystem) {
    added.push(...readSystem('system'));
    sources.push(t('http:trust.system'));
  }
  for (const { source, pems } of extra) {
    added.push(...pems);
    sources.push(source);
  }
  if (!options.system && extra.length === 0) return { ca: undefined, added, sources };
  return { ca: [...tls.rootCertificates, ...added], added, sources };
}

/** Splits a PEM bundle into certificates; throws with the file's name when there are none. */
export function readPemBundle(text: string, fileName: string): string[] {
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) throw new Error(t('http:trust.noPem', { file: fileName }));
  return pems.map((pem) => `${pem}\n`);
}

const contexts = new WeakMap<Trust, tls.SecureContext>();

/** The one method of Node's native context used here (Node 20 and Electron's Node alike). */
interface NativeContext {
  addCACert(pem: string): void;
}

/**
 * One TLS context per trust, built once: Node's own root store (its bundled roots, parsed
 * once per process and shared) plus the added roots. Passing the whole list as `ca`
 * instead made Node parse all 140-odd bundled roots again for each context (17 ms on a
 * quiet machine, 60 ms under load), paid by the first connection of every process — for
 * the CLI, each upload's. The roots trusted are the same.
 */
function secureContextFor(trust: Trust): tls.SecureContext {
  let context = contexts.get(trust);
  if (!context) {
    context = tls.createSecureContext();
    const native = (context as { context: NativeContext }).context;
    for (const pem of trust.added) native.addCACert(pem);
    contexts.set(trust, context);
  }
  return context;
}

export interface DispatcherOptions {
  /** Sees each socket the dispatcher opens (the upload meter counts bytes on it). */
  onSocket?: (socket: Socket) => void;
  connections?: number;
  headersTimeout?: number;
  bodyTimeout?: number;
}

/**
 * An undici dispatcher for one route: an Agent for direct, a ProxyAgent for a proxy —
 * CONNECT tunnels for https targets, absolute-URI requests for http targets. The trusted
 * roots apply to the service and to an https proxy alike. Verification is never off.
 */
export function dispatcherFor(
  route: ProxyRoute,
  trust: Trust,
  options: DispatcherOptions = {},
): Dispatcher {
  const tlsOptions = trust.ca ? { secureContext: secureContextFor(trust) } : {};
  const timeouts = {
    ...(options.headersTimeout ? { headersTimeout: options.headersTimeout } : {}),
    ...(options.bodyTimeout ? { bodyTimeout: options.bodyTimeout } : {}),
  };
  const factory = options.onSocket ? watchingFactory(options.onSocket) : undefined;
  const common = {
    ...timeouts,
    ...(options.connections ? { connections: options.connections, pipelining: 1 } : {}),
    ...(factory ? { factory } : {}),
  };
  if (route.kind === 'direct') {
    return new Agent({ ...common, connect: { timeout: 30_000, ...tlsOptions } });
  }
  if (/^socks5?:/.test(route.url)) {
    return new Agent({ ...common, connect: socksConnector(route, tlsOptions) });
  }
  const token = route.credentials
    ? `Basic ${Buffer.from(`${route.credentials.username}:${route.credentials.password}`).toString('base64')}`
    : undefined;
  return new ProxyAgent({
    ...common,
    uri: route.url,
    ...(token ? { token } : {}),
    requestTls: { timeout: 30_000, ...tlsOptions },
    proxyTls: { timeout: 30_000, ...tlsOptions },
    // http targets: absolute-URI requests to the proxy, as HTTP/1.1 proxies expect.
    proxyTunnel: false,
  });
}

type Connect = NonNullable<Client.Options['connect']>;
type ConnectFn = Extract<Connect, (...args: never[]) => unknown>;

/**
 * Connections through a SOCKS5 proxy: the tunnel, then TLS on top for https targets
 * (verified against the same roots as any other connection). The socket handed back is
 * the one requests are written to, so the upload meter counts at it as for the others.
 */
function socksConnector(
  route: Extract<ProxyRoute, { kind: 'proxy' }>,
  tlsOptions: tls.ConnectionOptions,
): ConnectFn {
  const proxy = new URL(route.url);
  return (options, callback) => {
    const { hostname, protocol, port, servername } = options;
    const https = protocol === 'https:';
    let answered = false;
    const answer = (error: Error | null, socket: Socket | null) => {
      if (answered) return;
      answered = true;
      if (error) callback(error, null);
      else callback(null, socket!);
    };
    socks5Connect({
      proxy: { host: proxy.hostname.replace(/^\[|\]$/g, ''), port: Number(proxy.port) },
      target: { host: hostname, port: Number(port) || (https ? 443 : 80) },
      credentials: route.credentials,
    }).then(
      (tunnel) => {
        if (!https) return answer(null, tunnel);
        const name = servername || (isIP(hostname.replace(/^\[|\]$/g, '')) ? undefined : hostname);
        const secure = tls.connect({
          ...tlsOptions,
          socket: tunnel,
          ...(name ? { servername: name } : {}),
        });
        secure.once('secureConnect', () => answer(null, secure));
        secure.once('error', (error) => {
          tunnel.destroy();
          answer(error, null);
        });
      },
      (error: Error) => answer(error, null),
    );
  };
}

/** A dispatcher factory whose clients hand each new socket to `onSocket`. */
function watchingFactory(onSocket: (socket: Socket) => void) {
  return (origin: string | URL, opts: object): Dispatcher => {
    const given = (opts as { connect?: Connect }).connect;
    const connect: ConnectFn = typeof given === 'function' ? given : buildConnector(given ?? {});
    const watched: ConnectFn = (options, callback) =>
      connect(options, (...args) => {
        const socket = args[1];
        if (socket) onSocket(socket);
        (callback as (...a: typeof args) => void)(...args);
      });
    return new Client(origin, { ...opts, connect: watched });
  };
}
