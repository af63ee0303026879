/**
 * A loopback sink for the transfer benchmark: it reads every body to the end, counts its
 * bytes, and answers each upload endpoint the way its service does (enough for Dropship's
 * clients to succeed). No parsing, hashing or disk: the client is what is measured.
 * Run as a script, it prints its URL and serves until killed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Reply = (req: IncomingMessage, res: ServerResponse, bytes: number, base: string) => void;

const json = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
};
const now = () => new Date().toISOString();

const routes: [string, RegExp, Reply][] = [
  ['GET', /^\/apps\.json$/, (_q, res) => json(res, 200, { result: 'success', appList: [] })],
  [
    'POST',
    /^\/apps\.json$/,
    (_q, res) =>
      json(res, 200, {
        action: 'create',
        result: 'success',
        message: 'App and first Build are created',
        appData: {
          id: 1,
          appId: 'bench.app',
          title: 'Bench',
          builds: [],
          latestBuild: { id: 1, versionNumber: '1.0', dateCreated: now() },
        },
      }),
  ],
  [
    'GET',
    /^\/customer\/v2\/binary_apps\/upload_url$/,
    (_q, res, _b, base) =>
      json(res, 200, {
        binary_app_id: 7,
        url: `${base}/s3`,
        fields: {
          key: 'uploads/binary_app/package/7/${filename}',
          success_action_status: '201',
          policy: 'eyJjb25kaXRpb25zIjpbXX0=',
          'x-amz-credential': 'AKIABENCH/20250101/eu-west-1/s3/aws4_request',
          'x-amz-algorithm': 'AWS4-HMAC-SHA256',
          'x-amz-date': '20250101T000000Z',
          'x-amz-signature': 'bench',
        },
      }),
  ],
  [
    'POST',
    /^\/customer\/v2\/binary_apps$/,
    (_q, res, bytes) =>
      json(res, 201, { binary_app: { id: 8, filename: 'bench.apk', file_size: bytes } }),
  ],
  [
    'PUT',
    /^\/customer\/v2\/binary_apps\/\d+$/,
    (_q, res) => json(res, 200, { binary_app: { id: 7, filename: 'bench.apk', status: 'new' } }),
  ],
  [
    'POST',
    /^\/s3$/,
    (_q, res) => {
      const xml = '<PostResponse><Key>uploads/bench.apk</Key></PostResponse>';
      res.writeHead(201, { 'content-type': 'application/xml', 'content-length': xml.length });
      res.end(xml);
    },
  ],
  [
    'POST',
    /^\/api\/v1\/projects\/[^/]+\/build-uploads$/,
    (_q, res) => json(res, 200, { id: 1, dateCreated: now() }),
  ],
  [
    'POST',
    /^\/api\/v1\/projects\/[^/]+\/builds$/,
    (_q, res, _b, base) =>
      json(res, 200, {
        uploadSpec: {
          method: 'PUT',
          url: `${base}/gcs/bench/build.apk?X-Goog-Signature=bench`,
          headers: { 'Content-Type': 'application/octet-stream' },
        },
        build: {
          id: 1,
          contextId: 1,
          buildType: 'APK',
          buildFileName: 'bench.apk',
          uploadState: 'UPLOADING',
        },
      }),
  ],
  ['PUT', /^\/gcs\//, (_q, res) => res.writeHead(200, { 'content-length': 0 }).end()],
  [
    'POST',
    /^\/api\/v2\/me\/projects\/\d+\/files\/(application|test|data)$/,
    (_q, res) =>
      json(res, 201, {
        id: 5,
        originalName: 'bench.apk',
        readableSize: '1 GB',
        uploadTime: Date.now(),
      }),
  ],
];

export interface Sink {
  url: string;
  /** Body bytes received, per request, in order. */
  received: number[];
  close(): Promise<void>;
}

export async function startSink(port = 0): Promise<Sink> {
  const received: number[] = [];
  let base = '';
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received.push(bytes);
      const path = (req.url ?? '/').split('?')[0]!;
      if (path === '/_stats') return json(res, 200, { received });
      const route = routes.find(([method, pattern]) => method === req.method && pattern.test(path));
      if (!route) return json(res, 404, { message: `no route for ${req.method} ${path}` });
      route[2](req, res, bytes, base);
    });
  });
  server.requestTimeout = 0;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv.includes('--serve')) {
  const sink = await startSink();
  process.stdout.write(`${sink.url}\n`);
}
