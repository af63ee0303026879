import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../fixtures/index';
import { PATIENTLY, storesOnRealCore } from '../../support/renderer-bridge';

// Types only: the stores themselves are imported once window.dropship exists.
import type * as UploadStore from '../../../renderer/src/stores/upload-store';
import type * as JobsStore from '../../../renderer/src/stores/upload-jobs-store';

type UploadModule = typeof UploadStore;
type JobsModule = typeof JobsStore;

let upload: UploadModule;
let jobs: JobsModule;
const calls: string[] = [];
const real = storesOnRealCore({
  listen: true,
  beforeBridge: ({ core }) => {
    const dispatch = core.dispatch.bind(core);
    core.dispatch = (channelId, input) => {
      calls.push(channelId);
      return dispatch(channelId, input);
    };
  },
});

beforeAll(async () => {
  // Imported only now: the stores read window.dropship when they load.
  upload = await import('../../../renderer/src/stores/upload-store');
  jobs = await import('../../../renderer/src/stores/upload-jobs-store');
});

const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('the Upload store against the real core', () => {
  it('describes a drop in one call; the SHA-256 follows as an event', async () => {
    const path = fixture('android-plain.apk');
    calls.length = 0;
    await upload.useUpload.getState().openPath(path, 'android-plain.apk');
    const state = upload.useUpload.getState();
    expect(state.status).toBe('ready');
    expect(state.file?.build?.id).toBe('com.dropship.hello');
    expect(calls.filter((c) => c.startsWith('uploads.'))).toEqual(['uploads.describeDrop']);
    await expect
      .poll(() => upload.useUpload.getState().sha256, PATIENTLY)
      .toBe(await sha256Of(path));
  });

  it('a digest for another file is not taken for the current drop', async () => {
    const path = fixture('android-full.apk');
    const opening = upload.useUpload.getState().openPath(path, 'android-full.apk');
    upload.digestArrived({ path: '/elsewhere/other.apk', sha256: 'a'.repeat(64) });
    await opening;
    await expect
      .poll(() => upload.useUpload.getState().sha256, PATIENTLY)
      .toBe(await sha256Of(path));
  });

  it('jobs reach the jobs store once, from the events; Send answers once they are there', async () => {
    const path = fixture('android-plain.apk');
    await upload.useUpload.getState().openPath(path, 'android-plain.apk');
    upload.useUpload.getState().toggle('installr', true);
    const dropId = await upload.useUpload.getState().send();
    expect(dropId).toBeDefined();
    const drop = jobs.useUploadJobs.getState().drops.find((d) => d.dropId === dropId);
    expect(drop?.jobIds).toHaveLength(1);
    await real.harness.core.ctx.uploads.settled();
    await expect
      .poll(() => jobs.useUploadJobs.getState().jobs[drop!.jobIds[0]!]?.state, PATIENTLY)
      .toBe('done');
  });

  it('"already delivered" appears once the digest arrives, and holds the service back', async () => {
    // Delivered to Installr by the test before: dropping the same bytes again.
    const path = fixture('android-plain.apk');
    await upload.useUpload.getState().openPath(path, 'android-plain.apk');
    await expect
      .poll(
        () => upload.useUpload.getState().history?.alreadyDelivered.map((d) => d.service),
        PATIENTLY,
      )
      .toEqual(['installr']);
    expect(upload.useUpload.getState().selected).not.toContain('installr');
    upload.useUpload.getState().toggle('installr', true);
    expect(upload.useUpload.getState().selected).not.toContain('installr');
  });
});
