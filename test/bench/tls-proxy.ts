/**
 * The TLS and proxy rows of `npm run bench` (issue 10): each wire shape over TLS on
 * loopback against curl over TLS to the same sink (`--cacert`, target ≥ 0.95×), and the
 * same through a forward proxy (CONNECT) against curl through that proxy (≥ 0.9×).
 *
 * TLS is terminated in front of the plain bench sink by a small TLS server with a
 * certificate from a CA made here (the sandbox's own code), so both clients do the same
 * handshake and encryption and reach the same sink. Each figure is the median of `runs`,
 * curl's and ours interleaved, each of ours in its own process.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { promisify } from 'node:util';
import {
  createCertificateAuthority,
  issueServerCertificate,
} from '../../main/sandbox/framework/certificates';
import { startForwardProxy } from '../support/forward-proxy';
import { benchFile, curlShape, SHAPES, type Shape } from './curl';
import type { BenchLine } from './report';
import { bundle, startSinkProcess } from './transfer';

const run = promisify(execFile);
const MiB = 1024 * 1024;
// 1 GiB like the other transfer rows: a process's fixed start-up (JIT, first handshake) must
// not weigh more here than there.
const SIZE = Number(process.env.BENCH_TLS_MIB ?? 1024) * MiB;

interface Timings {
  ms: number;
  bestMs: number;
}

function median(values: number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, bestMs: sorted[0]! };
}

/** TLS in front of the plain sink: every connection is piped to it after the handshake. */
async function tlsFront(sinkUrl: string, tls: { key: string; cert: string }) {
  const { hostname, port } = new URL(sinkUrl);
  const server = createTlsServer(tls, (socket) => {
    const upstream = connect(Number(port), hostname);
    socket.pipe(upstream).pipe(socket);
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export const TLS_PROXY_TITLE = `TLS and proxy (loopback, ${SIZE / MiB} MiB of random bytes, TLS in front of the bench sink, median of ${RUNS})`;

/** The rows, with a sink of their own so they run beside the other sections. */
export async function runTlsProxyBench(): Promise<BenchLine[]> {
  const sink = await startSinkProcess(await bundle('test/bench/sink.ts', 'sink'));
  try {
    return await tlsProxyRows(sink.url, RUNS);
  } finally {
    sink.stop();
  }
}

async function tlsProxyRows(sinkUrl: string, runs: number): Promise<BenchLine[]> {
  const ca = createCertificateAuthority('Dropship bench CA');
  const dir = await mkdtemp(join(tmpdir(), 'dropship-bench-tls-'));
  const caFile = join(dir, 'ca.pem');
  await writeFile(caFile, ca.cert);
  const front = await tlsFront(sinkUrl, issueServerCertificate(ca));
  const proxy = await startForwardProxy();
  const child = await bundle('test/bench/tls-child.ts', 'tls-child');
  const file = await benchFile(SIZE, 'random');
  const ours = async (shape: Shape, via?: string) => {
    const args = [child, shape, front.url, file, caFile, ...(via ? [via] : [])];
    const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 20 });
    return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { ms: number }).ms;
  };
  const curl = async (shape: Shape, via?: string) =>
    (
      await curlShape(shape, front.url, file, [
        '--cacert',
        caFile,
        ...(via ? ['--proxy', via] : []),
      ])
    ).ms;
  const lines: BenchLine[] = [];
  try {
    for (const shape of SHAPES) {
      const samples = {
        tlsOurs: [] as number[],
        tlsCurl: [] as number[],
        pOurs: [] as number[],
        pCurl: [] as number[],
      };
      for (let round = 0; round < runs; round++) {
        samples.tlsCurl.push(await curl(shape));
        samples.tlsOurs.push(await ours(shape));
        samples.pCurl.push(await curl(shape, proxy.url));
        samples.pOurs.push(await ours(shape, proxy.url));
      }
      const rows = [
        ['over TLS', median(samples.tlsOurs), median(samples.tlsCurl), 0.95],
        ['over TLS through a proxy', median(samples.pOurs), median(samples.pCurl), 0.9],
      ] as const;
      for (const [how, our, theirs, target] of rows) {
        const ratio = theirs.ms / our.ms;
        lines.push({
          name: `${shape}, ${how}`,
          figure: seconds(our),
          reference: `curl ${seconds(theirs)}`,
          ratio,
          ratioMeans: "× curl's throughput",
          target: `≥ ${target.toFixed(2)}`,
          met: ratio >= target,
        });
      }
    }
  } finally {
    await proxy.close();
    await front.close();
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

const seconds = (t: Timings) => `${(t.ms / 1000).toFixed(2)} s`;
