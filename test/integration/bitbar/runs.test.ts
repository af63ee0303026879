import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BitbarProject } from '../../../shared/contract/bitbar-projects';
import type {
  BitbarDeviceRunDetail,
  BitbarRun,
  BitbarRunDetail,
} from '../../../shared/contract/bitbar-runs';
import { eventually, startBitbarHarness, type BitbarHarness } from './bitbar-harness';

let h: BitbarHarness;
let folder: string;
let movies: BitbarProject;
let run: BitbarRun;
let finished: BitbarRunDetail;
beforeAll(async () => {
  h = await startBitbarHarness({ stepMs: 40 });
  folder = await mkdtemp(join(tmpdir(), 'bitbar-runs-'));
  movies = (
    await h.call<{ projects: BitbarProject[] }>('projects', { search: 'Movies app (Android)' })
  ).projects[0]!;
});
afterAll(() => h.close());

const ref = () => ({ projectId: movies.id, runId: run.id });

describe('Bitbar test runs', () => {
  it('starts a run on the project config and group, and watches it go from waiting to finished', async () => {
    run = await h.call<BitbarRun>('startRun', { projectId: movies.id, name: 'Release 2.4' });
    expect(run).toMatchObject({
      name: 'Release 2.4',
      state: 'WAITING',
      executionRatio: null,
      projectId: movies.id,
      number: 9,
    });
    const states = new Set<string>();
    finished = await eventually(async () => {
      const detail = await h.call<BitbarRunDetail>('run', ref());
      states.add(detail.run.state);
      return detail.run.state === 'FINISHED' ? detail : undefined;
    });
    expect([...states]).toContain('RUNNING');
    expect(finished.deviceRuns).toHaveLength(4);
    expect(finished.run.executionRatio).toBe(1);
    const passed = finished.deviceRuns.filter(
      (d) => d.status === 'SUCCEEDED' || d.status === 'WARNING',
    ).length;
    expect(finished.run.successRatio).toBeCloseTo(passed / 4, 3);
    for (const deviceRun of finished.deviceRuns) {
      expect(['SUCCEEDED', 'FAILED', 'WARNING', 'EXCLUDED']).toContain(deviceRun.status);
      expect(deviceRun.device.name).not.toBe('');
    }
  });

  it("shows a device run's state timeline, screenshots and performance samples", async () => {
    const ran = finished.deviceRuns.find((d) => d.status !== 'EXCLUDED')!;
    const detail = await h.call<BitbarDeviceRunDetail>('deviceRun', {
      ...ref(),
      deviceRunId: ran.id,
    });
    expect(detail.steps.map((s) => s.type)).toEqual([
      'WAITING',
      'PREPARING',
      'DEVICE_TARGET_INSTALLING',
      'DEVICE_TEST_INSTALLING',
      'DEVICE_RUNNING',
      'RESULTS_PROCESSING',
    ]);
    expect(detail.steps.every((s) => s.finishedAt !== null && s.finishedAt >= s.startedAt)).toBe(
      true,
    );
    expect(detail.screenshots.length).toBeGreaterThanOrEqual(3);
    expect(detail.performance).toHaveLength(24);
    expect(detail.performance.every((p) => p.cpu >= 0 && p.cpu <= 1 && p.memoryKb > 0)).toBe(true);
    expect(detail.deviceRun.testCount).toBeGreaterThan(0);
  });

  it('downloads junit.xml and logs of a device run', async () => {
    const ran = finished.deviceRuns.find((d) => d.status !== 'EXCLUDED')!;
    const junit = await h.call<{ path: string }>('downloadDeviceRunFile', {
      ...ref(),
      deviceRunId: ran.id,
      file: 'junit',
      folder,
    });
    expect(await readFile(junit.path, 'utf8')).toContain('<testsuite');
    const logs = await h.call<{ path: string }>('downloadDeviceRunFile', {
      ...ref(),
      deviceRunId: ran.id,
      file: 'logs',
      folder,
    });
    expect(await readFile(logs.path, 'utf8')).toContain('DEVICE_RUNNING');
  });

  it('adds and removes tags', async () => {
    const tag = await h.call<{ id: number; name: string }>('addTag', { ...ref(), name: 'release' });
    expect(await h.fail('addTag', { ...ref(), name: 'release' })).toMatchObject({
      code: 'conflict',
    });
    expect((await h.call<BitbarRunDetail>('run', ref())).tags).toEqual([tag]);
    await h.call('removeTag', { ...ref(), tagId: tag.id });
    expect((await h.call<BitbarRunDetail>('run', ref())).tags).toEqual([]);
  });

  it('downloads the summary and failure reports', async () => {
    const pdf = await h.call<{ path: string }>('downloadReport', {
      ...ref(),
      report: 'summary',
      format: 'PDF',
      folder,
    });
    expect((await readFile(pdf.path)).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await h.call<{ path: string }>('downloadReport', {
      ...ref(),
      report: 'failures',
      format: 'CSV',
      folder,
    });
    expect((await readFile(csv.path, 'utf8')).split('\n')[0]).toContain('Device');
  });

  it('prepares the screenshots package, then downloads it when READY', async () => {
    expect(await h.fail('downloadScreenshots', { ...ref(), folder })).toMatchObject({
      code: 'not_found',
    });
    const requested = await h.call<BitbarRun>('requestScreenshots', ref());
    expect(requested.screenshotsZip).toBe('PROGRESS');
    await eventually(async () =>
      (await h.call<BitbarRunDetail>('run', ref())).run.screenshotsZip === 'READY'
        ? true
        : undefined,
    );
    const zip = await h.call<{ path: string; bytes: number }>('downloadScreenshots', {
      ...ref(),
      folder,
    });
    expect((await readFile(zip.path)).subarray(0, 2).toString()).toBe('PK');
  });

  it('lists runs of the project and of the whole account, and the success history', async () => {
    const projectRuns = await h.call<{ runs: BitbarRun[]; total: number }>('runs', {
      projectId: movies.id,
      limit: 5,
    });
    expect(projectRuns.total).toBe(9);
    expect(projectRuns.runs[0]!.name).toBe('Release 2.4');
    const everything = await h.call<{ runs: BitbarRun[]; total: number }>('runs', { limit: 50 });
    expect(everything.total).toBe(12);
    expect(everything.runs.every((r) => r.projectId !== null && r.projectName)).toBe(true);
    const history = await h.call<{ number: number; successRatio: number | null }[]>(
      'successHistory',
      { projectId: movies.id, count: 5 },
    );
    expect(history.map((r) => r.number)).toEqual([5, 6, 7, 8, 9]);
    expect(history.every((r) => r.successRatio !== null)).toBe(true);
  });

  it('explains why a run cannot start', async () => {
    const empty = (
      await h.call<{ projects: BitbarProject[] }>('projects', { search: 'Empty project' })
    ).projects[0]!;
    expect(await h.fail('startRun', { projectId: empty.id, name: 'Try' })).toMatchObject({
      code: 'rejected',
      message:
        'Bitbar could not start the test run: Test run cannot be started: upload an application first.',
    });
  });
});
