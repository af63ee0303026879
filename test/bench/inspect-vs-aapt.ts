/**
 * Inspecting a 1 GiB APK: Dropship's inspectBuild against `aapt dump badging` (Debian's
 * `aapt`). Both should only touch the zip's central directory and a few entries, so both
 * stay in milliseconds however large the build. aapt's time includes starting a process,
 * which is what the alternative (shelling out to aapt) would cost the app too. The
 * `dropship inspect` command is timed as well, as a process: Node's start-up, the same
 * inspection, and the SHA-256 of the whole file it prints.
 *
 *   npx tsx test/bench/inspect-vs-aapt.ts
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { inspectBuild } from '../../main/core/inspect';
import { writePaddedZip } from '../fixtures-gen/pad-zip';

const run = promisify(execFile);
const FIXTURE = fileURLToPath(
  new URL('../../../shared/fixtures/builds/hello-world.apk', import.meta.url),
);
const GiB = 1024 ** 3;
const RUNS = 15;

export interface InspectBenchResult {
  name: 'inspect-vs-aapt';
  fileBytes: number;
  /** Median of RUNS, after one warm-up run. */
  inspectMs: number;
  /** The first inspection in this process (module and JIT warm-up included). */
  inspectFirstMs: number;
  /** Median of RUNS; null when aapt is not installed. */
  aaptMs: number | null;
  /** inspectMs / aaptMs: below 1 means Dropship is faster. */
  ratio: number | null;
  /** `dropship inspect FILE --json` as a process (bundled as shipped), median of CLI_RUNS. */
  cliMs: number;
  /** The same command on the 1.7 MB original: start-up and inspection, no big hash. */
  cliSmallMs: number;
  /** `node -e 0`: the part of cliMs that is Node starting. */
  nodeStartMs: number;
}

const CLI_RUNS = 5;

/**
 * The CLI compiled ahead of time (as `npm run dropship` compiles it on the fly, without
 * that launcher's own start-up), split so each command loads only its own modules.
 */
async function bundledCli(dir: string): Promise<string> {
  await build({
    entryPoints: { 'dropship-cli': 'main/cli/index.ts' },
    outdir: join(dir, 'cli'),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Resolved from the checkout's node_modules, as `npm run dropship` does.
    packages: 'external',
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'warning',
  });
  return join(dir, 'cli', 'dropship-cli.mjs');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeRuns(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function aaptAvailable(): Promise<boolean> {
  try {
    await run('aapt', ['version']);
    return true;
  } catch {
    return false;
  }
}

export async function runInspectBench(): Promise<InspectBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'dropship-bench-'));
  const apk = join(dir, 'huge-1GiB.apk');
  try {
    await writePaddedZip(FIXTURE, apk, GiB);
    const fileBytes = (await stat(apk)).size;

    let started = performance.now();
    const info = await inspectBuild(apk);
    const inspectFirstMs = performance.now() - started;
    if (info.id !== 'de.rhab.helloworld') throw new Error(`unexpected package ${info.id}`);
    const inspectMs = await timeRuns(() => inspectBuild(apk));

    let aaptMs: number | null = null;
    if (await aaptAvailable()) {
      started = performance.now();
      const { stdout } = await run('aapt', ['dump', 'badging', apk], { maxBuffer: 16 << 20 });
      if (!stdout.includes("name='de.rhab.helloworld'")) throw new Error('aapt misread the APK');
      aaptMs = await timeRuns(() => run('aapt', ['dump', 'badging', apk], { maxBuffer: 16 << 20 }));
    }
    const cli = await bundledCli(join(process.cwd(), 'node_modules/.cache/dropship-bench'));
    const { stdout } = await run(process.execPath, [cli, 'inspect', apk, '--json']);
    if (!stdout.includes('"de.rhab.helloworld"')) throw new Error('dropship inspect misread it');
    const cliMs = await timeRuns(
      () => run(process.execPath, [cli, 'inspect', apk, '--json']),
      CLI_RUNS,
    );
    const cliSmallMs = await timeRuns(
      () => run(process.execPath, [cli, 'inspect', FIXTURE, '--json']),
      CLI_RUNS,
    );
    const nodeStartMs = await timeRuns(() => run(process.execPath, ['-e', '0']), CLI_RUNS);
    return {
      name: 'inspect-vs-aapt',
      fileBytes,
      inspectMs,
      inspectFirstMs,
      aaptMs,
      ratio: aaptMs ? inspectMs / aaptMs : null,
      cliMs,
      cliSmallMs,
      nodeStartMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function report(r: InspectBenchResult): void {
  const mb = (r.fileBytes / 1024 ** 2).toFixed(0);
  console.log(`inspect-vs-aapt: ${mb} MiB APK (hello-world.apk + 1 GiB stored asset)`);
  console.log(
    `  inspectBuild        ${r.inspectMs.toFixed(1)} ms (median of ${RUNS}; first run ${r.inspectFirstMs.toFixed(1)} ms)`,
  );
  reportCli(r);
  if (r.aaptMs === null || r.ratio === null) {
    console.log('  aapt dump badging   skipped: aapt is not installed (apt-get install aapt)');
    return;
  }
  console.log(
    `  aapt dump badging   ${r.aaptMs.toFixed(1)} ms (median of ${RUNS}, process start included)`,
  );
  console.log(`  ratio inspect/aapt  ${r.ratio.toFixed(2)}`);
}

function reportCli(r: InspectBenchResult): void {
  console.log(
    `  dropship inspect    ${r.cliMs.toFixed(0)} ms as a command (median of ${CLI_RUNS}), SHA-256 of the 1 GiB included; ${r.cliSmallMs.toFixed(0)} ms on the 1.7 MB original (Node starting: ${r.nodeStartMs.toFixed(0)} ms)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  report(await runInspectBench());
}
