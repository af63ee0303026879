import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { CALL_RETRY_POLICY } from '../../../main/core/http/client';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceRunDetail } from '../../../main/core/providers/bitbar/device-runs';
import { getMe } from '../../../main/core/providers/bitbar/me';
import { addShare, addNotification } from '../../../main/core/providers/bitbar/notifications';
import { listProjects } from '../../../main/core/providers/bitbar/projects';
import * as records from '../../../main/core/providers/bitbar/records';
import { addTag, listRuns, runDetail, startRun } from '../../../main/core/providers/bitbar/runs';
import { headlessPlatform } from '../../../main/core/platform';
import { eventually, startBitbarHarness, type BitbarHarness } from './bitbar-harness';

/** The endpoints the UI does not use yet, called through the same client and wrapper. */
let h: BitbarHarness;
let folder: string;
const api = () => h.core.ctx.bitbar;
const target = () => ({ folder, platform: headlessPlatform(folder) });

beforeAll(async () => {
  h = await startBitbarHarness({ stepMs: 10 });
  folder = await mkdtemp(join(tmpdir(), 'bitbar-rest-'));
});
afterAll(() => h.close());

describe('the rest of the Bitbar API', () => {
  it('GET /me names the account', async () => {
    expect(await getMe(api())).toMatchObject({ email: 'demo@bitbar.example', name: 'Dana Demo' });
  });

  it("reads a run's frozen config, parameters and files; renames and deletes runs", async () => {
    const movies = (
      await listProjects(api(), { offset: 0, limit: 10, search: 'Movies app (Android)' })
    ).projects[0]!;
    const run = await startRun(api(), movies.id, 'Frozen');
    const ref = { projectId: movies.id, runId: run.id };
    expect((await records.getRunConfig(api(), ref)).edit.mode).toBe('FULL_RUN');
    const parameters = await records.listRunParameters(api(), ref);
    expect(parameters).toEqual([{ id: expect.any(Number), key: 'devel', value: 'true' }]);
    expect(await records.getRunParameter(api(), ref, parameters[0]!.id)).toMatchObject({
      key: 'devel',
    });
    const app = await records.downloadRunFile(api(), ref, 'application', target());
    expect(app.path).toBe(join(folder, 'Movies.apk'));
    const zip = await records.downloadRunFile(api(), ref, 'all', target());
    expect((await readFile(zip.path)).subarray(0, 2).toString()).toBe('PK');
    await expect(records.downloadRunFile(api(), ref, 'data', target())).rejects.toMatchObject({
      code: 'not_found',
    });

    expect(await records.renameRun(api(), ref, 'Frozen, renamed')).toMatchObject({
      name: 'Frozen, renamed',
    });
    await records.deleteRun(api(), ref);
    await expect(runDetail(api(), movies.id, run.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reads single tags, states, screenshots, parameters, shares and notifications', async () => {
    const runs = await listRuns(api(), { offset: 0, limit: 1 });
    const run = runs.runs[0]!;
    const ref = { projectId: run.projectId!, runId: run.id };
    const finished = await eventually(async () => {
      const detail = await runDetail(api(), ref.projectId, ref.runId);
      return detail.run.state === 'FINISHED' ? detail : undefined;
    });
    const tag = await addTag(api(), ref.projectId, ref.runId, 'nightly');
    expect(await records.getTag(api(), ref, tag.id)).toEqual(tag);
    const ran = finished.deviceRuns.find((d) => d.status !== 'EXCLUDED')!;
    const detail = await deviceRunDetail(api(), ref.projectId, ref.runId, ran.id);
    const deviceRef = { ...ref, deviceRunId: ran.id };
    expect(await records.getState(api(), deviceRef, detail.steps[1]!.id)).toEqual(detail.steps[1]);
    expect(await records.getScreenshot(api(), deviceRef, detail.screenshots[0]!.id)).toMatchObject({
      originalName: detail.screenshots[0]!.name,
    });

    const share = await addShare(api(), ref.projectId, 'ben@example.com');
    expect(await records.getShare(api(), ref.projectId, share.id)).toMatchObject({
      userEmail: 'ben@example.com',
    });
    const notification = await addNotification(api(), { email: 'pm@example.com', type: 'ALWAYS' });
    expect(await records.getNotification(api(), notification.id)).toMatchObject({
      email: 'pm@example.com',
      project: null,
    });
    await expect(records.getParameter(api(), ref.projectId, 999_999)).rejects.toMatchObject({
      message: 'Bitbar could not find parameter 999999.',
    });
  });

  it('downloads the project summary report and icon', async () => {
    const movies = (
      await listProjects(api(), { offset: 0, limit: 10, search: 'Movies app (Android)' })
    ).projects[0]!;
    const csv = await records.downloadProjectSummary(api(), movies.id, 'CSV', target());
    expect((await readFile(csv.path, 'utf8')).split('\n').length).toBeGreaterThan(8);
    const icon = await records.downloadProjectIcon(api(), movies.id, target());
    expect((await readFile(icon.path)).subarray(1, 4).toString()).toBe('PNG');
    const empty = (await listProjects(api(), { offset: 0, limit: 10, search: 'Empty project' }))
      .projects[0]!;
    await expect(records.downloadProjectIcon(api(), empty.id, target())).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('turns a server failure into a retryable error that names Bitbar', async () => {
    // One more than the client's own retries of an idempotent GET.
    h.emulator.faults.failNext(CALL_RETRY_POLICY.maxAttempts, { status: 503, pathIncludes: '/me' });
    await expect(getMe(api())).rejects.toMatchObject({
      code: 'server_error',
      retryable: true,
      service: 'bitbar',
    });
  });
});
