/**
 * `npm run bench:faults [-- --n 200 --seed 42]`: a fault campaign. N deliveries (N/4 drops
 * to Installr, Test IO, Bitbar and Product Science at once) through the whole core into
 * the sandbox, each request of a delivery given random faults (seeded, printed): a body
 * dropped at a random byte; 500, 502 or 503; 429 with Retry-After; a lost answer (stored,
 * then the connection cut); a stall. Lookups, registrations, uploads and finalize all get
 * them, at most 2 faults per request (and per delivery, so the engine's 5 attempts can
 * absorb them).
 *
 * Each drop is a build of its own (its own name and size), so what the emulators stored
 * can be counted per delivery and checked byte for byte by SHA-256. Printed: delivered
 * once, not delivered, lost (reported delivered, not stored), corrupt (stored bytes differ),
 * duplicated (stored twice), misreported (stored, reported failed). Exits 1 unless every
 * delivery arrived exactly once, byte-exact.
 *
 * Test IO takes its storage route here (upload_url → S3 → finalize by id), which a retry
 * can repeat safely; its direct POST cannot be checked after a lost answer (the job then
 * warns of a possible second copy), see test/integration/transfer/lost-answers.test.ts.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { UploadJob, UploadTargetInput } from '../../shared/contract/uploads';
import { SERVICE_IDS, type ServiceId } from '../../shared/domain/services';
import { MemoryVault } from '../../main/core/accounts/vault';
import { createCore } from '../../main/core/create-core';
import { MemorySettingsStore } from '../../main/core/settings-store';
import { sandboxEndpoints, startSandbox, type Sandbox } from '../../main/sandbox';
import type { Faults } from '../../main/sandbox/framework/faults';
import { writePaddedZip } from '../fixtures/encode/pad-zip';
import { settle, startUpload } from '../integration/transfer/upload-harness';
import { fixture } from '../fixtures/index';
import { seeded, type Random } from './seeded-random';
import { countStored } from './stored-copies';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '200' }, seed: { type: 'string' } },
});
const deliveries = Math.max(4, Number(values.n) || 200);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000;
const random = seeded(seed);
const STALL_WINDOW_MS = 1_500;

type FaultKind = 'drop' | '5xx' | '429' | 'lost' | 'stall';

/** A request of a delivery that faults can hit, and what makes sense to do to it. */
interface Step {
  name: string;
  faults: () => Faults;
  method: string;
  pathIncludes?: string;
  kinds: FaultKind[];
}

function stepsOf(service: ServiceId, sandbox: Sandbox): Step[] {
  const api = () => sandbox.services[service]!.emulator.faults;
  const all: FaultKind[] = ['5xx', '429', 'stall', 'lost'];
  const upload: FaultKind[] = ['drop', '5xx', '429', 'stall', 'lost'];
  switch (service) {
    case 'installr':
      return [
        { name: 'apps lookup', faults: api, method: 'GET', pathIncludes: 'apps.json', kinds: all },
        { name: 'upload', faults: api, method: 'POST', pathIncludes: 'apps.json', kinds: upload },
      ];
    case 'testio':
      return [
        { name: 'upload_url', faults: api, method: 'GET', pathIncludes: 'upload_url', kinds: all },
        { name: 'S3 POST', faults: () => sandbox.storage.s3.faults, method: 'POST', kinds: upload },
        { name: 'finalize', faults: api, method: 'PUT', pathIncludes: 'binary_apps/', kinds: all },
      ];
    case 'bitbar':
      return [
        {
          name: 'project lookup',
          faults: api,
          method: 'GET',
          pathIncludes: '/me/projects',
          kinds: all,
        },
        { name: 'upload', faults: api, method: 'POST', pathIncludes: '/files/', kinds: upload },
      ];
    case 'productscience':
      return [
        {
          name: 'build-uploads',
          faults: api,
          method: 'POST',
          pathIncludes: 'build-uploads',
          kinds: all,
        },
        { name: 'builds', faults: api, method: 'POST', pathIncludes: '/builds', kinds: all },
        { name: 'GCS PUT', faults: () => sandbox.storage.gcs.faults, method: 'PUT', kinds: upload },
      ];
  }
}

/** Arms 0–2 faults on the steps of one delivery; returns what was armed, for the log. */
function armFaults(steps: Step[], fileSize: number, rng: Random): string[] {
  const armed: string[] = [];
  const count = rng.int(3); // 0, 1 or 2
  for (let i = 0; i < count; i++) {
    const step = rng.pick(steps);
    const kind = rng.pick(step.kinds);
    const match = {
      method: step.method,
      ...(step.pathIncludes ? { pathIncludes: step.pathIncludes } : {}),
    };
    const faults = step.faults();
    switch (kind) {
      case 'drop': {
        const at = rng.int(fileSize);
        faults.dropConnectionAfter(at, step.pathIncludes, step.method);
        armed.push(`${step.name}: dropped at byte ${at}`);
        break;
      }
      case '5xx': {
        const status = rng.pick([500, 502, 503]);
        faults.failNext(1, { status, ...match });
        armed.push(`${step.name}: ${status}`);
        break;
      }
      case '429':
        faults.failNext(1, { status: 429, headers: { 'retry-after': '1' }, ...match });
        armed.push(`${step.name}: 429, Retry-After 1`);
        break;
      case 'lost':
        faults.loseAnswerNext(1, match);
        armed.push(`${step.name}: answer lost`);
        break;
      case 'stall': {
        const ms = 200 + rng.int(2_500);
        faults.stallNext(ms, match);
        armed.push(`${step.name}: stalled ${ms} ms`);
        break;
      }
    }
  }
  return armed;
}

