/**
 * Dropship's transfer engine against curl, over loopback, into one sink:
 *
 *  - each wire shape (multipart POST, presigned POST, signed PUT), 1 GiB: throughput of
 *    our upload as the app sends it (SHA-256 taken at drop) vs curl sending the same bytes
 *    to the same endpoint (target ≥ 0.90×);
 *  - the same sends hashing their own stream (the CLI), against the slower of curl and
 *    SHA-256 alone on this CPU, which such a send cannot beat (target ≥ 0.90×);
 *  - a fan-out to four services through the whole core vs four parallel curls (≤ 1.30×);
 *  - peak RSS of the uploading process at 1 GiB and 4 GiB (≤ 150 MiB, and flat).
 *
 * Every upload runs in its own process, bundled with esbuild (as the app ships), so its
 * peak RSS is its own. Each figure is the median of RUNS, curl's and ours interleaved in
 * the same run: the machine may be shared, and a best-of would compare one lucky run with
 * another.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { benchFile, curlFanout, curlShape, GiB, SHAPES, type Shape } from './curl';
import { median, mib, seconds, type BenchLine } from './report';

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CACHE = resolve('node_modules/.cache/dropship-bench');

export async function bundle(entry: string, name: string): Promise<string> {
  const outfile = `${CACHE}/${name}.mjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

export async function startSinkProcess(script: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [script, '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    child.stdout.once('data', (data: Buffer) => done(data.toString().trim()));
    child.once('exit', (code) => fail(new Error(`sink exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

interface Measured {
  ms: number;
  maxRssMiB?: number;
}

async function ours(
  child: string,
  mode: Shape | 'fanout',
  sink: string,
  file: string,
  sha: 'sha' | 'nosha' | 'dropped',
): Promise<Measured> {
  const { stdout } = await run(process.execPath, [child, mode, sink, file, sha], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
}

interface Timing {
  /** Median of the runs. */
  ms: number;
  maxRssMiB: number;
}

/** Each measurement RUNS times, one round of all at a time, so a slow moment hits every side. */
async function interleaved<K extends string>(
  measurements: Record<K, () => Promise<Measured>>,
): Promise<Record<K, Timing>> {
  const runs = new Map<K, Measured[]>();
  for (let round = 0; round < RUNS; round++) {
    for (const [name, measure] of Object.entries(measurements) as [K, () => Promise<Measured>][]) {
      runs.set(name, [...(runs.get(name) ?? []), await measure()]);
    }
  }
  const timings = {} as Record<K, Timing>;
  for (const [name, results] of runs) {
    timings[name] = {
      ms: median(results.map((r) => r.ms)),
      maxRssMiB: Math.max(...results.map((r) => r.maxRssMiB ?? 0)),
    };
  }
  return timings;
}

/** How long this CPU takes to hash 1 GiB with SHA-256 (one core). */
function sha256Ms(): number {
  const chunk = Buffer.alloc(4 * 1024 * 1024, 7);
  const hash = createHash('sha256');
  const started = performance.now();
  for (let i = 0; i < 256; i++) hash.update(chunk);
  hash.digest();
  return performance.now() - started;
}

export async function runTransferBench(): Promise<BenchLine[]> {
  const [child, sinkScript] = await Promise.all([
    bundle('test/bench/upload-child.ts', 'upload-child'),
    bundle('test/bench/sink.ts', 'sink'),
  ]);
  const file1 = await benchFile(GiB, 'random');
  const file4 = await benchFile(4 * GiB, 'sparse');
  const sink = await startSinkProcess(sinkScript);
  const lines: BenchLine[] = [];
  try {
    for (const shape of SHAPES) {
      const { curl, app, hashing } = await interleaved({
        curl: () => curlShape(shape, sink.url, file1),
        app: () => ours(child, shape, sink.url, file1, 'nosha'),
        hashing: () => ours(child, shape, sink.url, file1, 'sha'),
      });
      const shaMs = sha256Ms();
      lines.push(
        {
          name: `${shape} 1 GiB, as the app sends it`,
          figure: seconds(app.ms),
          reference: `curl ${seconds(curl.ms)}`,
          ratio: curl.ms / app.ms,
          ratioMeans: "× curl's throughput",
          target: '≥ 0.90',
          met: curl.ms / app.ms >= 0.9,
        },
        {
          name: `${shape} 1 GiB, hashing its own stream (CLI)`,
          figure: seconds(hashing.ms),
          reference: `${curl.ms >= shaMs ? 'curl' : 'SHA-256 alone'} ${seconds(Math.max(curl.ms, shaMs))}`,
          ratio: Math.max(curl.ms, shaMs) / hashing.ms,
          ratioMeans: '× the best possible',
          target: '≥ 0.90',
          met: Math.max(curl.ms, shaMs) / hashing.ms >= 0.9,
        },
      );
    }
    const fan = await interleaved({
      curl: () => curlFanout(sink.url, file1),
      dropped: () => ours(child, 'fanout', sink.url, file1, 'dropped'),
      sha: () => ours(child, 'fanout', sink.url, file1, 'sha'),
    });
    for (const [mode, name] of [
      ['dropped', 'fan-out 4 × 1 GiB, as the app sends it'],
      ['sha', 'fan-out 4 × 1 GiB, hashed on the first stream'],
    ] as const) {
      const ratio = fan[mode].ms / fan.curl.ms;
      lines.push({
        name,
        figure: seconds(fan[mode].ms),
        reference: `4 curls ${seconds(fan.curl.ms)}`,
        ratio,
        ratioMeans: "× curl's time",
        target: '≤ 1.30',
        met: ratio <= 1.3,
      });
    }
    const rss1 = (await ours(child, 'multipart', sink.url, file1, 'nosha')).maxRssMiB ?? 0;
    const rss4 = (await ours(child, 'multipart', sink.url, file4, 'nosha')).maxRssMiB ?? 0;
    lines.push(
      {
        name: 'peak RSS, 1 GiB upload',
        figure: mib(rss1),
        reference: 'the file 1024 MiB',
        ratio: rss1 / 1024,
        ratioMeans: '× the file',
        target: '≤ 150 MiB',
        met: rss1 <= 150,
      },
      {
        name: 'peak RSS, 4 GiB upload',
        figure: mib(rss4),
        reference: `1 GiB upload ${mib(rss1)}`,
        ratio: rss4 / rss1,
        ratioMeans: '× the 1 GiB upload',
        target: '≤ 150 MiB and ≤ 1.10 (+5 MiB)',
        met: rss4 <= 150 && rss4 <= rss1 * 1.1 + 5,
      },
      {
        name: 'peak RSS, fan-out 4 × 1 GiB',
        figure: mib(fan.dropped.maxRssMiB),
        reference: `1 GiB upload ${mib(rss1)}`,
        ratio: fan.dropped.maxRssMiB / rss1,
        ratioMeans: '× one upload',
        target: '≤ 150 MiB',
        met: fan.dropped.maxRssMiB <= 150,
      },
    );
  } finally {
    sink.stop();
  }
  return lines;
}

export const TRANSFER_TITLE = `Transfer engine vs curl (loopback, 1 GiB of random bytes, median of ${RUNS})`;
