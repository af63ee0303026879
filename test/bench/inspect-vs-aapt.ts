/**
 * Inspecting a 1 GiB APK: Dropship's inspectBuild against `aapt dump badging` (Debian's
 * `aapt`). The APK is the repository's android-plain.apk with a 1 GiB stored asset added
 * (sparse, so it costs no disk). Both should touch only the zip's central directory and a
 * few entries, so both stay in milliseconds however large the build. aapt's time includes
 * starting a process, which is what shelling out to aapt would cost the app too.
 *
 *   npx tsx test/bench/inspect-vs-aapt.ts
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inspectBuild } from '../../main/core/inspect';
import { ensureAapt } from '../../main/dev/ensure-deps.mjs';
import { writePaddedZip } from '../fixtures/encode/pad-zip';
import { fixture } from '../fixtures';
import { median, ms, printSection, type BenchLine } from './report';

const run = promisify(execFile);
const SOURCE = fixture('android-plain.apk');
const PACKAGE = 'com.dropship.hello';
const GiB = 1024 ** 3;
const RUNS = 15;

async function timeRuns(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function runInspectBench(): Promise<BenchLine[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dropship-bench-'));
  const apk = join(dir, 'huge-1GiB.apk');
  const name = 'inspectBuild, 1 GiB APK';
  try {
    await writePaddedZip(SOURCE, apk, GiB);
    const info = await inspectBuild(apk); // also the warm-up run
    if (info.id !== PACKAGE) throw new Error(`inspectBuild read ${info.id}, not ${PACKAGE}`);
    const inspectMs = await timeRuns(() => inspectBuild(apk));

    const whyNot = ensureAapt();
    if (whyNot) return [{ name: `${name} vs aapt`, skipped: whyNot }];
    const aapt = () => run('aapt', ['dump', 'badging', apk], { maxBuffer: 16 << 20 });
    if (!(await aapt()).stdout.includes(`name='${PACKAGE}'`)) throw new Error('aapt misread it');
    const aaptMs = await timeRuns(aapt);
    return [
      {
        name,
        figure: ms(inspectMs),
        reference: `aapt dump badging ${ms(aaptMs)}`,
        ratio: inspectMs / aaptMs,
        ratioMeans: "× aapt's time",
        target: '≤ 1.00',
        met: inspectMs <= aaptMs,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const INSPECT_TITLE = `Inspection vs aapt (median of ${RUNS}; aapt's time includes its process start)`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printSection(INSPECT_TITLE, await runInspectBench());
}
