import type { Socket } from 'node:net';
import * as tls from 'node:tls';
import { Agent, buildConnector, Client, ProxyAgent, type Dispatcher } from 'undici';
import type { ProxyRoute } from './proxy-rules';
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
  /** Where the roots come from, for Settings → Network ("Built-in", "System", a file). */
  sources: string[];
}

/** No proxy, Node's trust store: tests, and the sandbox talking to itself. */
export function directNetwork(): NetworkSettings {
  return {
    routes: async () => [{ kind: 'direct', origin: 'none' }],
    trust: { ca: undefined, sources: [t('http:trust.builtIn')] },
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
  const ca = [...tls.rootCertificates];
  const readSystem = (tls as { getCACertificates?: (kind: string) => string[] }).getCACertificates;
  if (options.system && readSystem) {
    ca.push(...readSystem('system'));
    sources.push(t('http:trust.system'));
  }
  for (const { source, pems } of extra) {
    ca.push(...pems);
    sources.push(source);
  }
  if (!options.system && extra.length === 0) return { ca: undefined, sources };
  return { ca, sources };
}

/** Splits a PEM bundle into certificates; throws with the file's name when there are none. */
export function readPemBundle(text: string, fileName: string): string[] {
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) throw new Error(t('http:trust.noPem', { file: fileName }));
  return pems.map((pem) => `${pem}\n`);
}

const contexts = new WeakMap<string[], tls.SecureContext>();

/**
 * One TLS context per CA list: building it parses every root (~25 ms for Node's 140-odd),
 * which would otherwise happen on every new connection, each upload's included.
 */
function secureContextFor(ca: string[]): tls.SecureContext {
  let context = contexts.get(ca);
  if (!context) {
    context = tls.createSecureContext({ ca });
    contexts.set(ca, context);
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
  const tlsOptions = trust.ca ? { secureContext: secureContextFor(trust.ca) } : {};
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
