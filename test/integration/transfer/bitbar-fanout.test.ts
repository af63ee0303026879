import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import type { BitbarEmulator } from '../../../main/sandbox/bitbar/emulator';
import { updateSettings } from '../../../main/core/settings-store';
import type { UploadJob, UploadTarget } from '../../../shared/contract/uploads';
import { call, fastRetries, recordEvents, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures/index';

let harness: CoreHarness;
let dir: string;
let medium: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-fanout-'));
  medium = join(dir, 'hello-medium.apk');
  await writePaddedZip(fixture('android-plain.apk'), medium, 16 * 1024 * 1024);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries() });
});
afterEach(() => harness.close());

const bitbar = () => harness.sandbox.services.bitbar!.emulator as BitbarEmulator;
const project = (name: string) =>
  [...bitbar().bitbar.state.projects.values()].find((p) => p.name === name)!;

describe('Bitbar project files', () => {
  it('uploads an application with the API key and shows the returned file object', async () => {
    const movies = project('Movies app (Android)');
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), [
      {
        service: 'bitbar',
        project: { kind: 'existing', id: movies.id, name: movies.name },
        fileKind: 'application',
      },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job?.state).toBe('done');
    const stored = bitbar().bitbar.state.files.get(movies.id)?.application;
    expect(stored?.originalName).toBe('android-plain.apk');
    expect(stored?.sha256).toBe(job?.result?.sha256);
    expect(job?.result?.remoteId).toBe(String(stored?.id));
    const details = Object.fromEntries(job!.result!.details.map((d) => [d.label, d.value]));
    expect(details).toMatchObject({ Name: 'android-plain.apk' });
    // No internal file id, and no second size format beside "1.7 MB sent".
    expect(details['File id']).toBeUndefined();
    expect(details['Size on Bitbar']).toBeUndefined();
    expect(details['Project']).not.toMatch(/\(id \d+\)/);
    // A time a person reads, not an epoch or an ISO string.
    expect(details['Uploaded']).toMatch(/20\d\d/);
    expect(details['Uploaded']).not.toMatch(/T\d\d:|^\d+$/);
    const post = bitbar().requests.find(
      (r) => r.method === 'POST' && r.path.endsWith('/files/application'),
    );
    const basic = Buffer.from(`${bitbar().demoApiKey}:`).toString('base64');
    expect(post?.headers.authorization).toBe(`Basic ${basic}`);
    expect(post?.headers.accept).toBe('application/json');
  });

  it('creates the new project once, even when the upload is retried', async () => {
    const before = bitbar().bitbar.state.projects.size;
    bitbar().faults.failNext(1, { status: 503, pathIncludes: '/files/test' });
    const { jobs } = await startUpload(harness.core, fixture('android-full-v2.apk'), [
      {
        service: 'bitbar',
        project: { kind: 'new', name: 'Dropship CI', type: 'ANDROID' },
        fileKind: 'test',
      },
    ]);
    const [job] = await settle(harness.core, [jobs[0]!.id]);
    expect(job).toMatchObject({ state: 'done', attempt: 2 });
    expect(bitbar().bitbar.state.projects.size).toBe(before + 1);
    expect(project('Dropship CI')).toBeDefined();
  });

  it('refuses an .apk as a data file before sending anything', async () => {
    const movies = project('Movies app (Android)');
    await expect(
      startUpload(harness.core, fixture('android-plain.apk'), [
        {
          service: 'bitbar',
          project: { kind: 'existing', id: movies.id, name: movies.name },
          fileKind: 'data',
        },
      ]),
    ).rejects.toMatchObject({ code: 'unsupported_file', message: expect.stringMatching(/\.zip/) });
  });
});

