import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from './loopback-listen';

/** What the proxy was asked to do: a CONNECT tunnel or an absolute-URI request. */
export interface ProxiedRequest {
  kind: 'connect' | 'forward';
  /** host:port for CONNECT, the absolute URL for a forwarded request. */
  target: string;
  /** Proxy-Authorization was present and right (or none was needed). */
  authorized: boolean;
  /** Bytes the client sent through (request bodies, or everything in a tunnel). */
  bytes: number;
}

export interface ForwardProxy {
  url: string;
  host: string;
  port: number;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * A small HTTP/1.1 forward proxy on loopback, as corporate proxies behave: CONNECT tunnels
 * for https targets, absolute-URI requests for http targets, and — when given credentials —
 * a 407 with `Proxy-Authenticate: Basic` for requests without the right Proxy-Authorization.
 */
export async function startForwardProxy(
  options: { credentials?: { username: string; password: string } } = {},
): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`
    : undefined;
  const allowed = (req: IncomingMessage) =>
    !expected || req.headers['proxy-authorization'] === expected;

  const server = createServer((req, res) => {
    const authorized = allowed(req);
    const entry: ProxiedRequest = { kind: 'forward', target: req.url ?? '', authorized, bytes: 0 };
    requests.push(entry);
    req.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
    if (!authorized) {
      req.resume();
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"', 'content-length': '0' });
      res.end();
      return;
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const authorized = allowed(req);
    const entry: ProxiedRequest = { kind: 'connect', target: req.url ?? '', authorized, bytes: 0 };
    requests.push(entry);
    client.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
    if (!authorized) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => {
      if (!client.destroyed) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return { ...(await listenOnLoopback(server, 'http', sockets)), requests };
}