/** The fault's kind from its log line ("upload: 502" → "5xx"). */
function faultKind(line: string): string {
  if (line.includes('dropped')) return 'body dropped';
  if (line.includes('429')) return '429';
  if (line.includes('lost')) return 'answer lost';
  if (line.includes('stalled')) return 'stall';
  return '5xx';
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

type Outcome =
  'delivered once' | 'not delivered' | 'lost' | 'corrupt' | 'duplicated' | 'misreported';

function classify(job: UploadJob, stored: { exact: number; other: number }, sha: string): Outcome {
  if (stored.other > 0) return 'corrupt';
  if (stored.exact > 1) return 'duplicated';
  if (job.state === 'done') {
    if (stored.exact === 0) return 'lost';
    return job.result?.sha256 === sha ? 'delivered once' : 'misreported';
  }
  return stored.exact === 0 ? 'not delivered' : 'misreported';
}

async function main(): Promise<number> {
  const drops = Math.ceil(deliveries / 4);
  console.log(
    `Fault campaign: ${drops * 4} deliveries (${drops} drops × 4 services), seed ${seed}`,
  );
  const dir = await mkdtemp(join(tmpdir(), 'dropship-faults-'));
  const sandbox = await startSandbox();
  const core = createCore({
    settings: new MemorySettingsStore({ uploads: { testioDirectUploadLimit: 1 } }),
    vault: new MemoryVault(),
    sandbox: sandboxEndpoints(sandbox),
    dataDir: dir,
    // The engine's policy with short waits, so a campaign takes minutes, not hours.
    uploads: {
      policy: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 60_000 },
      stallMs: STALL_WINDOW_MS,
    },
  });
  const counts = new Map<Outcome, number>();
  const problems: string[] = [];
  const byKind = new Map<string, number>();
  let fired = 0;
  const started = Date.now();
  try {
    for (let d = 0; d < drops; d++) {
      const file = join(dir, `bench-${d}.apk`);
      await writePaddedZip(fixture('android-plain.apk'), file, 256 * 1024 + random.int(768 * 1024));
      const sha = await sha256(file);
      const armed = new Map<ServiceId, string[]>();
      const { size } = await stat(file);
      for (const service of SERVICE_IDS) {
        armed.set(service, armFaults(stepsOf(service, sandbox), size, random));
      }
      const targets: UploadTargetInput[] = [
        { service: 'installr' },
        { service: 'testio' },
        { service: 'bitbar', project: { kind: 'named', name: 'Movies app (Android)' } },
        { service: 'productscience', projectName: 'demo-android' },
      ];
      const { jobs } = await startUpload(core, file, targets);
      const settled = await settle(
        core,
        jobs.map((j) => j.id),
      );
      for (const job of settled) {
        const stored = countStored(sandbox, job.service, `bench-${d}.apk`, sha);
        const outcome = classify(job, stored, sha);
        counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
        if (outcome !== 'delivered once') {
          problems.push(
            `drop ${d} ${job.service}: ${outcome} (${job.state}, attempt ${job.attempt}` +
              `${job.error ? `, ${job.error.message}` : ''}) after [${armed.get(job.service)!.join('; ')}]`,
          );
        }
      }
      // Faults armed for a request that never came (a delivery that stopped early) go.
      const switches = [
        ...SERVICE_IDS.map((service) => sandbox.services[service]!.emulator.faults),
        sandbox.storage.s3.faults,
        sandbox.storage.gcs.faults,
      ];
      const armedNow = [...armed.values()].flat();
      fired += armedNow.length - switches.reduce((sum, f) => sum + f.waiting, 0);
      for (const line of armedNow) {
        const kind = faultKind(line);
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
      for (const faults of switches) faults.reset();
      if ((d + 1) % 5 === 0) console.log(`  ${(d + 1) * 4} deliveries done`);
      await rm(file, { force: true });
    }
  } finally {
    await core.dispose();
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
  const total = drops * 4;
  console.log(`\nAfter ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed}):`);
  const outcomes: Outcome[] = [
    'delivered once',
    'not delivered',
    'lost',
    'corrupt',
    'duplicated',
    'misreported',
  ];
  for (const outcome of outcomes) {
    console.log(`  ${outcome.padEnd(15)} ${counts.get(outcome) ?? 0}`);
  }
  for (const line of problems) console.log(`  - ${line}`);
  const armedTotal = [...byKind.values()].reduce((a, b) => a + b, 0);
  const kinds = [...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ');
  console.log(`Faults: ${armedTotal} armed (${kinds}); ${fired} hit a request.`);
  const once = counts.get('delivered once') ?? 0;
  const ok = once === total;
  console.log(
    `\nTarget: ${total}/${total} delivered exactly once, byte-exact — ${ok ? 'met' : 'NOT met'} (${once}/${total}).`,
  );
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
