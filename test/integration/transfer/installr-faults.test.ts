import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { updateSettings } from '../../../main/core/settings-store';
import { call, fastRetries, settle, startUpload, whenJob } from './upload-harness';
import { fixture } from '../../fixtures/index';

let harness: CoreHarness;
let installr: InstallrEmulator;
let dir: string;
let big: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-installr-'));
  big = join(dir, 'big-hello.apk');
  await writePaddedZip(fixture('android-plain.apk'), big, 64 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries({ stallMs: 1500 }) });
  installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
});
afterEach(() => harness.close());

const posts = () => installr.requests.filter((r) => r.method === 'POST' && r.path === '/apps.json');
/** The next upload POST is answered 429 Too Many Requests, Retry-After `seconds`. */
const refuseNextUpload429 = (seconds: number) =>
  installr.faults.failNext(1, {
    status: 429,
    headers: { 'retry-after': String(seconds) },
    pathIncludes: '/apps.json',
    method: 'POST',
  });
const buildCount = () => installr.account.apps.reduce((n, app) => n + app.builds.length, 0);

describe('Installr upload under faults', () => {
  it('retries after a 503 and delivers once', async () => {
    installr.faults.failNext(1, { status: 503, pathIncludes: '/apps.json', method: 'POST' });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'installr' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(posts()).toHaveLength(2);
    expect(installr.received).toHaveLength(1);
  });

  it('waits out 429 Retry-After before trying again', async () => {
    refuseNextUpload429(1);
    const { jobs } = await startUpload(harness.core, fixture('android-full.apk'), [
      { service: 'installr' },
    ]);
    const retrying = await whenJob(harness.core, (j) => j.attempt === 2);
    expect(retrying.note).toMatch(/Trying again in 1 s/);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
    const [first, second] = posts();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
  });

  it('holds every transfer to a service that answered 429, not only the refused one', async () => {
    refuseNextUpload429(2);
    const first = await startUpload(harness.core, fixture('android-full.apk'), [
      { service: 'installr' },
    ]);
    await whenJob(harness.core, (j) => j.id === first.jobs[0]!.id && j.attempt === 2);
    const refusedAt = posts()[0]!.at;
    const second = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'installr' },
    ]);
    const held = await whenJob(harness.core, (j) => j.id === second.jobs[0]!.id && !!j.note);
    expect(held.note).toMatch(/^Installr asked Dropship to slow down: starting in [1-3] s\.$/);
    const jobs = await settle(harness.core, [first.jobs[0]!.id, second.jobs[0]!.id]);
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done']);
    // Both later POSTs came after the pause Installr asked for.
    const later = posts().slice(1);
    expect(later).toHaveLength(2);
    for (const post of later) expect(post.at - refusedAt).toBeGreaterThanOrEqual(2000);
  });

  it('survives a dropped connection mid-body', async () => {
    installr.faults.dropConnectionAfter(4 * 1024 * 1024, '/apps.json', 'POST');
    const { jobs } = await startUpload(harness.core, big, [{ service: 'installr' }]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job?.error).toBeUndefined();
    expect(installr.received).toHaveLength(1);
    expect(installr.received[0]?.sha256).toBe(job?.result?.sha256);
  });

  it('fails at once with a clear message on 401, without retrying', async () => {
    await harness.vault.set('installr.t', 'wrong-token');
    updateSettings(harness.settings, (draft) => {
      draft.accounts.installr = [
        {
          kind: 'account',
          id: 't',
          name: 'Test',
          baseUrl: installr.url,
          label: 'test',
          auth: 'token',
        },
      ];
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'installr' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job?.error).toMatchObject({ code: 'unauthorized', service: 'installr' });
    expect(job?.error?.message).toMatch(/Installr did not accept the API token/);
    expect(job?.error?.message).not.toContain('wrong-token');
    // The lookup before the upload is refused already, so no byte of the build is sent.
    expect(posts()).toHaveLength(0);
  });

  it('cancels mid-transfer and leaves no build behind', async () => {
    const before = buildCount();
    installr.faults.latencyMs = 1500; // the server reads nothing for a while: bytes pile up
    const { jobs } = await startUpload(harness.core, big, [{ service: 'installr' }]);
    await whenJob(harness.core, (j) => j.state === 'uploading');
    const cancelled = await call<{ state: string }>(harness.core, 'uploads.cancel', {
      jobId: jobs[0]!.id,
    });
    expect(cancelled.state).toBe('cancelled');
    installr.faults.latencyMs = 0;
    await new Promise((r) => setTimeout(r, 1800));
    expect(buildCount()).toBe(before);
    expect(installr.received).toHaveLength(0);
  });

  it('detects a stall and starts again', async () => {
    installr.faults.latencyMs = 4000;
    const { jobs } = await startUpload(harness.core, big, [{ service: 'installr' }]);
    const retrying = await whenJob(harness.core, (j) => j.attempt === 2);
    expect(retrying.note).toMatch(/no progress/);
    installr.faults.latencyMs = 0;
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
  });
});