describe('fan-out: one drop, four services', () => {
  const everywhere = () => {
    const movies = project('Movies app (Android)');
    return [
      { service: 'installr' as const, releaseNotes: 'Fan-out' },
      { service: 'testio' as const },
      {
        service: 'bitbar' as const,
        project: { kind: 'existing' as const, id: movies.id, name: movies.name },
      },
      { service: 'productscience' as const, projectName: 'demo-android' },
    ];
  };

  it('sends to all four in parallel, each with its own progress and result, then sums up', async () => {
    const { events, stop } = recordEvents(harness.core);
    const { dropId, jobs } = await startUpload(harness.core, medium, everywhere());
    const done = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    stop();
    expect(done.map((j) => j.state)).toEqual(['done', 'done', 'done', 'done']);
    // Hashed once for the four (file-digests.ts), and right: what each service received.
    const sha = createHash('sha256')
      .update(await readFile(medium))
      .digest('hex');
    expect(done.map((j) => j.result?.sha256)).toEqual([sha, sha, sha, sha]);
    const { services, storage } = harness.sandbox;
    const received = [
      services.installr!.emulator.received,
      services.testio!.emulator.received,
      storage.s3.received,
      storage.gcs.received,
      services.bitbar!.emulator.received,
    ].flatMap((files) => files.map((f) => f.sha256));
    expect(received).toEqual([sha, sha, sha, sha]);
    const jobEvents = events
      .filter((e) => e.name === 'uploads.job')
      .map((e) => e.payload as UploadJob);
    const firstDone = jobEvents.findIndex((j) => j.state === 'done');
    const startedBefore = new Set(
      jobEvents
        .slice(0, firstDone)
        .filter((j) => j.state === 'preparing')
        .map((j) => j.service),
    );
    expect(startedBefore.size).toBe(4);
    const progressed = new Set(
      events
        .filter((e) => e.name === 'uploads.progress')
        .map((e) => (e.payload as { jobId: string }).jobId),
    );
    expect(progressed.size).toBe(4);
    const summary = events.find((e) => e.name === 'uploads.dropFinished')?.payload;
    expect(summary).toMatchObject({ dropId, failed: [], cancelled: [] });
    expect((summary as { delivered: string[] }).delivered.sort()).toEqual([
      'bitbar',
      'installr',
      'productscience',
      'testio',
    ]);
  });

  it('remembers the options per app, without what belongs to one build', async () => {
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), everywhere());
    await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    const { remembered } = await call<{ remembered: UploadTarget[] }>(
      harness.core,
      'uploads.describeDrop',
      { path: fixture('android-plain.apk') },
    );
    expect(remembered.map((t) => t.service)).toEqual([
      'installr',
      'testio',
      'bitbar',
      'productscience',
    ]);
    expect(remembered[0]).toMatchObject({ service: 'installr', releaseNotes: '' });
    expect(remembered[2]).toMatchObject({
      project: { kind: 'existing', name: 'Movies app (Android)' },
    });
    expect(remembered[3]).toMatchObject({ projectName: 'demo-android', name: '' });
  });

  it('honours the concurrency setting', async () => {
    updateSettings(harness.settings, (draft) => {
      draft.uploads.maxConcurrentTransfers = 1;
    });
    const { events, stop } = recordEvents(harness.core);
    const { jobs } = await startUpload(
      harness.core,
      fixture('android-plain.apk'),
      everywhere().slice(0, 2),
    );
    await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    stop();
    const states = events
      .filter((e) => e.name === 'uploads.job')
      .map((e) => `${(e.payload as UploadJob).service}:${(e.payload as UploadJob).state}`);
    expect(states.indexOf('testio:preparing')).toBeGreaterThan(states.indexOf('installr:done'));
  });

  it('lets one failed service be retried alone while the others stay delivered', async () => {
    // Enough for every attempt of the transfer and every retry of its lookups.
    harness.sandbox.services.installr!.emulator.faults.failNext(100, {
      status: 500,
      pathIncludes: '/apps.json',
    });
    const { jobs } = await startUpload(harness.core, fixture('android-plain.apk'), everywhere());
    const first = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    expect(first.map((j) => j.state)).toEqual(['failed', 'done', 'done', 'done']);
    expect(first[0]?.error?.code).toBe('server_error');
    harness.sandbox.services.installr!.emulator.faults.reset();
    const retried = await call<UploadJob>(harness.core, 'uploads.retry', { jobId: jobs[0]!.id });
    expect(retried.state).toBe('queued');
    const [again] = await settle(harness.core, [jobs[0]!.id]);
    expect(again?.state).toBe('done');
  });
});
