import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import type { ProductScienceEmulator } from '../../../main/sandbox/productscience/emulator';
import type { TestioEmulator } from '../../../main/sandbox/testio/emulator';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { fastRetries, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures/index';

/**
 * "Stored, but the answer is lost": the server keeps the upload and cuts the connection.
 * Each service must end with the build exactly once, counted in the emulator's own state.
 */
let harness: CoreHarness;
let dir: string;
let large: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-lost-'));
  large = join(dir, 'Large Build.apk');
  await writePaddedZip(fixture('android-plain.apk'), large, 6 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harness = await startCoreHarness({
    settings: { uploads: { testioDirectUploadLimit: 4_000_000 } },
    uploads: fastRetries(),
  });
});
afterEach(() => harness.close());

const services = () => harness.sandbox.services;
const bitbar = () => services().bitbar!.emulator as BitbarEmulator;
const installr = () => services().installr!.emulator as InstallrEmulator;
const testio = () => services().testio!.emulator as TestioEmulator;
const ps = () => services().productscience!.emulator as ProductScienceEmulator;
const { s3, gcs } = {
  s3: () => harness.sandbox.storage.s3,
  gcs: () => harness.sandbox.storage.gcs,
};

async function deliver(path: string, target: Parameters<typeof startUpload>[2][number]) {
  const { jobs } = await startUpload(harness.core, path, [target]);
  const [job] = await settle(harness.core, [jobs[0]!.id]);
  return job!;
}

describe('a lost answer never duplicates a delivery', () => {
  it('Bitbar: reads the project file back instead of sending it again', async () => {
    const movies = [...bitbar().bitbar.state.projects.values()].find(
      (p) => p.name === 'Movies app (Android)',
    )!;
    bitbar().faults.loseAnswerNext(1, { method: 'POST', pathIncludes: '/files/application' });
    const job = await deliver(fixture('android-plain.apk'), {
      service: 'bitbar',
      project: { kind: 'existing', id: movies.id, name: movies.name },
      fileKind: 'application',
    });
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job.note).toMatch(/already delivered/);
    const posts = bitbar().received.filter((f) => f.sha256 === job.result?.sha256);
    expect(posts).toHaveLength(1);
    expect(bitbar().bitbar.state.files.get(movies.id)?.application?.sha256).toBe(
      job.result?.sha256,
    );
  });

  it('Installr: finds the build it already made', async () => {
    installr().faults.loseAnswerNext(1, { method: 'POST', pathIncludes: 'apps.json' });
    const job = await deliver(fixture('android-plain.apk'), {
      service: 'installr',
      releaseNotes: 'once',
    });
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(installr().received.filter((f) => f.sha256 === job.result?.sha256)).toHaveLength(1);
  });

  it('Product Science: PUTs again to the same build and object', async () => {
    gcs().faults.loseAnswerNext(1, { method: 'PUT' });
    const job = await deliver(fixture('android-plain.apk'), {
      service: 'productscience',
      projectName: 'demo-android',
    });
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job.warning).toBeUndefined();
    expect(ps().builds()).toHaveLength(1);
    expect(ps().builds()[0]).toMatchObject({ uploadState: 'FINISHED' });
    expect(gcs().objects.size).toBe(1);
    expect(ps().requests.filter((r) => r.path.endsWith('/builds'))).toHaveLength(1);
  });

  it('Test IO storage route: the same key again, then one finalize by id', async () => {
    s3().faults.loseAnswerNext(1, { method: 'POST' });
    testio().faults.loseAnswerNext(1, { method: 'PUT', pathIncludes: '/binary_apps/' });
    const job = await deliver(large, { service: 'testio' });
    expect(job).toMatchObject({ state: 'done' });
    expect(job.warning).toBeUndefined();
    expect(testio().state.binaryApps.size).toBe(1);
    expect([...testio().state.binaryApps.values()][0]?.status).toBe('new');
    expect(s3().objects.size).toBe(1);
    const asked = testio().requests.filter((r) => r.path.endsWith('/binary_apps/upload_url'));
    expect(asked).toHaveLength(1);
  });

  it('Test IO direct route: retries through storage and says it may hold two copies', async () => {
    testio().faults.loseAnswerNext(1, { method: 'POST', pathIncludes: '/binary_apps' });
    const job = await deliver(fixture('android-plain.apk'), { service: 'testio' });
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(job.warning).toMatch(/twice/);
    const sources = [...testio().state.binaryApps.values()].map((a) => a.source);
    expect(sources).toEqual(['direct', 'presigned']);
    expect(
      testio().requests.filter((r) => r.method === 'POST' && /binary_apps$/.test(r.path)),
    ).toHaveLength(1);
  });
});
