import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoutes } from '../../../main/core/http/app-network';
import { HttpClient } from '../../../main/core/http/client';
import { trustStore } from '../../../main/core/http/network';
import { sendWire } from '../../../main/core/transfer/send-wire';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';

let sandbox: Sandbox;
let proxy: ForwardProxy;
let closedPort: number;

beforeAll(async () => {
  sandbox = await startSandbox({ https: true });
  proxy = await startForwardProxy();
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((r) => probe.close(r));
});
afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});

const settings = { proxyMode: 'system' as const, proxyUrl: '', caFiles: [] };

function client(pac: string) {
  return new HttpClient({
    routes: appRoutes(settings, async () => pac, undefined),
    trust: trustStore([{ source: 'sandbox', pems: [sandbox.ca!] }], { system: false }),
  });
}

describe('a PAC list from the OS, tried in order', () => {
  it('moves past a proxy that cannot be reached to the next entry', async () => {
    const http = client(`PROXY 127.0.0.1:${closedPort}; PROXY ${proxy.host}:${proxy.port}; DIRECT`);
    const installr = sandbox.services.installr!;
    const response = await http.send({
      service: 'installr',
      method: 'GET',
      url: `${installr.baseUrl}/apps.json`,
      headers: { 'x-installrapptoken': installr.secret },
    });
    expect(response.status).toBe(200);
    expect(proxy.requests.map((r) => r.target)).toEqual([new URL(installr.baseUrl).host]);
    await http.close();
  });

  it('says which proxy could not be reached when no entry is left', async () => {
    const http = client(`PROXY 127.0.0.1:${closedPort}`);
    await expect(
      http.send({
        service: 'testio',
        method: 'GET',
        url: `${sandbox.services.testio!.baseUrl}/products`,
      }),
    ).rejects.toMatchObject({
      code: 'proxy',
      retryable: false,
      message: `Could not reach the proxy at 127.0.0.1:${closedPort}.`,
    });
    await http.close();
  });
});

describe('an upload with a PAC list', () => {
  it('sends the whole body over the next entry when the first proxy cannot be reached', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dropship-pac-'));
    const file = join(dir, 'build.apk');
    await writeFile(file, randomBytes(3 * 1024 * 1024));
    let received = 0;
    const server = createHttpServer((req, res) => {
      req.on('data', (chunk: Buffer) => (received += chunk.length));
      req.on('end', () => res.writeHead(200, { 'content-length': '0' }).end());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/build.apk`;
    const http = client(`PROXY 127.0.0.1:${closedPort}; PROXY ${proxy.host}:${proxy.port}`);
    proxy.requests.length = 0;
    try {
      const { response } = await sendWire(
        { shape: 'signed-put', spec: { method: 'PUT', url, headers: {} } },
        {
          service: 'productscience',
          file: { path: file, fileName: 'build.apk', size: 3 * 1024 * 1024 },
          signal: new AbortController().signal,
          onProgress: () => undefined,
          onBodySent: () => undefined,
          onStall: () => undefined,
          http,
        },
      );
      expect(response.status).toBe(200);
      expect(received).toBe(3 * 1024 * 1024);
      expect(proxy.requests).toMatchObject([{ kind: 'forward', target: url, bytes: received }]);
    } finally {
      await http.close();
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
