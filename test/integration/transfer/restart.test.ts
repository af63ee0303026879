import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHarness } from '../../support/core-harness';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { MemoryVault } from '../../../main/core/accounts/vault';
import { createCore } from '../../../main/core/create-core';
import { MemorySettingsStore } from '../../../main/core/settings-store';
import { sandboxEndpoints } from '../../../main/sandbox';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import type { JobRecord } from '../../../main/core/transfer/job-store';
import { fastRetries, settle, startUpload, whenJob, call } from './upload-harness';
import { fixture } from '../../fixtures/index';
import type { UploadJob } from '../../../shared/contract/uploads';

let dir: string;
let big: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-restart-'));
  big = join(dir, 'big-hello.apk');
  await writePaddedZip(fixture('android-plain.apk'), big, 48 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('uploads across a restart', () => {
  it('a second core over the same dataDir shows and resumes pending jobs', async () => {
    const dataDir = await mkdtemp(join(dir, 'data-'));
    const first = await startCoreHarness({ dataDir });
    const installr = first.sandbox.services.installr!.emulator as InstallrEmulator;
    installr.faults.latencyMs = 2500; // keep the upload pending while we "quit"
    const { jobs } = await startUpload(first.core, big, [{ service: 'installr' }]);
    await whenJob(first.core, (j) => j.state === 'uploading');
    await first.close(); // the app quits mid-upload: stopped, not cancelled

    const second = await startCoreHarness({ dataDir, uploads: fastRetries() });
    try {
      const listed = await call<UploadJob[]>(second.core, 'uploads.list');
      expect(listed.find((j) => j.id === jobs[0]!.id)).toMatchObject({ resumed: true });
      const [job] = await settle(second.core, [jobs[0]!.id]);
      expect(job).toMatchObject({ state: 'done', resumed: true });
      const received = (second.sandbox.services.installr!.emulator as InstallrEmulator).received;
      expect(received).toHaveLength(1);
      expect(received[0]?.sha256).toBe(job?.result?.sha256);
    } finally {
      await second.close();
    }
  });

  it('does not upload twice when the last byte went out before the app stopped', async () => {
    const dataDir = await mkdtemp(join(dir, 'data-'));
    const first = await startCoreHarness({ dataDir });
    const installr = first.sandbox.services.installr!.emulator as InstallrEmulator;
    try {
      const { jobs } = await startUpload(first.core, fixture('android-full.apk'), [
        { service: 'installr' },
      ]);
      await settle(first.core, [jobs[0]!.id]);
      await first.core.dispose();
      expect(installr.received).toHaveLength(1);

      // Rewrite the saved job as it stood just after its last byte: Installr created the
      // build, but the answer never arrived.
      const file = join(dataDir, 'uploads', 'jobs.json');
      const stored = JSON.parse(await readFile(file, 'utf8')) as { jobs: JobRecord[] };
      const job = stored.jobs[0]!;
      job.state = 'finalizing';
      job.saved = { ...job.saved, sending: true, landed: true };
      delete job.result;
      await writeFile(file, JSON.stringify(stored));

      const core = createCore({
        settings: new MemorySettingsStore(),
        vault: new MemoryVault(),
        sandbox: sandboxEndpoints(first.sandbox),
        dataDir,
      });
      try {
        const [resumed] = await settle(core, [job.id]);
        expect(resumed).toMatchObject({ state: 'done', resumed: true });
        expect(resumed?.note).toMatch(/already delivered/);
        expect(resumed?.result?.remoteId).toBeTruthy();
        expect(installr.received).toHaveLength(1);
      } finally {
        await core.dispose();
      }
    } finally {
      await first.close();
    }
  });
});

describe('a large Installr upload', () => {
  it('sends 200 MB+ from disk and the sandbox confirms its SHA-256', async () => {
    const path = join(dir, 'huge.apk');
    await writePaddedZip(fixture('android-plain.apk'), path, 210 * 1024 * 1024);
    const harness = await startCoreHarness();
    try {
      const { jobs } = await startUpload(harness.core, path, [{ service: 'installr' }]);
      const [job] = await settle(harness.core, [jobs[0]!.id]);
      expect(job?.state).toBe('done');
      const received = (harness.sandbox.services.installr!.emulator as InstallrEmulator)
        .received[0];
      expect(received?.size).toBe(job?.fileSize);
      expect(received?.size).toBeGreaterThan(200 * 1024 * 1024);
      expect(received?.sha256).toBe(job?.result?.sha256);
    } finally {
      await harness.close();
    }
  }, 120_000);
});
