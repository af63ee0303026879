import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { InstallrEmulator } from '../../../main/sandbox/installr/emulator';
import type { DropshipErrorShape } from '../../../shared/errors';
import { fixture } from '../../fixtures';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { startForwardProxy, type ForwardProxy } from '../../support/forward-proxy';
import { network, viaProxy } from '../network/network-harness';
import { fastRetries, settle, startUpload } from '../transfer/upload-harness';

/**
 * A core built for German says its common failures in German: the same failures as
 * the English tests, against the sandbox over real HTTP, read back as the renderer gets them.
 */
let harness: CoreHarness | undefined;
let proxy: ForwardProxy;
beforeAll(async () => {
  proxy = await startForwardProxy({ credentials: { username: 'ci', password: 'secret' } });
});
afterAll(() => proxy.close());
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const direct = () => [{ kind: 'direct' as const, origin: 'none' as const }];

async function connectError(h: CoreHarness, baseUrl: string, secret: string) {
  const result = await h.core.dispatch('accounts.connect', {
    service: 'installr',
    baseUrl,
    secret,
  });
  if (result.ok) throw new Error('the connection was accepted');
  return result.error;
}

async function uploadError(h: CoreHarness): Promise<DropshipErrorShape | undefined> {
  const { jobs } = await startUpload(h.core, fixture('android-plain.apk'), [
    { service: 'installr' },
  ]);
  const [job] = await settle(h.core, [jobs[0]!.id]);
  return job?.error;
}

describe('a core built with locale de', () => {
  it('says a refused token in German', async () => {
    harness = await startCoreHarness({ locale: 'de-DE' });
    const error = await connectError(harness, harness.sandbox.services.installr!.baseUrl, 'nope');
    expect(error).toMatchObject({
      code: 'unauthorized',
      message: 'Installr hat das API-Token nicht angenommen.',
      hint: 'Kopieren Sie ein neues API-Token von Ihrer Installr-Kontoseite und verbinden Sie neu in den Einstellungen.',
    });
  });

  it('says an unreachable service in German', async () => {
    harness = await startCoreHarness({ locale: 'de' });
    const error = await connectError(harness, 'http://127.0.0.1:9', 'token');
    expect(error).toMatchObject({
      code: 'network',
      message: 'Installr unter 127.0.0.1:9 ist nicht erreichbar.',
      hint: 'Prüfen Sie Ihre Internetverbindung und die Adresse in den Einstellungen.',
    });
  });

  it('says an untrusted certificate in German', async () => {
    harness = await startCoreHarness({
      locale: 'de',
      sandbox: { https: true },
      network: network(direct, { trustSandbox: false }),
    });
    const { baseUrl, secret } = harness.sandbox.services.installr!;
    const error = await connectError(harness, baseUrl, secret);
    expect(error).toMatchObject({
      code: 'certificate',
      message: `Das Zertifikat von ${new URL(baseUrl).host} ist nicht von einer Stelle signiert, der Dropship vertraut.`,
    });
    expect(error.hint).toMatch(/^Ihr Netzwerk prüft möglicherweise verschlüsselte Verbindungen/);
  });

  it('says a proxy asking for credentials (407) in German', async () => {
    harness = await startCoreHarness({
      locale: 'de',
      sandbox: { https: true },
      network: network(viaProxy(`${proxy.host}:${proxy.port}`), { trustSandbox: true }),
      uploads: fastRetries(),
    });
    const error = await uploadError(harness);
    expect(error).toMatchObject({
      code: 'proxy',
      message: `Der Proxy unter ${proxy.host}:${proxy.port} verlangt einen Benutzernamen und ein Passwort`,
      hint: 'Tragen Sie sie unter Einstellungen → Netzwerk ein, oder schreiben Sie sie in die Proxy-Adresse (http://benutzer:passwort@host:port).',
    });
  });

  it('says a service that is not connected in German', async () => {
    harness = await startCoreHarness({
      locale: 'de',
      settings: { connections: { installr: { kind: 'none' } } },
    });
    const result = await harness.core.dispatch('uploads.start', {
      path: fixture('android-plain.apk'),
      targets: [{ service: 'installr' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not_connected',
        message: 'Installr ist nicht verbunden.',
        hint: 'Öffnen Sie die Einstellungen und verbinden Sie Ihr Installr-Konto, oder nutzen Sie die Sandbox.',
      },
    });
  });

  it('says a file the service finds too large in German', async () => {
    harness = await startCoreHarness({ locale: 'de', uploads: fastRetries() });
    const installr = harness.sandbox.services.installr!.emulator as InstallrEmulator;
    installr.faults.failNext(1, { status: 413, body: {}, pathIncludes: '/apps.json' });
    expect(await uploadError(harness)).toMatchObject({
      code: 'too_large',
      message: 'Installr meldet, dass die Datei zu groß ist.',
    });
  });

  it('says a file that is no build in German, from the inspection worker', async () => {
    harness = await startCoreHarness({ locale: 'de' });
    const broken = join(harness.dataDir, 'broken.apk');
    await writeFile(broken, 'not a zip');
    const result = await harness.core.dispatch('uploads.describeDrop', { path: broken });
    expect(result).toMatchObject({
      ok: true,
      value: {
        file: { inspectError: 'Die Datei ist kein ZIP-Archiv und kann daher nicht ein .apk sein.' },
      },
    });
  });

  it('speaks English again when the next core is built without a locale', async () => {
    harness = await startCoreHarness({ locale: 'de' });
    await harness.close();
    harness = await startCoreHarness();
    const error = await connectError(harness, harness.sandbox.services.installr!.baseUrl, 'nope');
    expect(error.message).toBe('Installr did not accept the API token.');
  });

  it('follows Settings → Language at runtime when it follows the OS (the app)', async () => {
    harness = await startCoreHarness({ systemLocale: 'en-US' });
    const { baseUrl } = harness.sandbox.services.installr!;
    expect((await connectError(harness, baseUrl, 'nope')).message).toBe(
      'Installr did not accept the API token.',
    );
    await harness.core.dispatch('settings.updateLanguage', 'de');
    expect((await connectError(harness, baseUrl, 'nope')).message).toBe(
      'Installr hat das API-Token nicht angenommen.',
    );
    await harness.core.dispatch('settings.updateLanguage', 'system');
    expect((await connectError(harness, baseUrl, 'nope')).message).toBe(
      'Installr did not accept the API token.',
    );
  });
});
