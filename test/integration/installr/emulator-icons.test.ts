import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import {
  startInstallrEmulator,
  type InstallrEmulator,
} from '../../../main/sandbox/installr/emulator';
import { fixture } from '../../fixtures/index';
import type { FixtureName } from '../../fixtures/index';

/** The sandbox's Installr shows an uploaded .apk's launcher icon at the app's icon URL. */
let installr: InstallrEmulator;
beforeAll(async () => {
  installr = await startInstallrEmulator();
});
afterAll(() => installr.close());

async function upload(name: FixtureName): Promise<{ latestBuild: { icon: { url: string } } }> {
  const form = new FormData();
  form.append('qqfile', await openAsBlob(fixture(name)), name);
  const response = await fetch(`${installr.url}/apps.json`, {
    method: 'POST',
    headers: { 'X-InstallrAppToken': installr.demoToken },
    body: form,
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { appData: never }).appData;
}

async function entryBytes(zipPath: string, name: string): Promise<Buffer> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry))
        chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    throw new Error(`${name} is not in ${zipPath}`);
  } finally {
    zip.close();
  }
}

describe('app icons in the Installr emulator', () => {
  it('serves the densest launcher PNG of an uploaded .apk', async () => {
    const app = await upload('android-plain.apk');
    const icon = await fetch(app.latestBuild.icon.url);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    const served = Buffer.from(await icon.arrayBuffer());
    const inApk = await entryBytes(
      fixture('android-plain.apk'),
      'res/mipmap-xxxhdpi-v4/ic_launcher.png',
    );
    expect(served.equals(inApk)).toBe(true);
  });

  it('has no icon for an .ipa (Apple’s crushed PNGs), and says so with a 404', async () => {
    const app = await upload('ios-binary-plist.ipa');
    expect((await fetch(app.latestBuild.icon.url)).status).toBe(404);
  });
});
