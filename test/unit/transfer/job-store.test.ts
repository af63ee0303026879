import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobStore, type JobRecord } from '../../../main/core/transfer/job-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dropship-jobs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const job = (
  id: string,
  state: JobRecord['state'],
  updatedAt = new Date().toISOString(),
): JobRecord => ({
  id,
  dropId: 'd',
  service: 'installr',
  target: {
    service: 'installr',
    releaseNotes: '',
    notify: [],
    add: [],
    notifyPreviousTesters: false,
    addPreviousTesters: false,
  },
  filePath: '/tmp/a.apk',
  fileName: 'a.apk',
  fileSize: 10,
  state,
  attempt: 1,
  progress: { bytesSent: 0, totalBytes: 10, fraction: 0, bytesPerSecond: 0 },
  resumed: false,
  createdAt: updatedAt,
  updatedAt,
  saved: { latestBuildId: 148 },
});

describe('job store', () => {
  it('round-trips jobs with their checkpoints, leaving no temp file behind', async () => {
    const store = new JobStore(dir);
    await store.save(() => [job('a', 'uploading'), job('b', 'done')]);
    const loaded = await new JobStore(dir).load();
    expect(loaded.map((j) => [j.id, j.state, j.saved.latestBuildId])).toEqual([
      ['a', 'uploading', 148],
      ['b', 'done', 148],
    ]);
    expect(await readdir(join(dir, 'uploads'))).toEqual(['jobs.json']);
  });

  it('coalesces a burst of saves into the latest state', async () => {
    const store = new JobStore(dir);
    let state: JobRecord['state'] = 'queued';
    const writes = [];
    for (const next of ['preparing', 'uploading', 'finalizing', 'done'] as const) {
      state = next;
      writes.push(store.save(() => [job('a', state)]));
    }
    await Promise.all(writes);
    await store.flush();
    const onDisk = JSON.parse(await readFile(store.file, 'utf8')) as { jobs: JobRecord[] };
    expect(onDisk.jobs[0]?.state).toBe('done');
  });

  it('survives a corrupt file and drops entries it cannot read', async () => {
    const store = new JobStore(dir);
    await store.save(() => [job('a', 'queued')]);
    await writeFile(
      store.file,
      '{"version":1,"jobs":[{"id":"broken"},' + JSON.stringify(job('b', 'queued')) + ']}',
    );
    expect((await store.load()).map((j) => j.id)).toEqual(['b']);
    await writeFile(store.file, 'not json');
    expect(await store.load()).toEqual([]);
  });

  it('recovers a torn list from the copy kept before the last write, and says so', async () => {
    const store = new JobStore(dir);
    await store.save(() => [job('a', 'uploading')]);
    await store.save(() => [job('a', 'uploading'), job('b', 'queued')]);
    const whole = await readFile(store.file, 'utf8');
    // A write cut off half-way (a file system without atomic rename, a disk error).
    await writeFile(store.file, whole.slice(0, Math.floor(whole.length / 2)));
    const reopened = new JobStore(dir);
    const loaded = await reopened.load();
    expect(loaded.map((j) => j.id)).toEqual(['a']);
    expect(reopened.problem).toMatch(/damaged; Dropship restored the copy/);
    const names = await readdir(join(dir, 'uploads'));
    expect(names.some((n) => n.startsWith('jobs.json.torn-'))).toBe(true);
    // The next save writes a whole list again; the damaged one stays aside for a look.
    await reopened.save(() => loaded);
    expect((await new JobStore(dir).load()).map((j) => j.id)).toEqual(['a']);
  });

  it('says so plainly when neither the list nor its previous copy can be read', async () => {
    const store = new JobStore(dir);
    await store.save(() => [job('a', 'queued')]);
    await writeFile(store.file, '{"version":1,"jobs":[{"id"');
    const loaded = await store.load();
    expect(loaded).toEqual([]);
    expect(store.problem).toMatch(/no earlier copy could be read/);
  });

  it('loads the previous copy when a crash fell between the two renames', async () => {
    const store = new JobStore(dir);
    await store.save(() => [job('a', 'queued')]);
    await store.save(() => [job('a', 'uploading')]);
    await rm(store.file);
    const reopened = new JobStore(dir);
    expect((await reopened.load()).map((j) => [j.id, j.state])).toEqual([['a', 'queued']]);
    expect(reopened.problem).toBeUndefined();
  });

  it('forgets finished jobs after a week but keeps pending ones', async () => {
    const old = new Date(Date.now() - 8 * 24 * 3600_000).toISOString();
    const store = new JobStore(dir);
    await store.save(() => [job('old-done', 'done', old), job('old-pending', 'uploading', old)]);
    expect((await store.load()).map((j) => j.id)).toEqual(['old-pending']);
  });
});
