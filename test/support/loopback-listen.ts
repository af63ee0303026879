import type { Server as HttpServer } from 'node:http';
import type { AddressInfo, Server, Socket } from 'node:net';

export interface LoopbackListener {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port; `close` also destroys the `sockets` still open (the
 * tunnels a test proxy keeps), so a test never waits on a client that holds a connection.
 */
export async function listenOnLoopback(
  server: Server | HttpServer,
  scheme: string,
  sockets: Set<Socket>,
): Promise<LoopbackListener> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
