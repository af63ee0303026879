import type { Socket } from 'node:net';
import type { Dispatcher } from 'undici';
import { dispatcherFor, type Trust } from '../http/network';
import type { ProxyRoute } from '../http/proxy-rules';

/**
 * Counts upload progress at the socket, which is what "sent" means to a person.
 *
 * Why the socket and not undici's `onBodySent` hook: that hook is deprecated in undici 7
 * and fires when a chunk is handed to the socket, before the kernel has taken it. Here we
 * give each upload its own one-connection dispatcher whose connector hands us the socket
 * (for a proxy: the tunnel's TLS socket, or the socket to the proxy for an absolute-URI
 * request), and read `bytesWritten − writableLength`: bytes whose write has completed,
 * i.e. the kernel accepted them. It lags the wire by at most one in-flight chunk and never
 * runs ahead of it. The request head is part of those bytes, so we subtract its size.
 */
export class SocketMeter {
  #socket: Socket | undefined;
  #dispatchers: Dispatcher[] = [];
  #headBytes = 0;

  constructor(
    private readonly head: HeadFacts,
    private readonly bodyBytes: number,
  ) {}

  /** A one-connection dispatcher for `route`, watched by this meter. */
  dispatcher(route: ProxyRoute, trust: Trust): Dispatcher {
    this.#headBytes = requestHeadBytes(this.head, route);
    const dispatcher = dispatcherFor(route, trust, {
      connections: 1,
      // The server may take minutes to check a large build after its last byte.
      headersTimeout: 15 * 60_000,
      bodyTimeout: 5 * 60_000,
      onSocket: (socket) => (this.#socket = socket),
    });
    this.#dispatchers.push(dispatcher);
    return dispatcher;
  }

  /** Body bytes the socket has accepted so far (0 before it connects). */
  acceptedBodyBytes(): number {
    const socket = this.#socket;
    if (!socket) return 0;
    const accepted = (socket.bytesWritten ?? 0) - socket.writableLength - this.#headBytes;
    return Math.max(0, Math.min(accepted, this.bodyBytes));
  }

  /** No write is pending: every chunk given to the socket has reached the kernel. */
  writesDone(): boolean {
    return (this.#socket?.writableLength ?? 0) === 0;
  }

  async close(): Promise<void> {
    const all = this.#dispatchers;
    this.#dispatchers = [];
    await Promise.all(all.map((d) => d.destroy().catch(() => undefined)));
  }
}

export interface HeadFacts {
  method: string;
  url: string;
  headers: Record<string, string>;
  contentLength: number;
}

/**
 * The size of the request head undici writes before the body (HTTP/1.1). Through an
 * http proxy an http URL goes in absolute form, with the Proxy-Authorization header.
 */
export function requestHeadBytes(facts: HeadFacts, route?: ProxyRoute): number {
  const { method, url, headers, contentLength } = facts;
  const { host, pathname, search, protocol } = new URL(url);
  const absolute = route?.kind === 'proxy' && protocol === 'http:' && route.url.startsWith('http:');
  const target = absolute ? `${protocol}//${host}${pathname}${search}` : `${pathname}${search}`;
  let head = `${method} ${target} HTTP/1.1\r\nhost: ${host}\r\nconnection: keep-alive\r\n`;
  if (absolute && route.credentials) {
    const token = Buffer.from(`${route.credentials.username}:${route.credentials.password}`);
    head += `proxy-authorization: Basic ${token.toString('base64')}\r\n`;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== 'content-length') head += `${key}: ${value}\r\n`;
  }
  head += `content-length: ${contentLength}\r\n\r\n`;
  return Buffer.byteLength(head, 'latin1');
}
