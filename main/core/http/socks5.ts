import { connect, isIPv4, isIPv6, type Socket } from 'node:net';
import type { MessageKey } from '../i18n/resources';
import { t } from '../i18n/translate';

/**
 * A SOCKS5 tunnel (RFC 1928), with user name and password when given (RFC 1929): the
 * socket it returns carries the bytes to `target` as if connected to it directly; TLS,
 * when the target is https, goes on top (network.ts).
 *
 * Our own rather than undici's Socks5ProxyAgent (experimental in 7.x, a warning on every
 * process): its pools open their own sockets, so the upload meter could not see the
 * socket the body is written to, and its refusals carry no reason we could word.
 */
export interface Socks5Options {
  proxy: { host: string; port: number };
  target: { host: string; port: number };
  credentials?: { username: string; password: string } | undefined;
  timeoutMs?: number;
  signal?: AbortSignal | undefined;
}

export type Socks5Failure = 'auth-required' | 'auth-refused' | 'refused' | 'protocol';

/** The proxy answered, but not with a tunnel. The message is the reason, in a few words
 * ("connection refused"); `reply` is its RFC 1928 reply code. */
export class Socks5Error extends Error {
  constructor(
    readonly failure: Socks5Failure,
    message: string,
    readonly reply?: number,
  ) {
    super(message);
  }
}

const REPLIES: Record<number, MessageKey> = {
  1: 'http:socks.reply.general',
  2: 'http:socks.reply.notAllowed',
  3: 'http:socks.reply.network',
  4: 'http:socks.reply.host',
  5: 'http:socks.reply.refused',
  6: 'http:socks.reply.ttl',
  7: 'http:socks.reply.command',
  8: 'http:socks.reply.addressType',
};

export async function socks5Connect(options: Socks5Options): Promise<Socket> {
  const socket = connect(options.proxy.port, options.proxy.host);
  socket.setNoDelay(true);
  const reader = new Reader(socket, options.timeoutMs ?? 30_000, options.signal);
  try {
    await reader.connected();
    await greet(socket, reader, options.credentials);
    socket.write(connectRequest(options.target));
    const [version, reply] = await reader.take(2);
    if (version !== 5) throw new Socks5Error('protocol', t('http:socks.notSocks'));
    if (reply !== 0) {
      throw new Socks5Error(
        'refused',
        REPLIES[reply!]
          ? t(REPLIES[reply!]!)
          : t('http:socks.reply.other', { reply: String(reply) }),
        reply,
      );
    }
    const [, type] = await reader.take(2);
    const length = type === 1 ? 4 : type === 4 ? 16 : type === 3 ? (await reader.take(1))[0]! : -1;
    if (length < 0) throw new Socks5Error('protocol', t('http:socks.unreadable'));
    await reader.take(length + 2); // the bound address and port, unused
    reader.release();
    return socket;
  } catch (error) {
    reader.release();
    socket.destroy();
    throw error;
  }
}

async function greet(
  socket: Socket,
  reader: Reader,
  credentials: Socks5Options['credentials'],
): Promise<void> {
  // 0: no authentication; 2: user name and password, offered only when we have them.
  socket.write(Buffer.from(credentials ? [5, 2, 0, 2] : [5, 1, 0]));
  const [version, method] = await reader.take(2);
  if (version !== 5) throw new Socks5Error('protocol', t('http:socks.notSocks'));
  if (method === 0) return;
  if (method !== 2 || !credentials) {
    throw new Socks5Error('auth-required', t('http:socks.authRequired'));
  }
  const user = Buffer.from(credentials.username, 'utf8');
  const pass = Buffer.from(credentials.password, 'utf8');
  if (user.length > 255 || pass.length > 255) {
    throw new Socks5Error('auth-refused', t('http:socks.tooLong'));
  }
  socket.write(
    Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([pass.length]), pass]),
  );
  const [, status] = await reader.take(2);
  if (status !== 0) {
    throw new Socks5Error('auth-refused', t('http:socks.authRefused'));
  }
}

/** CONNECT to a name (the proxy resolves it, as curl's socks5h) or an address literal. */
function connectRequest(target: Socks5Options['target']): Buffer {
  const host = target.host.replace(/^\[|\]$/g, '');
  let address: Buffer;
  if (isIPv4(host)) address = Buffer.from([1, ...host.split('.').map(Number)]);
  else if (isIPv6(host)) address = Buffer.concat([Buffer.from([4]), ipv6Bytes(host)]);
  else {
    const name = Buffer.from(host, 'utf8');
    address = Buffer.concat([Buffer.from([3, name.length]), name]);
  }
  const port = Buffer.alloc(2);
  port.writeUInt16BE(target.port);
  return Buffer.concat([Buffer.from([5, 1, 0]), address, port]);
}

function ipv6Bytes(host: string): Buffer {
  const [head = '', tail = ''] = host.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = host.includes('::') ? groups(tail) : [];
  const all = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const bytes = Buffer.alloc(16);
  all.forEach((group, i) => bytes.writeUInt16BE(parseInt(group, 16), i * 2));
  return bytes;
}

/** Reads exact byte counts from the socket during the handshake, with a deadline. */
class Reader {
  #buffered = Buffer.alloc(0);
  #wake: (() => void) | undefined;
  #failure: Error | undefined;
  readonly #timer: NodeJS.Timeout;
  readonly #onData = (data: Buffer) => {
    this.#buffered = Buffer.concat([this.#buffered, data]);
    this.#wake?.();
  };
  readonly #onEnd = () => this.#fail(new Socks5Error('protocol', t('http:socks.closed')));
  readonly #onError = (error: Error) => this.#fail(error);
  readonly #onAbort = () => this.#fail(new Error(t('common:cancelled')));

  constructor(
    private readonly socket: Socket,
    timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    socket.on('data', this.#onData).on('end', this.#onEnd).on('error', this.#onError);
    this.#timer = setTimeout(
      () =>
        this.#fail(Object.assign(new Error('SOCKS5 handshake timed out'), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
    signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  async connected(): Promise<void> {
    while (this.socket.connecting && !this.#failure) {
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        this.socket.once('connect', resolve);
      });
    }
    if (this.#failure) throw this.#failure;
  }

  async take(count: number): Promise<Buffer> {
    while (this.#buffered.length < count) {
      if (this.#failure) throw this.#failure;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    if (this.#failure) throw this.#failure;
    const taken = this.#buffered.subarray(0, count);
    this.#buffered = this.#buffered.subarray(count);
    return taken;
  }

  #fail(error: Error) {
    this.#failure ??= error;
    this.#wake?.();
  }

  /** Stops listening: the socket now belongs to whoever sends through the tunnel. */
  release() {
    clearTimeout(this.#timer);
    this.signal?.removeEventListener('abort', this.#onAbort);
    // Paused, so no byte is read with nobody listening; the next owner resumes it.
    this.socket.pause();
    this.socket.off('data', this.#onData).off('end', this.#onEnd).off('error', this.#onError);
    if (this.#buffered.length > 0) this.socket.unshift(this.#buffered);
  }
}
