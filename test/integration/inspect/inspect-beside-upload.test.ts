import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBuild } from '../../../main/core/inspect';
import { DropshipError } from '../../../shared/errors';
import { writePaddedZip } from '../../fixtures/encode/pad-zip';
import { fixture } from '../../fixtures';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import {
  deepXmlPlist,
  ipaWith,
  sharedReferenceBplist,
  wideXmlPlist,
} from '../../unit/inspect/crafted-plists';
import { call, recordEvents, startUpload, whenJob } from '../transfer/upload-harness';

let harness: CoreHarness;
let dir: string;

beforeAll(async () => {
  harness = await startCoreHarness();
  dir = await mkdtemp(join(tmpdir(), 'dropship-beside-'));
});
afterAll(async () => {
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

async function crafted(name: string, plist: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, ipaWith(plist));
  return path;
}

const messageOf = (pending: Promise<unknown>) =>
  pending.then(
    () => 'read',
    (err: unknown) => (err instanceof DropshipError ? err.message : String(err)),
  );

describe('crafted builds while an upload is in flight', () => {
  it('are refused while the upload keeps sending and the event loop keeps turning', async () => {
    const big = join(dir, 'big.apk');
    await writePaddedZip(fixture('android-plain.apk'), big, 1024 * 1024 * 1024 - 4 * 1024 * 1024);
    // The two crafted ones are refused by the readers' bounds, within the default budget;
    // the legal but slow one is stopped by a short budget.
    const builds: [string, { timeoutMs?: number }][] = [
      [await crafted('shared.ipa', sharedReferenceBplist()), {}],
      [await crafted('deep.ipa', deepXmlPlist()), {}],
      [await crafted('wide.ipa', wideXmlPlist()), { timeoutMs: 400 }],
    ];
    const { jobs } = await startUpload(harness.core, big, [{ service: 'installr' }]);
    const jobId = jobs[0]!.id;
    await whenJob(harness.core, (job) => job.id === jobId && job.state === 'uploading');

    const { events, stop } = recordEvents(harness.core);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const messages: string[] = [];
    for (const [path, budget] of builds) {
      messages.push(await messageOf(inspectBuild(path, { budget })));
    }
    const finished = Date.now();
    clearInterval(timer);
    stop();
    await call(harness.core, 'uploads.cancel', { jobId });

    expect(messages).toEqual([
      expect.stringMatching(/too complex to read: its shared objects expand/),
      expect.stringMatching(/too complex to read: it is nested more than 64 levels deep/),
      expect.stringMatching(/^This build could not be read in time/),
    ]);
    const progress = events.filter(
      (e) =>
        e.name === 'uploads.progress' &&
        (e.payload as { jobId: string }).jobId === jobId &&
        e.at >= started &&
        e.at <= finished,
    );
    // Progress is sent about eight times a second; a frozen main thread would send none.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const sent = progress.map((e) => (e.payload as { progress: { bytesSent: number } }).progress);
    expect(sent.at(-1)!.bytesSent).toBeGreaterThan(sent[0]!.bytesSent);
    expect(ticks).toBeGreaterThanOrEqual(10);
  });
});
