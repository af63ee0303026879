import { connect, createServer, type Socket } from 'node:net';
import { listenOnLoopback } from './loopback-listen';

/** One tunnel asked of the proxy. */
export interface SocksRequest {
  /** host:port as the client asked (a name, or an address literal). */
  target: string;
  /** The user name and password matched (or none were required). */
  authorized: boolean;
  /** Bytes the client sent through the tunnel. */
  bytes: number;
}

export interface Socks5Proxy {
  url: string;
  host: string;
  port: number;
  requests: SocksRequest[];
  close(): Promise<void>;
}

/**
 * A small SOCKS5 proxy on loopback (RFC 1928, CONNECT only): without credentials it
 * offers no authentication; with them it requires user name and password (RFC 1929) and
 * refuses a wrong pair. `refuse` answers every CONNECT with that reply code instead.
 */
export async function startSocks5Proxy(
  options: { credentials?: { username: string; password: string }; refuse?: number } = {},
): Promise<Socks5Proxy> {
  const requests: SocksRequest[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    void serve(client, options, requests, track).catch(() => client.destroy());
  });
  return { ...(await listenOnLoopback(server, 'socks5', sockets)), requests };
}

async function serve(
  client: Socket,
  options: { credentials?: { username: string; password: string }; refuse?: number },
  requests: SocksRequest[],
  track: (socket: Socket) => void,
) {
  const read = reader(client);
  const [version = 0, count = 0] = await read(2);
  const methods = [...(await read(count))];
  if (version !== 5) return void client.destroy();
  let authorized = true;
  if (options.credentials) {
    if (!methods.includes(2)) return void client.end(Buffer.from([5, 0xff]));
    client.write(Buffer.from([5, 2]));
    const [, userLength = 0] = await read(2);
    const username = (await read(userLength)).toString('utf8');
    const [passLength = 0] = await read(1);
    const password = (await read(passLength)).toString('utf8');
    authorized =
      username === options.credentials.username && password === options.credentials.password;
    client.write(Buffer.from([1, authorized ? 0 : 1]));
    if (!authorized) {
      requests.push({ target: '', authorized, bytes: 0 });
      return void client.end();
    }
  } else {
    if (!methods.includes(0)) return void client.end(Buffer.from([5, 0xff]));
    client.write(Buffer.from([5, 0]));
  }
  const [, command, , type] = await read(4);
  let host: string;
  if (type === 1) host = [...(await read(4))].join('.');
  else if (type === 3) host = (await read((await read(1))[0] ?? 0)).toString('utf8');
  else host = ((await read(16)).toString('hex').match(/.{4}/g) ?? []).join(':');
  const port = (await read(2)).readUInt16BE(0);
  const entry: SocksRequest = { target: `${host}:${port}`, authorized, bytes: 0 };
  requests.push(entry);
  const reply = (code: number) => Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]);
  if (command !== 1) return void client.end(reply(7));
  if (options.refuse) return void client.end(reply(options.refuse));
  const upstream = connect(port, host);
  track(upstream);
  upstream.once('error', () => client.end(reply(5)));
  upstream.once('connect', () => {
    client.write(reply(0));
    const rest = read.rest();
    if (rest.length > 0) {
      entry.bytes += rest.length;
      upstream.write(rest);
    }
    client.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
  });
}

/** Exact-length reads from a socket during the handshake; `rest()` hands back the excess. */
function reader(socket: Socket) {
  let buffered = Buffer.alloc(0);
  let wake: (() => void) | undefined;
  let ended = false;
  const onData = (data: Buffer) => {
    buffered = Buffer.concat([buffered, data]);
    wake?.();
  };
  socket.on('data', onData);
  socket.once('close', () => {
    ended = true;
    wake?.();
  });
  const read = async (count: number): Promise<Buffer> => {
    while (buffered.length < count) {
      if (ended) throw new Error('closed during the handshake');
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const taken = buffered.subarray(0, count);
    buffered = buffered.subarray(count);
    return taken;
  };
  read.rest = () => {
    socket.off('data', onData);
    const rest = buffered;
    buffered = Buffer.alloc(0);
    return rest;
  };
  return read;
}
