import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startInstallrEmulator,
  type InstallrEmulator,
} from '../../../main/sandbox/installr/emulator';
import { fixture } from '../../fixtures/index';
import { encodeForm } from './helpers';

/**
 * The sandbox's one multipart reader, seen through the API emulators' adapter
 * (readMultipart) at Installr's real upload endpoint: names arrive as the UTF-8 the client
 * sent, and a client that hangs up mid-file leaves nothing behind.
 */
const FIXTURE = fixture('android-full.apk');
const UTF8_NAME = 'Café-ünïcode.apk';

let installr: InstallrEmulator;

beforeAll(async () => {
  installr = await startInstallrEmulator();
});
afterAll(() => installr.close());

async function uploadForm(): Promise<FormData> {
  const form = new FormData();
  form.append('releaseNotes', 'Ünïcode notes');
  form.append('qqfile', await openAsBlob(FIXTURE), UTF8_NAME);
  return form;
}

describe('multipart uploads to the Installr emulator', () => {
  it('records a UTF-8 filename exactly, with the size and SHA-256 of the bytes sent', async () => {
    const bytes = await readFile(FIXTURE);
    const response = await fetch(`${installr.url}/apps.json`, {
      method: 'POST',
      headers: { 'X-InstallrAppToken': installr.demoToken },
      body: await uploadForm(),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: 'success' });

    const received = installr.received.at(-1);
    expect(received).toMatchObject({
      field: 'qqfile',
      filename: UTF8_NAME,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await readFile(received!.path)).toEqual(bytes);
    const builds = installr.account.apps.flatMap((app) => app.builds);
    const build = builds.find((b) => b.fileName === UTF8_NAME);
    expect(build?.releaseNotes).toBe('Ünïcode notes');
  });

  it('deletes the partial file when the client hangs up mid-upload, and keeps serving', async () => {
    const before = await readdir(installr.filesDir);
    const { body, contentType } = await encodeForm(await uploadForm());
    const req = request(`${installr.url}/apps.json`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'content-length': String(body.length),
        'x-installrapptoken': installr.demoToken,
      },
    });
    req.on('error', () => {}); // The hang-up below is the point of the test.
    req.write(body.subarray(0, body.length - 4096));
    await vi.waitFor(async () => {
      expect((await readdir(installr.filesDir)).length).toBe(before.length + 1);
    });
    req.destroy();

    await vi.waitFor(async () => {
      expect(await readdir(installr.filesDir)).toEqual(before);
    });
    const apps = await fetch(`${installr.url}/apps.json`, {
      headers: { 'X-InstallrAppToken': installr.demoToken },
    });
    expect(apps.status).toBe(200);
  });
});
