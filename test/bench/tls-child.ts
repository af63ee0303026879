/**
 * One measured upload over TLS (optionally through a proxy), in its own process: the
 * transfer engine's sendWire through the core's HTTP client, trusting the bench's CA.
 * Args: shape sinkUrl file caFile [proxyUrl]. Prints one JSON line: {ms}.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { HttpClient } from '../../main/core/http/client';
import { trustStore } from '../../main/core/http/network';
import { parseProxyUrl, type ProxyRoute } from '../../main/core/http/proxy-rules';
import { sendWire } from '../../main/core/transfer/send-wire';
import { benchWireRequest } from './wire-requests';

type Shape = 'multipart' | 'presigned-post' | 'signed-put';
const [shape, sink, file, caFile, proxy] = process.argv.slice(2) as [
  Shape,
  string,
  string,
  string,
  string?,
];

const route: ProxyRoute = proxy
  ? parseProxyUrl(proxy, 'manual')
  : { kind: 'direct', origin: 'none' };
const http = new HttpClient({
  routes: async () => [route],
  trust: trustStore([{ source: 'bench CA', pems: [await readFile(caFile, 'utf8')] }], {
    system: false,
  }),
});
const size = (await stat(file)).size;
const started = performance.now();
// As the app sends a build: its SHA-256 was taken when it was dropped.
const { response } = await sendWire(benchWireRequest(shape, sink), {
  service: 'installr',
  file: { path: file, fileName: basename(file), size },
  signal: new AbortController().signal,
  onProgress: () => undefined,
  onBodySent: () => undefined,
  onStall: () => undefined,
  hash: false,
  http,
});
if (response.status >= 300) throw new Error(`sink answered ${response.status}`);
const ms = performance.now() - started;
await http.close();
process.stdout.write(`${JSON.stringify({ ms })}\n`);
