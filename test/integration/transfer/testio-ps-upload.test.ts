import { mkdtemp, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import type { ProductScienceEmulator } from '../../../main/sandbox/productscience/emulator';
import { call, fastRetries, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures/index';

let harness: CoreHarness;
let dir: string;
let large: string;
let medium: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-testio-'));
  large = join(dir, 'Large Build.apk');
  await writePaddedZip(fixture('android-plain.apk'), large, 12 * 1024 * 1024);
  // Big enough that its last bytes are surely written before the server reads that far.
  medium = join(dir, 'Medium Build.apk');
  await writePaddedZip(fixture('android-plain.apk'), medium, 2 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  // A small threshold so the large (presigned) path runs with a 12 MB build.
  harness = await startCoreHarness({
    settings: { uploads: { testioDirectUploadLimit: 4_000_000 } },
    uploads: fastRetries(),
  });
});
afterEach(() => harness.close());

const testio = () => harness.sandbox.services.testio!.emulator;
const s3 = () => harness.sandbox.storage.s3;
const gcs = () => harness.sandbox.storage.gcs;
const ps = () => harness.sandbox.services.productscience!.emulator as ProductScienceEmulator;

describe('Test IO binary apps', () => {
  it('sends a small build directly with POST /binary_apps', async () => {
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'testio' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
    expect(testio().received.at(-1)?.sha256).toBe(job?.result?.sha256);
    expect(testio().requests.some((r) => r.path.endsWith('/binary_apps/upload_url'))).toBe(false);
    expect(job?.result?.headline).toBe('android-plain.apk is on Test IO');
    const labels = job?.result?.details.map((d) => d.label);
    expect(labels).not.toContain('Route');
    expect(labels).not.toContain('Binary app id');
  });

  it('sends a large build through the presigned S3 POST and finalizes it', async () => {
    const { jobs } = await startUpload(harness.core, large, [{ service: 'testio' }]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
    const object = [...s3().objects.values()].at(-1);
    expect(object?.key).toMatch(/^uploads\/binary_app\/package\/\d+\/Large Build\.apk$/);
    expect(object?.sha256).toBe(job?.result?.sha256);
    const details = Object.fromEntries(job!.result!.details.map((d) => [d.label, d.value]));
    expect(details.Bundle).toBe('com.dropship.hello 1.0');
    expect(details.Status).toMatch(/New/);
    const put = testio().requests.find((r) => r.method === 'PUT');
    expect(put?.headers['content-type']).toMatch(/application\/json/);
  });

  it('asks for a fresh presigned POST when the first one expired', async () => {
    const stop = harness.core.ctx.events.subscribe((name, payload) => {
      const job = payload as { state: string; attempt: number };
      if (name !== 'uploads.job') return;
      if (job.state === 'uploading' && job.attempt === 1) s3().clock.advance(2 * 3600_000);
      if (job.attempt === 2) s3().clock.reset();
    });
    const { jobs } = await startUpload(harness.core, large, [{ service: 'testio' }]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    stop();
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    const urlRequests = testio().requests.filter((r) => r.path.endsWith('/binary_apps/upload_url'));
    expect(urlRequests).toHaveLength(2);
  });

  it('finalizes again, without a second S3 upload, when finalize hits a 503', async () => {
    let armed = false;
    const stop = harness.core.ctx.events.subscribe((name, payload) => {
      // Armed once the file is at S3: the next Test IO request is the finalize PUT.
      if (name !== 'uploads.job' || armed || (payload as { state: string }).state !== 'finalizing')
        return;
      armed = true;
      testio().faults.failNext(1, { status: 503, pathIncludes: '/binary_apps/' });
    });
    const { jobs } = await startUpload(harness.core, large, [{ service: 'testio' }]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    stop();
    // One retry policy: the job tries again (finalize only, by id); the client does not.
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    const requests = testio().requests;
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
    expect(requests.filter((r) => r.path.endsWith('/upload_url'))).toHaveLength(1);
    expect(s3().objects.size).toBe(1);
  });

  it('refuses a disallowed extension and a file over 1 GB before sending a byte', async () => {
    await expect(
      startUpload(harness.core, fixture('android-bundle.aab'), [{ service: 'testio' }]),
    ).rejects.toMatchObject({
      code: 'unsupported_file',
      fields: { testio: expect.stringMatching(/\.aab/) },
    });
    const huge = join(dir, 'huge.apk');
    await writeFile(huge, '');
    await truncate(huge, 1024 ** 3 + 1); // sparse: costs no disk
    await expect(startUpload(harness.core, huge, [{ service: 'testio' }])).rejects.toMatchObject({
      message: expect.stringMatching(/up to 1 GB/),
    });
    expect(testio().requests.filter((r) => r.path.includes('binary_apps'))).toHaveLength(0);
  });

  it('warns of a possible duplicate when the direct upload may have arrived', async () => {
    // The connection dies once the whole file is in: Test IO may have kept it, and its
    // API cannot be asked, so the retry goes ahead and the job says so.
    testio().faults.dropConnectionAfter((await stat(medium)).size, '/binary_apps');
    const { jobs } = await startUpload(harness.core, medium, [{ service: 'testio' }]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job?.warning).toMatch(/cannot be asked whether the first attempt arrived/);
  });

  it('shows Test IO’s own 422 words', async () => {
    testio().faults.failNext(1, {
      status: 422,
      body: { error: 'Validation failed: File size exceeds the maximum allowed size of 1GB' },
      pathIncludes: '/binary_apps',
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'testio' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('failed');
    expect(job?.error?.message).toMatch(
      /Test IO refused to upload the binary app: file size exceeds/i,
    );
  });
});

describe('Product Science builds', () => {
  it('registers the build with its metadata and PUTs the file to uploadSpec', async () => {
    const commit = await call<{ commitId: string; isoTimestamp: string }>(
      harness.core,
      'uploads.gitCommit',
      {
        folder: process.cwd(),
      },
    );
    expect(commit.commitId).toMatch(/^[0-9a-f]{40}$/);
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      {
        service: 'productscience',
        projectName: 'demo-android',
        description: 'Nightly',
        sourceControlId: commit.commitId,
        sourceControlIsoTimestamp: commit.isoTimestamp,
      },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
    const build = ps().build(Number(job?.result?.remoteId));
    expect(build).toMatchObject({
      name: '1.0', // prefilled from the build's version
      buildType: 'APK',
      buildFileName: 'android-plain.apk',
      sourceControlId: commit.commitId,
      uploadState: 'FINISHED',
    });
    expect(build?.file?.sha256).toBe(job?.result?.sha256);
    const details = Object.fromEntries(job!.result!.details.map((d) => [d.label, d.value]));
    // No upload-state jargon, no internal build id.
    expect(details['Upload state']).toBeUndefined();
    expect(details['Build']).toBe('1.0');
    expect(job?.result?.headline).toBe('1.0 is on Product Science');
  });

  it('gets a new build and URL when the signed URL expired, and says what happened', async () => {
    const stop = harness.core.ctx.events.subscribe((name, payload) => {
      const job = payload as { state: string; attempt: number };
      if (name !== 'uploads.job') return;
      if (job.state === 'uploading' && job.attempt === 1) gcs().clock.advance(2 * 3600_000);
      if (job.attempt === 2) gcs().clock.reset();
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'productscience', projectName: 'demo-android' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    stop();
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job?.warning).toMatch(/has no file/);
    expect(
      ps()
        .builds()
        .map((b) => b.uploadState),
    ).toEqual(['FAILED', 'FINISHED']);
  });

  it('fails clearly for an unknown project, without retrying', async () => {
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'productscience', projectName: 'nope' },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'failed', attempt: 1 });
    expect(job?.error?.message).toMatch(/no project “nope”/);
  });
});
