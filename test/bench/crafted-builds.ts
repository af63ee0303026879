/**
 * `npx tsx test/bench/crafted-builds.ts`: what the crafted property lists of issue 11 cost
 * now. For each: the parse alone (linear readers), and a whole inspection through the
 * worker, with the main thread's longest event-loop stall measured meanwhile (a frozen
 * main thread once stalled 27–37 s on these). Medians of RUNS; the machine is shared.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { inspectBuild } from '../../main/core/inspect';
import { parsePlist } from '../../main/core/inspect/plist';
import {
  deepXmlPlist,
  ipaWith,
  sharedReferenceBplist,
  wideXmlPlist,
} from '../unit/inspect/crafted-plists';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases: [string, Buffer][] = [
  ['binary plist, shared references (614 B)', sharedReferenceBplist()],
  ['XML plist, 650,000 levels deep (9.8 MB)', deepXmlPlist()],
  ['XML plist, 190,000 flat values (1.3 MB, legal)', wideXmlPlist()],
];

const dir = await mkdtemp(join(tmpdir(), 'dropship-bench-crafted-'));
try {
  await inspectBuild(join(dir, 'warm-up.ipa')).catch(() => undefined); // start the worker
  for (const [name, plist] of cases) {
    const path = join(dir, 'crafted.ipa');
    await writeFile(path, ipaWith(plist));
    const parse: number[] = [];
    const inspect: number[] = [];
    const stall: number[] = [];
    let outcome = '';
    for (let run = 0; run < RUNS; run++) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const started = performance.now();
      outcome = await inspectBuild(path).then(
        (info) => `read (${info.id})`,
        (err: Error) => err.message.replace(/^.*is too complex to read: /, 'refused: '),
      );
      inspect.push(performance.now() - started);
      loop.disable();
      stall.push(loop.max / 1e6);
    }
    // On this thread, after the worker runs: its garbage must not count as their stall.
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      try {
        await parsePlist(plist);
      } catch {
        // refused: that is the point
      }
      parse.push(performance.now() - started);
    }
    console.log(name);
    console.log(`  outcome                  ${outcome.slice(0, 90)}`);
    console.log(`  parse alone              ${median(parse).toFixed(1)} ms (median of ${RUNS})`);
    console.log(`  inspectBuild (worker)    ${median(inspect).toFixed(1)} ms`);
    console.log(`  longest main-loop stall  ${median(stall).toFixed(1)} ms`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
