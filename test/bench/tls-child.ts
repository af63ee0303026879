/**
 * One measured upload over TLS (optionally through a proxy), in its own process: the
 * transfer engine's sendWire through the core's HTTP client, trusting the bench's CA.
 * Args: shape sinkUrl file caFile [proxyUrl]. Prints one JSON line: {ms}.
 */
import { readFile, stat } from 'node:fs/promises';
import { HttpClient } from '../../main/core/http/client';
import { trustStore } from '../../main/core/http/network';
import { parseProxyUrl, type ProxyRoute } from '../../main/core/http/proxy-rules';
import { timedSend } from './wire-requests';

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
// As the app sends a build: its SHA-256 was taken when it was dropped.
const ms = await timedSend(shape, sink, { path: file, size }, { hash: false, http });
await http.close();
process.stdout.write(`${JSON.stringify({ ms })}\n`);
