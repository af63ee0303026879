import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { createCore } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { sandboxEndpoints, startSandbox, type Sandbox } from '../../../main/sandbox';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import type { ProductScienceEmulator } from '../../../main/sandbox/productscience/emulator';
import type { TestioEmulator } from '../../../main/sandbox/testio/emulator';
import type { UploadTargetInput } from '../../../shared/contract/uploads';
import type { JobRecord } from '../../../main/core/transfer/job-store';
import { crashSettings } from './crash-settings';
import { fastRetries, settle } from './upload-harness';
import { fixture } from '../../fixtures/index';

let dir: string;
let big: string;
let sandbox: Sandbox;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-sigkill-'));
  big = join(dir, 'big-hello.apk');
  await writePaddedZip(fixture('android-plain.apk'), big, 40 * 1024 * 1024);
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

const stallMs = 3_000;

/** Holds each service's upload request so the kill lands while every upload is in flight. */
function holdUploads(): void {
  const { installr, bitbar } = sandbox.services;
  installr!.emulator.faults.stallNext(stallMs, { method: 'POST', pathIncludes: 'apps.json' });
  bitbar!.emulator.faults.stallNext(stallMs, { method: 'POST', pathIncludes: '/files/' });
  sandbox.storage.s3.faults.stallNext(stallMs, { method: 'POST' });
  sandbox.storage.gcs.faults.stallNext(stallMs, { method: 'PUT' });
}

/** Runs the core in a child process and SIGKILLs it once all its uploads are sending. */
async function runAndKill(dataDir: string, targets: UploadTargetInput[]): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/integration/transfer/crash-child.ts',
      dataDir,
      big,
      JSON.stringify(sandboxEndpoints(sandbox)),
      JSON.stringify(targets),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.once('exit', (_code, signal) => done(signal)),
  );
  const uploading = new Set<string>();
  for await (const line of createInterface({ input: child.stdout })) {
    const event = JSON.parse(line) as { id: string; state: string };
    if (event.state === 'uploading') uploading.add(event.id);
    if (uploading.size === targets.length) break;
  }
  // Let bytes flow into the held requests for a moment, then pull the plug.
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return [...uploading];
}

describe('a SIGKILL mid-upload', () => {
  it('resumes every job on the next start: nothing lost, nothing sent twice', async () => {
    const movies = [
      ...(sandbox.services.bitbar!.emulator as BitbarEmulator).bitbar.state.projects.values(),
    ].find((p) => p.name === 'Movies app (Android)')!;
    const targets: UploadTargetInput[] = [
      { service: 'installr' },
      { service: 'testio' },
      { service: 'bitbar', project: { kind: 'existing', id: movies.id, name: movies.name } },
      { service: 'productscience', projectName: 'demo-android' },
    ];
    const dataDir = await mkdtemp(join(dir, 'data-'));
    holdUploads();
    const ids = await runAndKill(dataDir, targets);

    // What the killed process left on disk: a whole list, every job still pending.
    const onDisk = JSON.parse(await readFile(join(dataDir, 'uploads', 'jobs.json'), 'utf8')) as {
      jobs: JobRecord[];
    };
    expect(onDisk.jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
    expect(onDisk.jobs.every((j) => !['done', 'failed', 'cancelled'].includes(j.state))).toBe(true);

    // Whatever the held requests do with their cut-off bodies happens before the restart.
    await new Promise((r) => setTimeout(r, stallMs + 500));
    const core = createCore({
      settings: new MemorySettingsStore(crashSettings),
      vault: new MemoryVault(),
      sandbox: sandboxEndpoints(sandbox),
      dataDir,
      uploads: fastRetries(),
    });
    try {
      const jobs = await settle(core, ids);
      for (const job of jobs) {
        expect(job, job.service).toMatchObject({ state: 'done', resumed: true });
      }
      const sha = jobs[0]!.result!.sha256;
      const bySha = (files: { sha256: string }[]) => files.filter((f) => f.sha256 === sha);
      const { installr, bitbar, testio, productscience } = sandbox.services;
      expect(bySha(installr!.emulator.received)).toHaveLength(1);
      expect(bySha(bitbar!.emulator.received)).toHaveLength(1);
      expect(bySha([...sandbox.storage.s3.objects.values()])).toHaveLength(1);
      const apps = [...(testio!.emulator as TestioEmulator).state.binaryApps.values()];
      expect(apps.filter((a) => a.status === 'new')).toHaveLength(1);
      const builds = (productscience!.emulator as ProductScienceEmulator).builds();
      expect(builds.filter((b) => b.file?.sha256 === sha)).toHaveLength(1);
      // Its signed URL died with the process: a new build, and words for the earlier one.
      const ps = jobs.find((j) => j.service === 'productscience');
      expect(ps?.warning).toMatch(/may also hold this build, if its upload arrived/);
    } finally {
      await core.dispose();
    }
  }, 90_000);
});
