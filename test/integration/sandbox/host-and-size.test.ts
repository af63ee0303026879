import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../main/sandbox';
import { startEmulator, type Emulator } from '../../../main/sandbox/framework/emulator-server';
import { readMultipart } from '../../../main/sandbox/framework/receive';
import { Router } from '../../../main/sandbox/framework/router';

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP/1.1 request, so the test controls Host, Content-Length and chunking. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string | number>; body?: Buffer[] },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    for (const chunk of options.body ?? []) req.write(chunk);
    // A declared length with no body: send the headers alone, as a client about to upload.
    if (options.headers?.['content-length'] && !options.body) req.flushHeaders();
    else req.end();
  });
}

let sandbox: Sandbox;
let tiny: Emulator;
beforeAll(async () => {
  sandbox = await startSandbox();
  const router = new Router();
  router.post('/upload', async (ctx) => {
    const form = await readMultipart(ctx, tiny.filesDir);
    ctx.json(200, { files: form.files.map((f) => f.size) });
  });
  tiny = await startEmulator({
    name: 'tiny',
    router,
    errorBody: (status, message) => ({ status, message }),
    maxUploadBytes: 1000,
  });
});
afterAll(async () => {
  await sandbox.close();
  await tiny.close();
});

describe('the sandbox answers only requests addressed to it on loopback', () => {
  it('refuses another Host (DNS rebinding) with 421, before any route or token check', async () => {
    const installr = sandbox.services.installr!;
    const port = new URL(installr.baseUrl).port;
    const headers = { 'x-installrapptoken': installr.secret };
    const rebound = await send(`${installr.baseUrl}/apps.json`, {
      headers: { ...headers, host: `attacker.example:${port}` },
    });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body)).toMatchObject({
      result: 'error',
      message: expect.stringMatching(/only requests addressed to 127\.0\.0\.1 or localhost/),
    });
    expect((await send(`${installr.baseUrl}/apps.json`, { headers })).status).toBe(200);
    const local = await send(`${installr.baseUrl}/apps.json`, {
      headers: { ...headers, host: `localhost:${port}` },
    });
    expect(local.status).toBe(200);
    const otherPort = await send(`${installr.baseUrl}/apps.json`, {
      headers: { ...headers, host: '127.0.0.1:1' },
    });
    expect(otherPort.status).toBe(421);
  });

  it('every emulator checks it (Bitbar, Test IO, Product Science, storage)', async () => {
    const urls = [
      sandbox.services.bitbar!.baseUrl,
      sandbox.services.testio!.baseUrl,
      sandbox.services.productscience!.baseUrl,
      sandbox.storage.s3.url,
    ];
    for (const url of urls) {
      const answer = await send(url, { headers: { host: 'rebound.example' } });
      expect(answer.status, url).toBe(421);
    }
  });
});

describe('the sandbox caps the size of an upload', () => {
  const form = (bytes: number) => {
    const boundary = 'xyz';
    return {
      contentType: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.apk"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        Buffer.alloc(bytes, 7),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    };
  };

  it('takes a body within the cap', async () => {
    const { contentType, body } = form(500);
    const answer = await send(`${tiny.url}/upload`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': body.length },
      body: [body],
    });
    expect(answer).toMatchObject({ status: 200, body: '{"files":[500]}' });
  });

  it('refuses a declared Content-Length over the cap with 413 before reading it', async () => {
    const answer = await send(`${tiny.url}/upload`, {
      method: 'POST',
      headers: { 'content-type': form(0).contentType, 'content-length': 5000 },
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).message).toMatch(
      /too large: the sandbox takes at most 1000 bytes/,
    );
  });

  it('refuses a chunked body that grows past the cap with 413, and keeps nothing', async () => {
    const { contentType, body } = form(5000);
    const answer = await send(`${tiny.url}/upload`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' },
      body: [body.subarray(0, 2000), body.subarray(2000)],
    });
    expect(answer.status).toBe(413);
    expect(tiny.received).toHaveLength(0);
  });

  it('the real emulators refuse more than 2 GiB by default', async () => {
    const installr = sandbox.services.installr!;
    const answer = await send(`${installr.baseUrl}/apps.json`, {
      method: 'POST',
      headers: {
        'x-installrapptoken': installr.secret,
        'content-type': form(0).contentType,
        'content-length': 3 * 1024 ** 3,
      },
    });
    expect(answer.status).toBe(413);
  });
});

describe('demo credentials', () => {
  it('are made fresh by each sandbox, and the old constants unlock nothing', async () => {
    const other = await startSandbox();
    try {
      for (const service of ['installr', 'testio', 'bitbar', 'productscience'] as const) {
        const mine = sandbox.services[service]!.secret;
        expect(mine.length, service).toBeGreaterThanOrEqual(24);
        expect(other.services[service]!.secret, service).not.toBe(mine);
      }
      const installr = sandbox.services.installr!;
      const stale = await send(`${installr.baseUrl}/apps.json`, {
        headers: { 'x-installrapptoken': 'sandbox-installr-demo-token' },
      });
      expect(stale.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
