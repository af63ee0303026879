import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import type { UploadTargetInput } from '../../../shared/contract/uploads';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import { updateSettings } from '../../../main/core/settings-store';
import { fastRetries, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures/index';

/** Each service's lookups and registrations run inside its own job, under the retry policy. */
let harness: CoreHarness;

beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries() });
});
afterEach(() => harness.close());

const bitbar = () => harness.sandbox.services.bitbar!.emulator;
const ps = () => harness.sandbox.services.productscience!.emulator;
const testio = () => harness.sandbox.services.testio!.emulator;
const installr = () => harness.sandbox.services.installr!.emulator;

const fourServices: UploadTargetInput[] = [
  { service: 'installr' },
  { service: 'testio' },
  { service: 'bitbar', project: { kind: 'named', name: 'Movies app (Android)' } },
  { service: 'productscience', projectName: 'demo-android' },
];

async function deliverToAll() {
  const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), fourServices);
  const settled = await settle(
    harness.core,
    jobs.map((j) => j.id),
  );
  return Object.fromEntries(settled.map((job) => [job.service, job]));
}

const projectLookup = { method: 'GET', pathIncludes: '/v2/me/projects' };

describe('one service failing never stops another', () => {
  it('retries a 502 on the Bitbar project lookup inside Bitbar’s job', async () => {
    bitbar().faults.failNext(1, { status: 502, ...projectLookup });
    const jobs = await deliverToAll();
    for (const job of Object.values(jobs)) expect(job.state).toBe('done');
    expect(jobs.bitbar).toMatchObject({ attempt: 2 });
    expect(jobs.bitbar?.result?.headline).toMatch(/of Movies app \(Android\) on Bitbar/);
  });

  it('honours a 429 with Retry-After on the lookup', async () => {
    bitbar().faults.failNext(1, { status: 429, headers: { 'retry-after': '1' }, ...projectLookup });
    const started = Date.now();
    const jobs = await deliverToAll();
    expect(jobs.bitbar).toMatchObject({ state: 'done', attempt: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('fails Bitbar alone when its lookup keeps failing; the other three deliver', async () => {
    bitbar().faults.failNext(10, { status: 503, ...projectLookup });
    const jobs = await deliverToAll();
    expect(jobs.bitbar).toMatchObject({ state: 'failed', attempt: 4 });
    for (const service of ['installr', 'testio', 'productscience']) {
      expect(jobs[service]?.state).toBe('done');
    }
  });

  it('does not retry a final 4xx on the lookup, and still delivers the rest', async () => {
    bitbar().faults.failNext(1, { status: 403, ...projectLookup });
    const jobs = await deliverToAll();
    expect(jobs.bitbar).toMatchObject({ state: 'failed', attempt: 1 });
    expect(Object.values(jobs).filter((j) => j.state === 'done')).toHaveLength(3);
  });

  it('an unknown project name fails Bitbar only, in plain words', async () => {
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'installr' },
      { service: 'bitbar', project: { kind: 'named', name: 'No such project' } },
    ]);
    const [installr, bb] = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    expect(installr?.state).toBe('done');
    expect(bb).toMatchObject({ state: 'failed', attempt: 1 });
    expect(bb?.error?.message).toMatch(/no project named “No such project”/);
  });

  it('retries registrations: Product Science build-uploads and builds, Test IO upload_url', async () => {
    ps().faults.failNext(1, { status: 503, pathIncludes: '/build-uploads' });
    ps().faults.failNext(1, { status: 500, method: 'POST', pathIncludes: '/builds' });
    // The direct POST fails; its retry goes through storage, whose upload_url fails once.
    testio().faults.failNext(1, { status: 502, method: 'POST', pathIncludes: '/binary_apps' });
    testio().faults.failNext(1, { status: 503, pathIncludes: '/binary_apps/upload_url' });
    const jobs = await deliverToAll();
    for (const job of Object.values(jobs)) expect(job.state).toBe('done');
    expect(jobs.productscience?.attempt).toBe(3);
    expect(jobs.testio?.attempt).toBe(3);
    expect(testio().requests.filter((r) => r.path.endsWith('/upload_url'))).toHaveLength(2);
  });

  it('a service waiting to retry lets another use its transfer slot', async () => {
    updateSettings(harness.settings, (draft) => {
      draft.uploads.maxConcurrentTransfers = 1;
    });
    const movies = [...(bitbar() as BitbarEmulator).bitbar.state.projects.values()].find(
      (p) => p.name === 'Movies app (Android)',
    )!;
    bitbar().faults.failNext(1, {
      status: 429,
      headers: { 'retry-after': '2' },
      method: 'POST',
      pathIncludes: '/files/',
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      { service: 'bitbar', project: { kind: 'existing', id: movies.id, name: movies.name } },
      { service: 'installr' },
    ]);
    const settled = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    expect(settled.map((j) => j.state)).toEqual(['done', 'done']);
    const installrPost = installr().requests.find((r) => r.method === 'POST')!;
    const bitbarPosts = bitbar().requests.filter((r) => r.method === 'POST');
    expect(bitbarPosts).toHaveLength(2);
    // Installr went while Bitbar waited out its Retry-After, not after it.
    expect(installrPost.at).toBeLessThan(bitbarPosts[1]!.at);
  });
});
