import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';

/**
 * Counts upload progress at the socket, which is what "sent" means to a person.
 *
 * Why the socket and not undici's `onBodySent` hook: that hook is deprecated in undici 7
 * and fires when a chunk is handed to the socket, before the kernel has taken it. Here we
 * give each upload its own one-connection Agent whose connector hands us the socket, and
 * read `bytesWritten − writableLength`: bytes whose write has completed, i.e. the kernel
 * accepted them. It lags the wire by at most one in-flight chunk (the read stream's
 * highWaterMark) and never runs ahead of it. The request head is part of those bytes, so
 * we subtract its size (known from the method, path and headers we send).
 */
export class SocketMeter {
  readonly dispatcher: Agent;
  #socket: Socket | undefined;

  constructor(
    private readonly headBytes: number,
    private readonly bodyBytes: number,
  ) {
    const connect = buildConnector({ timeout: 30_000 });
    this.dispatcher = new Agent({
      connections: 1,
      pipelining: 1,
      // The server may take minutes to check a large build after its last byte.
      headersTimeout: 15 * 60_000,
      bodyTimeout: 5 * 60_000,
      connect: (options, callback) =>
        connect(options, (...args) => {
          const socket = args[1];
          if (socket) this.#socket = socket;
          (callback as (...a: typeof args) => void)(...args);
        }),
    });
  }

  /** Body bytes the socket has accepted so far (0 before it connects). */
  acceptedBodyBytes(): number {
    const socket = this.#socket;
    if (!socket) return 0;
    const accepted = (socket.bytesWritten ?? 0) - socket.writableLength - this.headBytes;
    return Math.max(0, Math.min(accepted, this.bodyBytes));
  }

  /** No write is pending: every chunk given to the socket has reached the kernel. */
  writesDone(): boolean {
    return (this.#socket?.writableLength ?? 0) === 0;
  }

  async close(): Promise<void> {
    await this.dispatcher.destroy().catch(() => undefined);
  }
}

/** The size of the request head undici writes before the body (HTTP/1.1). */
export function requestHeadBytes(
  method: string,
  url: string,
  headers: Record<string, string>,
  contentLength: number,
): number {
  const { host, pathname, search } = new URL(url);
  let head = `${method} ${pathname}${search} HTTP/1.1\r\nhost: ${host}\r\nconnection: keep-alive\r\n`;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== 'content-length') head += `${key}: ${value}\r\n`;
  }
  head += `content-length: ${contentLength}\r\n\r\n`;
  return Buffer.byteLength(head, 'latin1');
}
