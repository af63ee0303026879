import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import { fastRetries, recordEvents, settle, startUpload } from './upload-harness';
import { fixture } from '../../fixtures/index';

let harness: CoreHarness;
let installr: InstallrEmulator;

beforeEach(async () => {
  harness = await startCoreHarness({ uploads: fastRetries() });
  installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
});
afterEach(() => harness.close());

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('Installr upload (multipart POST apps.json)', () => {
  it('delivers an .apk with release notes and teams; the emulator gets the same bytes', async () => {
    const path = fixture('android-plain.apk');
    const { events, stop } = recordEvents(harness.core);
    const { jobs } = await startUpload(harness.core, path, [
      { service: 'installr', releaseNotes: 'Fixes the crash on launch', notify: ['QA'] },
    ]);
    const [job] = await settle(
      harness.core,
      jobs.map((j) => j.id),
    );
    stop();
    expect(job?.state).toBe('done');
    expect(job?.result?.sha256).toBe(await sha(path));
    expect(job?.progress).toMatchObject({ fraction: 1, bytesSent: job?.progress.totalBytes });
    const labels = job?.result?.details.map((d) => d.label);
    expect(labels).toEqual(expect.arrayContaining(['App', 'Version']));
    // Installr's internal ids are not for people.
    expect(labels).not.toContain('Build id');
    expect(JSON.stringify(job?.result?.details)).not.toMatch(/app id \d/);
    const received = installr.received.at(-1);
    expect(received).toMatchObject({ field: 'qqfile', filename: 'android-plain.apk' });
    expect(received?.sha256).toBe(job?.result?.sha256);

    const request = installr.requests.findLast((r) => r.method === 'POST');
    expect(request?.headers['x-installrapptoken']).toBe(installr.demoToken);
    expect(request?.headers['transfer-encoding']).toBeUndefined();
    // The multipart body is the whole file plus the form around it.
    expect(Number(request?.headers['content-length'])).toBeGreaterThan((await stat(path)).size);

    const states = events
      .filter((e) => e.name === 'uploads.job')
      .map((e) => (e.payload as { state: string }).state);
    expect(states).toEqual(expect.arrayContaining(['queued', 'preparing', 'uploading', 'done']));
    const summary = events.find((e) => e.name === 'uploads.dropFinished');
    expect(summary?.payload).toMatchObject({ delivered: ['installr'], failed: [] });
  });
});
